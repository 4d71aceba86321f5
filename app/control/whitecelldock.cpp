#include "control/whitecelldock.h"

#include "control/controlsession.h"
#include "exercise/payloads.h"
#include "views/eventtext.h"
#include "views/scenarionames.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <tuple>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

namespace {
// Raw values of a call's row (the columns show names and a translated status).
constexpr int kFromRole = Qt::UserRole + 1;
constexpr int kToRole = Qt::UserRole + 2;
constexpr int kStatusRole = Qt::UserRole + 3;
constexpr int kPlacedRole = Qt::UserRole + 4;   ///< the row's placing order
constexpr int kRingingRole = Qt::UserRole + 5;  ///< the minute it began to ring, while it waits; else -1
bool isPersona(const QString &party)
{
    return party.startsWith(QLatin1String("persona:"));
}

/// A call's row, ordered as the queue: the calls waiting for the white cell first, the
/// longest-waiting on top; then the rest in placing order (QTreeWidget::sortItems uses operator<).
class QueuedCallItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override { return key(*this) < key(other); }

private:
    static std::tuple<bool, int, int> key(const QTreeWidgetItem &item)
    {
        const int ringing = item.data(WhiteCellDock::IdColumn, kRingingRole).toInt();
        return {ringing < 0, ringing, item.data(WhiteCellDock::IdColumn, kPlacedRole).toInt()};
    }
};
}  // namespace

bool WhiteCellDock::played(const QString &party) const
{
    return isPersona(party) && m_session.plays(party);
}

WhiteCellDock::WhiteCellDock(ControlSession &session, QWidget *parent)
    : QDockWidget(parent), m_session(session), m_persona(new QComboBox(this)), m_room(new QComboBox(this)),
      m_site(new QComboBox(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_mail(new QPushButton(this)), m_call(new QPushButton(this)), m_publish(new QPushButton(this)),
      m_calls(new QTreeWidget(this)), m_transcript(new QListWidget(this)), m_say(new QLineEdit(this)),
      m_answer(new QPushButton(this)), m_decline(new QPushButton(this)), m_hangUp(new QPushButton(this)),
      m_alert(new QLabel(this))
{
    setObjectName(QStringLiteral("whiteCellDock"));
    const scenario::Scenario &s = session.scenario();
    for (const scenario::Persona &p : s.personas)
        if (session.plays(QStringLiteral("persona:") + p.id))  // a white-cell seat: its personas
            m_persona->addItem(QString(), QString(QStringLiteral("persona:") + p.id));
    for (const scenario::Room &r : s.rooms)
        m_room->addItem(QString(), r.id);
    for (const scenario::Site &site : s.sites)
        m_site->addItem(QString(), site.id);
    m_body->setMaximumHeight(90);
    m_calls->setObjectName(QStringLiteral("personaCalls"));
    m_calls->setRootIsDecorated(false);
    m_calls->setColumnCount(5);
    // The id, status and wait fit their text, so the wait stays in view in a narrow dock; the
    // names share the rest (elided, in full in their tooltips).
    m_calls->header()->setStretchLastSection(false);
    for (const int c : {IdColumn, StatusColumn, WaitingColumn})
        m_calls->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (const int c : {FromColumn, ToColumn})
        m_calls->header()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_transcript->setWordWrap(true);
    connect(m_mail, &QPushButton::clicked, this, &WhiteCellDock::sendMail);
    connect(m_call, &QPushButton::clicked, this, &WhiteCellDock::callRoom);
    connect(m_publish, &QPushButton::clicked, this, &WhiteCellDock::publish);
    m_answer->setObjectName(QStringLiteral("personaAnswerButton"));
    m_decline->setObjectName(QStringLiteral("personaDeclineButton"));
    m_hangUp->setObjectName(QStringLiteral("personaHangUpButton"));
    m_say->setObjectName(QStringLiteral("personaSayEdit"));
    connect(m_answer, &QPushButton::clicked, this, &WhiteCellDock::answerSelected);
    connect(m_decline, &QPushButton::clicked, this, &WhiteCellDock::declineSelected);
    connect(m_hangUp, &QPushButton::clicked, this, &WhiteCellDock::hangUpSelected);
    connect(m_say, &QLineEdit::returnPressed, this, &WhiteCellDock::sayOnSelected);
    connect(m_calls, &QTreeWidget::currentItemChanged, m_transcript, &QListWidget::clear);
    connect(m_calls, &QTreeWidget::currentItemChanged, this, &WhiteCellDock::updateButtons);
    connect(&session, &ControlSession::eventCommitted, this, &WhiteCellDock::addEvent);
    connect(&session, &ControlSession::clockChanged, this, [this] {
        updateAlert();
        updateQueue(false);
        // After the end only reading remains: no more mail, calls or pages from the personas.
        for (QPushButton *b : {m_mail, m_call, m_publish})
            b->setEnabled(!m_session.ended());
    });
    m_alert->setObjectName(QStringLiteral("personaCallAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("#personaCallAlert { background: #c62828; color: white; font-weight: bold; "
                                          "padding: 4px; }"));
    m_alert->hide();

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_alert);
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("as"), m_persona);  // labels set in retranslateUi()
    form->addRow(QStringLiteral("to"), m_room);
    form->addRow(QStringLiteral("subject"), m_subject);
    form->addRow(m_body);
    layout->addLayout(form);
    auto *acts = new QHBoxLayout;
    acts->addWidget(m_mail);
    acts->addWidget(m_call);
    acts->addWidget(m_site);
    acts->addWidget(m_publish);
    layout->addLayout(acts);
    // The calls and the selected call's transcript side by side: the dock shares its height with
    // the truth, judge and observation tabs under the sector chart.
    auto *callSplit = new QSplitter(Qt::Horizontal, body);
    callSplit->addWidget(m_calls);
    callSplit->addWidget(m_transcript);
    callSplit->setStretchFactor(0, 3);
    callSplit->setStretchFactor(1, 2);
    layout->addWidget(callSplit, 1);
    auto *line = new QHBoxLayout;
    line->addWidget(m_answer);
    line->addWidget(m_decline);
    line->addWidget(m_say, 1);
    line->addWidget(m_hangUp);
    layout->addLayout(line);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 3);
    m_calls->setMinimumHeight(m_calls->fontMetrics().lineSpacing() * 5);
    // Should the dock get less than its minimum height (a small screen), it scrolls instead of
    // laying the call buttons under the tabs.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);
    // meta.channels: the white cell offers only the channels the exercise allows.
    if (!s.meta.allows(scenario::Channel::Mail))
        m_mail->hide();
    if (!s.meta.allows(scenario::Channel::Phone))
        for (QWidget *w : std::initializer_list<QWidget *>{m_call, callSplit, m_answer, m_decline, m_say, m_hangUp})
            w->hide();
    if (!s.meta.allows(scenario::Channel::Web)) {
        m_site->hide();
        m_publish->hide();
    }
    retranslateUi();
    updateButtons();
}

WhiteCellDock::~WhiteCellDock() = default;

void WhiteCellDock::retranslateUi()
{
    const QString lang = uiLanguage();
    const scenario::Scenario &s = m_session.scenario();
    setWindowTitle(tr("White cell (personas)"));
    for (int i = 0; i < m_persona->count(); ++i)
        m_persona->setItemText(i, s.personas[size_t(i)].name.get(lang));
    for (int i = 0; i < m_room->count(); ++i)
        m_room->setItemText(i, s.rooms[size_t(i)].name.get(lang));
    for (int i = 0; i < m_site->count(); ++i)
        m_site->setItemText(i, s.sites[size_t(i)].name.get(lang));
    auto *form =
        static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(m_body->parentWidget()->layout())->itemAt(1)->layout());
    const QList<QPair<QWidget *, QString>> labels{
        {m_persona, tr("As persona:")}, {m_room, tr("To room:")}, {m_subject, tr("Subject / title:")}};
    for (const auto &[field, text] : labels)
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    m_body->setPlaceholderText(tr("Mail body, the words said when the room answers, or the page text"));
    m_mail->setText(tr("Send mail"));
    m_call->setText(tr("Call room"));
    m_publish->setText(tr("Publish page on"));
    m_calls->setHeaderLabels({tr("Call"), tr("From"), tr("To"), tr("Status"), tr("Waiting")});
    const ScenarioNames names(s);
    for (int i = 0; i < m_calls->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_calls->topLevelItem(i);
        for (const auto &[column, role] : {std::pair{1, kFromRole}, std::pair{2, kToRole}}) {
            const QString id = item->data(column, role).toString();
            item->setText(column, names.party(id, lang));
            item->setToolTip(column, ScenarioNames::withId(item->text(column), id));
        }
        item->setText(3, callStatusText(item->data(3, kStatusRole).toString()));
    }
    for (int i = 0; i < m_transcript->count(); ++i)
        m_transcript->item(i)->setText(lineText(m_transcript->item(i)));
    m_say->setPlaceholderText(tr("Speak as the persona on the selected call, then Enter"));
    m_answer->setText(tr("Answer (Ctrl+Shift+A)"));
    m_decline->setText(tr("Decline (Ctrl+Shift+X)"));
    m_hangUp->setText(tr("Hang up (Ctrl+Shift+H)"));
    updateAlert();
    updateQueue(false);
}

void WhiteCellDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void WhiteCellDock::addEvent(const exercise::Event &e)
{
    const Kind kind = kindOf(e);
    // The session's control view has folded the event already (exercise/controlview.h).
    const bool callEvent = exercise::callStatusOf(kind) || kind == Kind::CallOpening;
    if (!callEvent && kind != Kind::CallSay)
        return;
    const exercise::CallPayload call = exercise::CallPayload::fromJson(e.payload);
    const exercise::CallState *folded = callEvent ? m_session.control().calls().find(call.call) : nullptr;
    if (!folded && kind != Kind::CallSay)
        return;
    const QString &from = call.from;
    const QString &to = call.to;
    const QString &id = call.call;
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_calls->topLevelItemCount(); ++i)
        if (m_calls->topLevelItem(i)->text(0) == id)
            item = m_calls->topLevelItem(i);
    const QString lang = uiLanguage();
    const ScenarioNames names(m_session.scenario());
    if (!item) {
        // Only calls a persona is party to are the white cell's to handle.
        if (kind != Kind::CallRinging || (!played(from) && !played(to)))
            return;
        item = new QueuedCallItem(m_calls, QStringList{id, names.party(from, lang), names.party(to, lang), QString()});
        item->setData(IdColumn, kPlacedRole, m_calls->topLevelItemCount());
        item->setData(1, kFromRole, from);
        item->setData(2, kToRole, to);
        item->setToolTip(1, ScenarioNames::withId(item->text(1), from));
        item->setToolTip(2, ScenarioNames::withId(item->text(2), to));
        m_calls->setCurrentItem(item);
        if (played(to) && !m_session.ended()) {
            // A room is calling the outside world: the white cell must notice (its tab may be
            // behind the truth or the judge).
            show();
            raise();
            QApplication::alert(window());
            QApplication::beep();  // the ring: a white-cell seat may be looking elsewhere
        }
    }
    if (kind == Kind::CallSay) {
        if (m_calls->currentItem() == item) {
            // The line keeps who said what: a language switch writes it again.
            auto *line = new QListWidgetItem(m_transcript);
            line->setData(kFromRole, from);
            line->setData(kStatusRole, call.text.toVariant());
            line->setText(lineText(line));
        }
        return;
    }
    if (!folded || kind == Kind::CallOpening)
        return;
    item->setData(3, kStatusRole, exercise::callStatusName(folded->status));
    item->setText(3, callStatusText(exercise::callStatusName(folded->status)));
    if (item == m_calls->currentItem())
        updateButtons();
    updateAlert();
    updateQueue(true);
}

void WhiteCellDock::updateQueue(bool reorder)
{
    // Exercise minutes, as the clock bar, the alert and the rooms count: the engine misses an
    // unanswered call after a number of them, however fast the clock runs.
    const int now = m_session.minute();
    for (int i = 0; i < m_calls->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_calls->topLevelItem(i);
        const exercise::CallState *c = m_session.control().calls().find(item->text(IdColumn));
        const bool waiting = c && c->status == exercise::CallStatus::Ringing && played(c->to);
        item->setData(IdColumn, kRingingRole, waiting ? c->ringMin : -1);
        const int minutes = waiting ? std::max(0, now - c->ringMin) : 0;
        QFont font = item->font(WaitingColumn);
        font.setBold(waiting);  // the queue's point: who has waited how long
        item->setFont(WaitingColumn, font);
        item->setText(WaitingColumn, !waiting      ? QString()
                                     : minutes < 1 ? tr("< 1 min")
                                                   : tr("%n min", nullptr, minutes));
    }
    if (reorder)
        m_calls->sortItems(WaitingColumn, Qt::AscendingOrder);
}

QString WhiteCellDock::lineText(const QListWidgetItem *line) const
{
    const QString lang = uiLanguage();
    return QStringLiteral("%1: %2").arg(
        ScenarioNames(m_session.scenario()).party(line->data(kFromRole).toString(), lang),
        payloadText(QJsonValue::fromVariant(line->data(kStatusRole)), lang));
}

void WhiteCellDock::updateAlert()
{
    // The longest-waiting call ringing for a persona, and how many more are waiting.
    std::vector<const exercise::CallState *> waiting = m_session.control().waitingForPersona();
    std::erase_if(waiting, [this](const exercise::CallState *c) { return !played(c->to); });
    m_alert->setVisible(!waiting.empty());
    if (waiting.empty())
        return;
    const exercise::CallState &oldest = *waiting.front();
    const ScenarioNames names(m_session.scenario());
    const QString lang = uiLanguage();
    const int minutes = std::max(0, m_session.minute() - oldest.ringMin);
    QString text =
        tr("☎ %1 is calling %2, waiting %n min. Select the call and answer (Ctrl+Shift+A).", nullptr, minutes)
            .arg(names.party(oldest.from, lang), names.party(oldest.to, lang));
    if (waiting.size() > 1)
        text += QLatin1Char(' ') + tr("%n more call(s) waiting.", nullptr, int(waiting.size()) - 1);
    m_alert->setText(text);
}

void WhiteCellDock::updateButtons()
{
    // Answer and decline a call ringing for a persona; hang up a connected call, or give up one
    // a persona placed while it still rings.
    const QTreeWidgetItem *item = m_calls->currentItem();
    const QString status = item ? item->data(3, kStatusRole).toString() : QString();
    const bool ringing = status == QLatin1String("ringing");
    const bool forPersona = item && played(item->data(2, kToRole).toString());
    m_answer->setEnabled(ringing && forPersona);
    m_decline->setEnabled(ringing && forPersona);
    m_hangUp->setEnabled(status == QLatin1String("answered") ||
                         (ringing && item && played(item->data(1, kFromRole).toString())));
}

QString WhiteCellDock::selectedCall() const
{
    return m_calls->currentItem() ? m_calls->currentItem()->text(0) : QString();
}

void WhiteCellDock::sendMail()
{
    m_session.act(
        exercise::action(exercise::Verb::Mail, {{QStringLiteral("from"), m_persona->currentData().toString()},
                                                {QStringLiteral("to"), QJsonArray{m_room->currentData().toString()}},
                                                {QStringLiteral("subject"), m_subject->text()},
                                                {QStringLiteral("body"), m_body->toPlainText()}}));
}

void WhiteCellDock::callRoom()
{
    m_session.act(exercise::action(exercise::Verb::Call, {{QStringLiteral("from"), m_persona->currentData().toString()},
                                                          {QStringLiteral("to"), m_room->currentData().toString()},
                                                          {QStringLiteral("say"), m_body->toPlainText()}}));
}

void WhiteCellDock::publish()
{
    const QString title = m_subject->text().trimmed();
    QString slug = title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    m_session.act(
        exercise::action(exercise::Verb::Post,
                         {{QStringLiteral("site"), m_site->currentData().toString()},
                          {QStringLiteral("path"), QStringLiteral("/control/%1-%2").arg(m_session.minute()).arg(slug)},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("body"), m_body->toPlainText()}}));
}

void WhiteCellDock::answerSelected()
{
    m_session.act(exercise::action(exercise::Verb::Answer, {{QStringLiteral("call"), selectedCall()}}));
}

void WhiteCellDock::declineSelected()
{
    // The engine's hang-up by the callee on a ringing call is the decline (EVENTS.md), as
    // RoomEndpoint::declineCall() does for a room; the call id says which.
    if (!m_decline->isEnabled())
        return;
    m_session.act(
        exercise::action(exercise::Verb::Hangup,
                         {{QStringLiteral("call"), selectedCall()},
                          {QStringLiteral("persona"), m_calls->currentItem()->data(2, kToRole).toString().mid(8)}}));
}

void WhiteCellDock::sayOnSelected()
{
    if (m_say->text().trimmed().isEmpty())
        return;
    m_session.act(exercise::action(exercise::Verb::Say, {{QStringLiteral("call"), selectedCall()},
                                                         {QStringLiteral("text"), m_say->text().trimmed()}}));
    m_say->clear();
}

void WhiteCellDock::hangUpSelected()
{
    m_session.act(exercise::action(exercise::Verb::Hangup, {{QStringLiteral("call"), selectedCall()}}));
}

}  // namespace cd::gui
