#include "report/debriefreplay.h"

#include "report/documents.h"
#include "report/replaychart.h"
#include "report/strings.h"
#include "store/eventlog.h"
#include "views/serieslegend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::gui {

namespace {

QTableWidget *table(QWidget *parent, const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QColor &background = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        QTableWidgetItem *item = t->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            t->setItem(row, c, item);
        }
        item->setText(cells[c]);
        item->setToolTip(cells[c]);  // the whole text where the column cuts it off
        item->setBackground(background.isValid() ? QBrush(background) : QBrush());
    }
}

/// "1,234" in the sectors' own units; fractions only where the number is small.
QString units(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) < 10 ? 1 : 0);
}

}  // namespace

DebriefReplay::DebriefReplay(const QString &dbPath, QWidget *parent) : QWidget(parent)
{
    std::unique_ptr<store::EventLog> log;
    try {
        log = store::EventLog::open(dbPath, store::Access::Reader);  // viewing never writes
    } catch (const store::Error &e) {
        m_error = e.message();
    }
    load(log.get());
    buildUi();
}

DebriefReplay::DebriefReplay(store::EventLog &log, QWidget *parent) : QWidget(parent)
{
    load(&log);
    buildUi();
}

DebriefReplay::DebriefReplay(report::Report report, std::vector<store::Event> events, QWidget *parent)
    : QWidget(parent), m_replay(std::make_unique<report::Replay>(std::move(report), std::move(events)))
{
    buildUi();
}

DebriefReplay::~DebriefReplay() = default;

void DebriefReplay::load(store::EventLog *log)
{
    if (!log)
        return;
    try {
        report::Report r;
        if (!report::computeFromLog(*log, &r, &m_error))
            return;
        m_replay = std::make_unique<report::Replay>(std::move(r), log->read());
    } catch (const store::Error &e) {
        m_error = e.message();
    }
}

QWidget *DebriefReplay::buildTop()
{
    auto *bar = new QWidget(this);
    auto *top = new QHBoxLayout(bar);
    top->setContentsMargins(0, 0, 0, 0);
    m_play = new QPushButton(tr("Play"), bar);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setCheckable(true);
    m_speed = new QComboBox(bar);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("Exercise minutes shown per second of playing"));
    for (const int perSecond : {1, 5, 10, 30, 60})
        m_speed->addItem(tr("%1 min/s").arg(perSecond), perSecond);
    m_speed->setCurrentIndex(2);
    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setRange(0, endMinute());
    m_slider->setPageStep(10);
    m_time = new QLabel(bar);
    m_time->setObjectName(QStringLiteral("replayTime"));
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_time->setFont(big);
    m_jump = new QComboBox(bar);
    m_jump->setObjectName(QStringLiteral("jumpList"));
    m_jump->addItem(tr("Jump to…"));
    if (m_replay)
        m_marks = m_replay->marks();
    for (const report::ReplayMark &m : m_marks)
        m_jump->addItem(markText(m));
    top->addWidget(m_play);
    top->addWidget(m_speed);
    top->addWidget(new QLabel(tr("Exercise time:"), bar));
    top->addWidget(m_slider, 1);
    top->addWidget(m_time);
    top->addWidget(m_jump);
    return bar;
}

void DebriefReplay::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    layout->addWidget(buildTop());

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_left = left;
    m_sectors =
        table(left, {tr("Sector"), tr("q"), tr("State"), tr("Out now"), tr("Unit-hours so far")}, "replaySectors");
    m_chart = new ReplayChart;
    if (m_replay)
        m_chart->setReport(m_replay->report());
    left->addWidget(SeriesLegend::under(m_chart, m_chart->seriesLegend()));
    // The table is never taller than its rows (fitSectors()): the chart and its legend get the rest.
    left->setStretchFactor(0, 0);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    auto *middle = new QSplitter(Qt::Vertical, split);
    m_msel = table(middle, {tr("Inject"), tr("Status"), tr("Fired")}, "replayInjects");
    m_knowledge = table(middle, {tr("Room"), tr("Knew the cause"), tr("Via")}, "replayKnowledge");
    m_traffic = table(split, {tr("Time"), tr("Kind"), tr("From"), tr("To"), tr("What")}, "replayTraffic");
    // What was said matters most: narrow time, kind and party columns leave it the room (it was
    // scrolled out of sight at 1366x768).
    for (const auto &[column, width] : {std::pair{0, 52}, {1, 72}, {2, 96}, {3, 96}})
        m_traffic->setColumnWidth(column, width);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 4);
    layout->addWidget(split, 1);
    if (!m_error.isEmpty()) {
        auto *error = new QLabel(tr("The exercise cannot be replayed:\n%1").arg(m_error), this);
        error->setWordWrap(true);
        layout->addWidget(error);
        m_slider->setEnabled(false);
        m_play->setEnabled(false);
    }
    connect(m_slider, &QSlider::valueChanged, this, &DebriefReplay::setMinute);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Minutes per second at ten ticks a second; fractions carry over to the next tick.
        m_carry += m_speed->currentData().toInt() / 10.0;
        const int step = int(m_carry);
        m_carry -= step;
        if (step > 0)
            setMinute(minute() + step);
        if (minute() >= endMinute())
            pause();
    });
    connect(m_jump, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            jumpTo(index - 1);
        m_jump->setCurrentIndex(0);
    });
    connect(m_sectors, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_replay && row >= 0 && row < int(m_state.sectors.size()))
            m_chart->highlight(m_state.sectors[size_t(row)].node);
    });
    // A click on the chart's legend selects the sector on the board as well.
    connect(m_chart->seriesLegend(), &SeriesLegend::entryClicked, this, [this](int i) {
        const QString node = m_chart->nodes().at(size_t(i));
        for (size_t row = 0; row < m_state.sectors.size(); ++row)
            if (m_state.sectors[row].node == node)
                m_sectors->selectRow(int(row));
    });
    showMinute(0);
}

int DebriefReplay::minute() const
{
    return m_state.minute;
}

int DebriefReplay::endMinute() const
{
    return m_replay ? m_replay->endMin() : 0;
}

bool DebriefReplay::isPlaying() const
{
    return m_timer->isActive();
}

void DebriefReplay::play()
{
    if (!m_replay)
        return;
    if (minute() >= endMinute())
        setMinute(0);
    m_timer->start();
    m_play->setChecked(true);
    m_play->setText(tr("Pause"));
}

void DebriefReplay::pause()
{
    m_timer->stop();
    m_play->setChecked(false);
    m_play->setText(tr("Play"));
}

void DebriefReplay::jumpTo(int index)
{
    if (index >= 0 && index < int(m_marks.size()))
        setMinute(m_marks[size_t(index)].minute);
}

QString DebriefReplay::markText(const report::ReplayMark &m) const
{
    const report::Report &r = m_replay->report();
    const QString at = scenario::formatOffset(m.minute);
    if (m.kind == QLatin1String("inject")) {
        const scenario::Inject *i = r.scenario.inject(m.id);
        return tr("%1 inject %2: %3").arg(at, m.id, i ? i->subject.get(r.lang) : QString());
    }
    if (m.kind == QLatin1String("flow")) {
        const auto f =
            std::find_if(r.flows.begin(), r.flows.end(), [&](const report::FlowRow &x) { return x.id == m.id; });
        return f != r.flows.end() && f->status == QLatin1String("met") ? tr("%1 flow %2 met").arg(at, m.id)
                                                                       : tr("%1 flow %2 missed").arg(at, m.id);
    }
    return tr("%1 level breached: %2").arg(at, report::nodeName(r.scenario, m.id, r.lang));
}

void DebriefReplay::setMinute(int minute)
{
    minute = std::clamp(minute, 0, endMinute());
    if (m_slider->value() != minute)
        m_slider->setValue(minute);  // comes back here through valueChanged
    if (minute == m_state.minute && !m_state.injects.empty())
        return;
    showMinute(minute);
    emit minuteChanged(minute);
}

void DebriefReplay::showMinute(int minute)
{
    if (!m_replay)
        return;
    const report::Report &r = m_replay->report();
    m_state = m_replay->at(minute);
    m_time->setText(report::timeText(r, minute));
    m_chart->setMinute(minute);
    m_msel->setRowCount(int(m_state.injects.size()));
    for (int i = 0; i < int(m_state.injects.size()); ++i) {
        const report::ReplayInject &x = m_state.injects[size_t(i)];
        const QString status = x.status == QLatin1String("fired")     ? tr("fired")
                               : x.status == QLatin1String("skipped") ? tr("skipped")
                                                                      : tr("pending");
        const scenario::Inject *inj = r.scenario.inject(x.id);
        setRow(m_msel, i,
               {x.id + (inj ? QStringLiteral(" ") + inj->subject.get(r.lang) : QString()), status,
                x.firedMin ? scenario::formatOffset(*x.firedMin) : QString()},
               x.status == QLatin1String("fired") ? QColor(0xe3, 0xf1, 0xdc) : QColor());
    }
    showSectors();
    showKnowledge();
    m_traffic->setRowCount(int(m_state.traffic.size()));
    // Parties by name and tags, call states and verdicts in words, as the report's timeline
    // prints them (sectors, sites and personas too, not only rooms).
    for (int i = 0; i < int(m_state.traffic.size()); ++i) {
        const report::TimelineRow &t = m_state.traffic[size_t(i)];
        setRow(m_traffic, i,
               {scenario::formatOffset(t.minute), report::word(r.lang, t.kind), report::partyName(r, t.from),
                report::partyNames(r, t.to), report::timelineWhat(r, t)});
    }
    m_traffic->scrollToBottom();
}

void DebriefReplay::fitSectors()
{
    // As tall as the header and the rows (and the scroll bar when the columns need it) when the
    // chart keeps its minimum and its legend below: at 1920x1080 half of the table was empty
    // above a small chart. Shorter (it scrolls) when the window is.
    const QHeaderView *header = m_sectors->horizontalHeader();
    int rows = header->sizeHint().height() + m_sectors->verticalHeader()->length() + 2 * m_sectors->frameWidth();
    if (header->length() > m_sectors->viewport()->width())
        rows += m_sectors->horizontalScrollBar()->sizeHint().height();
    m_sectors->setMaximumHeight(rows);
    const int total = m_left->height() - m_left->handleWidth();
    const int chart = m_left->widget(1)->minimumSizeHint().height();
    const int table = std::max(m_sectors->minimumSizeHint().height(), std::min(rows, total - chart));
    m_left->setSizes({table, total - table});
}

void DebriefReplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSectors();
}

void DebriefReplay::showSectors()
{
    const report::Report &r = m_replay->report();
    if (m_sectors->rowCount() != int(m_state.sectors.size())) {
        m_sectors->setRowCount(int(m_state.sectors.size()));
        fitSectors();
    }
    for (int i = 0; i < int(m_state.sectors.size()); ++i) {
        const report::ReplaySector &s = m_state.sectors[size_t(i)];
        const QString label = s.label == QLatin1String("down")       ? tr("down")
                              : s.label == QLatin1String("degraded") ? tr("degraded")
                                                                     : tr("ok");
        const scenario::Node *n = r.scenario.node(s.node);
        // The unit in the report's language ("利用者" for users), as the report prints it.
        const QString unit =
            n ? report::word(r.lang, QStringLiteral("unit.") + n->unit).remove(QStringLiteral("unit.")) : QString();
        const QColor colour = s.breached                             ? QColor(0xf4, 0xc7, 0xc3)
                              : s.label == QLatin1String("down")     ? QColor(0xfb, 0xe0, 0xc0)
                              : s.label == QLatin1String("degraded") ? QColor(0xff, 0xf4, 0xc2)
                                                                     : QColor();
        setRow(m_sectors, i,
               {report::nodeName(r.scenario, s.node, r.lang), QString::number(s.q, 'f', 3),
                s.breached ? tr("%1, level breached").arg(label) : label,
                unit.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(units(s.affected), unit),
                unit.isEmpty() ? QString() : tr("%1 %2-hours").arg(units(s.unitHours), unit)},
               colour);
    }
}

void DebriefReplay::showKnowledge()
{
    const report::Report &r = m_replay->report();
    m_knowledge->setRowCount(int(m_state.knowledge.size()));
    for (int i = 0; i < int(m_state.knowledge.size()); ++i) {
        const report::Knowledge &k = m_state.knowledge[size_t(i)];
        const QString via = k.via == QLatin1String("hypothesis") ? tr("own hypothesis")
                            : k.via.isEmpty()                    ? QString()
                                                                 : report::partyName(r, k.via);
        setRow(m_knowledge, i,
               {report::roomName(r.scenario, k.room, r.lang),
                k.knewAtMin ? tr("yes, since %1").arg(scenario::formatOffset(*k.knewAtMin)) : tr("not yet"), via},
               k.knewAtMin ? QColor(0xdc, 0xea, 0xf7) : QColor());
    }
}

}  // namespace cd::gui
