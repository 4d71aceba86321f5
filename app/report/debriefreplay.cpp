#include "report/debriefreplay.h"

#include "report/documents.h"
#include "store/eventlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::gui {

namespace {

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        QTableWidgetItem *item = t->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            t->setItem(row, c, item);
        }
        item->setText(cells[c]);
    }
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

void DebriefReplay::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setRange(0, endMinute());
    m_slider->setPageStep(10);
    m_time = new QLabel(this);
    top->addWidget(new QLabel(tr("Exercise time:"), this));
    top->addWidget(m_slider, 1);
    top->addWidget(m_time);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_msel = table(split, {tr("Inject"), tr("Status"), tr("Fired")});
    m_sectors = table(split, {tr("Sector"), tr("q"), tr("State")});
    m_traffic = table(split, {tr("Time"), tr("Kind"), tr("From"), tr("To"), tr("What")});
    split->addWidget(m_msel);
    split->addWidget(m_sectors);
    split->addWidget(m_traffic);
    layout->addWidget(split, 1);
    if (!m_error.isEmpty()) {
        auto *error = new QLabel(tr("The exercise cannot be replayed:\n%1").arg(m_error), this);
        error->setWordWrap(true);
        layout->addWidget(error);
        m_slider->setEnabled(false);
    }
    connect(m_slider, &QSlider::valueChanged, this, &DebriefReplay::setMinute);
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
    m_msel->setRowCount(int(m_state.injects.size()));
    for (int i = 0; i < int(m_state.injects.size()); ++i) {
        const report::ReplayInject &x = m_state.injects[size_t(i)];
        const QString status = x.status == QLatin1String("fired")     ? tr("fired")
                               : x.status == QLatin1String("skipped") ? tr("skipped")
                                                                      : tr("pending");
        setRow(m_msel, i, {x.id, status, x.firedMin ? report::timeText(r, *x.firedMin) : QString()});
    }
    m_sectors->setRowCount(int(m_state.sectors.size()));
    for (int i = 0; i < int(m_state.sectors.size()); ++i) {
        const report::ReplaySector &s = m_state.sectors[size_t(i)];
        const QString label = s.label == QLatin1String("down")       ? tr("down")
                              : s.label == QLatin1String("degraded") ? tr("degraded")
                                                                     : tr("ok");
        setRow(m_sectors, i,
               {report::nodeName(r.scenario, s.node, r.lang), QString::number(s.q, 'f', 3),
                s.breached ? tr("%1, level breached").arg(label) : label});
    }
    m_traffic->setRowCount(int(m_state.traffic.size()));
    for (int i = 0; i < int(m_state.traffic.size()); ++i) {
        const report::TimelineRow &t = m_state.traffic[size_t(i)];
        setRow(m_traffic, i, {scenario::formatOffset(t.minute), t.kind, t.from, t.to, t.what});
    }
    m_traffic->scrollToBottom();
}

}  // namespace cd::gui
