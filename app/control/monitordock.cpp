#include "control/monitordock.h"

#include "control/controlsession.h"
#include "exercise/roomdirectory.h"
#include "views/commsfilter.h"
#include "views/commsmodel.h"
#include "views/eventtext.h"
#include "views/scenarionames.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::gui {

MonitorDock::MonitorDock(ControlSession &session, QWidget *parent)
    : QDockWidget(parent), m_session(session),
      m_model(new CommsModel(
          session.control(),
          [dir = exercise::RoomDirectory::fromScenario(session.scenario(), {})](const QString &id) {
              return dir.nameOf(id, uiLanguage());
          },
          [names = ScenarioNames(session.scenario())](const QString &id) { return names.site(id, uiLanguage()); },
          session.scenario().meta.start, this)),
      m_filter(new CommsFilter(this)), m_room(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_search(new QLineEdit(this)), m_thread(new QPushButton(this)),
      m_view(new QTableView(this)), m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("monitorDock"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("monitorView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(CommsModel::TimeColumn, 60);
    m_view->setColumnWidth(CommsModel::ChannelColumn, 60);
    m_view->setColumnWidth(CommsModel::FromColumn, 170);
    m_view->setColumnWidth(CommsModel::ToColumn, 190);
    m_view->setColumnWidth(CommsModel::KindColumn, 130);
    m_view->setColumnWidth(CommsModel::TextColumn, 320);
    m_view->setColumnWidth(CommsModel::DeliveryColumn, 90);
    m_view->setColumnWidth(CommsModel::ReadColumn, 200);
    // One line of text a row: more of the traffic in sight on a 768-pixel screen.
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_room->setObjectName(QStringLiteral("monitorRoomCombo"));
    m_room->addItem(QString(), QString());
    for (const scenario::Room &r : session.scenario().rooms)
        m_room->addItem(QString(), r.id);
    m_channel->addItem(QString(), QString());
    for (const char *c : {"mail", "phone", "web"})
        m_channel->addItem(QString(), QLatin1String(c));
    // meta.channels: the filter offers only the channels the exercise allows.
    if (auto *list = qobject_cast<QListView *>(m_channel->view()))
        for (int i = 1; i < m_channel->count(); ++i)
            list->setRowHidden(
                i, !session.scenario().meta.allows(*scenario::channelFrom(m_channel->itemData(i).toString())));
    m_kind->addItem(QString(), QString());
    for (const char *k : {"report", "advisory", "query", "other"})
        m_kind->addItem(QString(), QLatin1String(k));
    // In a narrow dock the room list gives way (its longest name sets its width otherwise) and
    // the channel and kind lists keep their width, so none of them reads as one letter.
    m_room->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_room->setMinimumContentsLength(12);
    m_channel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_kind->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_search->setMinimumWidth(90);
    m_search->setObjectName(QStringLiteral("monitorSearch"));
    m_search->setClearButtonEnabled(true);
    m_thread->setCheckable(true);
    connect(m_room, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoom(m_room->currentData().toString()); });
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setChannel(m_channel->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &CommsFilter::setText);
    connect(m_thread, &QPushButton::toggled, this, [this](bool on) {
        m_filter->setThread(on ? m_view->currentIndex().data(CommsModel::ThreadRole).toString() : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitorDock::showCurrent);
    connect(&session, &ControlSession::controlChanged, m_model, &CommsModel::update);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_room);
    bar->addWidget(m_channel);
    bar->addWidget(m_kind);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_thread);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, body);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWidget(body);
    retranslateUi();
}

MonitorDock::~MonitorDock() = default;

void MonitorDock::retranslateUi()
{
    const QString lang = uiLanguage();
    setWindowTitle(tr("Communications monitor"));
    m_room->setItemText(0, tr("All rooms"));
    for (int i = 1; i < m_room->count(); ++i)
        m_room->setItemText(i, m_session.scenario().room(m_room->itemData(i).toString())->name.get(lang));
    m_channel->setItemText(0, tr("All channels"));
    m_channel->setItemText(1, tr("Mail"));
    m_channel->setItemText(2, tr("Phone"));
    m_channel->setItemText(3, tr("Web"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindText(m_kind->itemData(i).toString()));
    m_search->setPlaceholderText(tr("Search subject, words, parties…"));
    m_thread->setText(tr("This thread only"));
    m_model->setLanguage(lang);
    showCurrent();
}

void MonitorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

QList<qint64> MonitorDock::selectedEvents() const
{
    QList<qint64> seqs;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        seqs << i.data(CommsModel::SeqRole).toLongLong();
    return seqs;
}

void MonitorDock::showCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid()) {
        m_detail->clear();
        return;
    }
    const auto cell = [&](int c) { return i.siblingAtColumn(c).data().toString().toHtmlEscaped(); };
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3 → %4 · %5</p>")
                       .arg(cell(CommsModel::TextColumn), cell(CommsModel::TimeColumn), cell(CommsModel::FromColumn),
                            cell(CommsModel::ToColumn), cell(CommsModel::KindColumn));
    if (i.data(CommsModel::ChannelRole).toString() == QLatin1String("mail"))
        html +=
            QStringLiteral("<p>%1 %2 · %3 %4</p>")
                .arg(tr("Delivered:"), cell(CommsModel::DeliveryColumn), tr("Read by:"), cell(CommsModel::ReadColumn));
    html += QStringLiteral("<p style='white-space: pre-wrap'>%1</p>")
                .arg(i.data(CommsModel::BodyRole).toString().toHtmlEscaped());
    m_detail->setHtml(html);
}

}  // namespace cd::gui
