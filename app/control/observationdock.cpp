#include "control/observationdock.h"

#include "control/controlsession.h"
#include "exercise/payloads.h"
#include "views/eventtext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

ObservationDock::ObservationDock(ControlSession &session, std::function<QList<qint64>()> selectedEvents,
                                 QWidget *parent)
    : QDockWidget(parent), m_session(session), m_selectedEvents(std::move(selectedEvents)),
      m_objective(new QComboBox(this)), m_rating(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_record(new QPushButton(this)), m_hint(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("observationDock"));
    m_objective->addItem(QString(), QString());
    for (const scenario::Objective &o : session.scenario().meta.objectives)
        m_objective->addItem(QString(), o.id);
    for (const char *r : {"P", "S", "M", "U"})
        m_rating->addItem(QString(), QLatin1String(r));
    m_text->setMaximumHeight(80);
    m_hint->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    connect(m_record, &QPushButton::clicked, this, &ObservationDock::record);
    connect(&session, &ControlSession::eventCommitted, this, [this](const exercise::Event &e) {
        if (kindOf(e) != Kind::Observation)
            return;
        QStringList linked;
        for (const QJsonValue &v : e.payload.value(QLatin1String("events")).toArray())
            linked << QString::number(v.toInteger());
        new QTreeWidgetItem(
            m_list,
            {clockText(e.minute, m_session.scenario().meta.start), e.payload.value(QLatin1String("rating")).toString(),
             e.payload.value(QLatin1String("objective")).toString(),
             payloadText(e.payload.value(QLatin1String("text")), uiLanguage()) +
                 (linked.isEmpty() ? QString() : QStringLiteral(" [#%1]").arg(linked.join(QStringLiteral(", #"))))});
    });
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    row->addWidget(m_objective, 2);
    row->addWidget(m_rating, 1);
    row->addWidget(m_record);
    layout->addLayout(row);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    setWidget(body);
    // An observer seat watches only (exercise/seats.h).
    for (QWidget *w : std::initializer_list<QWidget *>{m_objective, m_rating, m_text, m_record})
        w->setEnabled(session.mayObserve());
    retranslateUi();
}

ObservationDock::~ObservationDock() = default;

void ObservationDock::record()
{
    QJsonArray events;
    for (qint64 seq : m_selectedEvents())
        events << seq;
    m_session.act(
        exercise::action(exercise::Verb::Observe, {{QStringLiteral("objective"), m_objective->currentData().toString()},
                                                   {QStringLiteral("rating"), m_rating->currentData().toString()},
                                                   {QStringLiteral("text"), m_text->toPlainText()},
                                                   {QStringLiteral("events"), events}}));
    m_text->clear();
}

void ObservationDock::retranslateUi()
{
    const QString lang = uiLanguage();
    setWindowTitle(tr("Evaluator observations"));
    m_objective->setItemText(0, tr("(no objective)"));
    for (int i = 1; i < m_objective->count(); ++i)
        m_objective->setItemText(i, m_session.scenario().meta.objectives[size_t(i - 1)].text.get(lang));
    m_rating->setItemText(0, tr("P — performed"));
    m_rating->setItemText(1, tr("S — some difficulty"));
    m_rating->setItemText(2, tr("M — major difficulty"));
    m_rating->setItemText(3, tr("U — unable to perform"));
    m_text->setPlaceholderText(tr("What did you observe?"));
    m_record->setText(tr("Record"));
    m_hint->setText(tr("Rows selected in the communications monitor are linked to the observation."));
    m_list->setHeaderLabels({tr("Time"), tr("Rating"), tr("Objective"), tr("Observation")});
}

void ObservationDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace cd::gui
