#include "control/timelinedock.h"

#include "control/controlsession.h"
#include "views/eventtext.h"
#include "views/timelinemodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::gui {

namespace {

/// The MSEL's rows the session shows (an evaluator's: its rooms' injects), then the search text.
class MselProxy final : public QSortFilterProxyModel
{
public:
    MselProxy(const ControlSession &session, QObject *parent) : QSortFilterProxyModel(parent), m_session(session) {}

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString id = sourceModel()->index(row, 0, parent).data(TimelineModel::InjectIdRole).toString();
        return m_session.showsInject(id) && QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    const ControlSession &m_session;
};

}  // namespace

TimelineDock::TimelineDock(ControlSession &session, QWidget *parent)
    : QDockWidget(parent), m_session(session), m_model(new TimelineModel(session.scenario(), session.control(), this)),
      m_proxy(new MselProxy(session, this)), m_view(new QTableView(this)), m_fire(new QPushButton(this)),
      m_skip(new QPushButton(this)), m_delay(new QPushButton(this))
{
    setObjectName(QStringLiteral("timelineDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TimelineModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // One line of text a row: more of the MSEL in sight on a 768-pixel screen.
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setColumnWidth(TimelineModel::IdColumn, 70);
    m_view->setColumnWidth(TimelineModel::TimeColumn, 120);
    m_view->setColumnWidth(TimelineModel::ChannelColumn, 60);
    m_view->setColumnWidth(TimelineModel::FromColumn, 150);
    m_view->setColumnWidth(TimelineModel::ToColumn, 160);
    m_view->setColumnWidth(TimelineModel::SubjectColumn, 280);
    m_view->setColumnWidth(TimelineModel::StatusColumn, 130);
    // The status (fired, due, skipped...) is what the control team scans for: shown right after
    // the time, not off-screen to the right of the subject in a dock 800 px wide.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(TimelineModel::StatusColumn),
                                            TimelineModel::TimeColumn + 1);
    m_fire->setObjectName(QStringLiteral("fireButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_delay->setObjectName(QStringLiteral("delayButton"));
    connect(m_fire, &QPushButton::clicked, this, [this] { fire(tr("fired by hand")); });
    connect(m_skip, &QPushButton::clicked, this, [this] { askAndAct(false); });
    connect(m_delay, &QPushButton::clicked, this, [this] { askAndAct(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelineDock::updateButtons);
    connect(&session, &ControlSession::controlChanged, this, [this](const exercise::ControlView::Change &change) {
        m_model->update(change);
        updateButtons();
    });

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fire);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_delay);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setWidget(body);
    retranslateUi();
    updateButtons();
}

TimelineDock::~TimelineDock() = default;

void TimelineDock::retranslateUi()
{
    setWindowTitle(tr("MSEL timeline (状況付与)"));
    m_fire->setText(tr("Fire now"));
    m_skip->setText(tr("Skip…"));
    m_delay->setText(tr("Delay…"));
    m_model->setLanguage(uiLanguage());
}

void TimelineDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

QString TimelineDock::currentInject() const
{
    return m_view->currentIndex().data(TimelineModel::InjectIdRole).toString();
}

void TimelineDock::selectInject(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void TimelineDock::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

void TimelineDock::updateButtons()
{
    const QString status = m_view->currentIndex().data(TimelineModel::StatusRole).toString();
    const bool open = !status.isEmpty() && status != QLatin1String("fired") && status != QLatin1String("skipped") &&
                      m_session.isRunning() && !m_session.ended() && m_session.mayDirect();
    m_fire->setEnabled(open);
    m_skip->setEnabled(open);
    m_delay->setEnabled(open);
}

void TimelineDock::fire(const QString &reason)
{
    m_session.act(exercise::action(exercise::Verb::Fire,
                                   {{QStringLiteral("inject"), currentInject()}, {QStringLiteral("reason"), reason}}));
}

void TimelineDock::skip(const QString &reason)
{
    m_session.act(exercise::action(exercise::Verb::Skip,
                                   {{QStringLiteral("inject"), currentInject()}, {QStringLiteral("reason"), reason}}));
}

void TimelineDock::delay(int minutes, const QString &reason)
{
    m_session.act(exercise::action(exercise::Verb::Delay, {{QStringLiteral("inject"), currentInject()},
                                                           {QStringLiteral("by"), minutes},
                                                           {QStringLiteral("reason"), reason}}));
}

void TimelineDock::askAndAct(bool isDelay)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("reasonDialog"));
    dialog->setWindowTitle(isDelay ? tr("Delay inject %1").arg(currentInject())
                                   : tr("Skip inject %1").arg(currentInject()));
    auto *form = new QFormLayout(dialog);
    auto *minutes = new QSpinBox(dialog);
    minutes->setRange(1, 600);
    minutes->setValue(10);
    minutes->setSuffix(tr(" min"));
    if (isDelay)
        form->addRow(tr("Delay by:"), minutes);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    form->addRow(tr("Reason (recorded):"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, isDelay, minutes, reason] {
        if (isDelay)
            delay(minutes->value(), reason->text());
        else
            skip(reason->text());
    });
    dialog->open();
}

}  // namespace cd::gui
