#include "room/phonepanel.h"

#include "exercise/payloads.h"
#include "exercise/roomendpoint.h"
#include "views/eventtext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::gui {

namespace {
using exercise::CallStatus;
using exercise::Kind;

// A transcript line's parts (PhonePanel::addLine).
constexpr int kLineKind = Qt::UserRole;
constexpr int kLineParty = Qt::UserRole + 1;
constexpr int kLineMinute = Qt::UserRole + 2;
constexpr int kLineText = Qt::UserRole + 3;
const QStringList kKinds{QStringLiteral("report"), QStringLiteral("advisory"), QStringLiteral("query"),
                         QStringLiteral("other")};
}  // namespace

PhonePanel::PhonePanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory,
                       const exercise::RoomView &view, QWidget *parent)
    : QWidget(parent), m_endpoint(endpoint), m_directory(directory), m_book(view.calls()), m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)), m_answer(new QPushButton(m_banner)), m_decline(new QPushButton(m_banner)),
      m_callLine(new QLabel(this)), m_transcript(new QListWidget(this)), m_sayEdit(new QLineEdit(this)),
      m_sayButton(new QPushButton(this)), m_hangUp(new QPushButton(this)), m_callee(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_opening(new QLineEdit(this)), m_call(new QPushButton(this)),
      m_log(new QTreeWidget(this)), m_dialLabel(new QLabel(this)), m_logLabel(new QLabel(this))
{
    // The banner: big, coloured and on top of the window, so a ringing phone cannot be missed.
    m_banner->setObjectName(QStringLiteral("ringBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("#ringBanner { background: #c62828; } #ringBanner QLabel { color: white; "
                                           "font-size: 16pt; font-weight: bold; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_answer);
    bannerLayout->addWidget(m_decline);
    m_banner->hide();
    m_answer->setObjectName(QStringLiteral("answerButton"));
    connect(m_answer, &QPushButton::clicked, this, &PhonePanel::answer);
    connect(m_decline, &QPushButton::clicked, this, &PhonePanel::decline);

    m_callLine->setObjectName(QStringLiteral("callLine"));
    QFont big = m_callLine->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_callLine->setFont(big);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setWordWrap(true);
    m_sayEdit->setObjectName(QStringLiteral("sayEdit"));
    m_hangUp->setObjectName(QStringLiteral("hangUpButton"));
    connect(m_sayEdit, &QLineEdit::returnPressed, this, &PhonePanel::speak);
    connect(m_sayButton, &QPushButton::clicked, this, &PhonePanel::speak);
    connect(m_hangUp, &QPushButton::clicked, this, &PhonePanel::hangUp);

    m_callee->setObjectName(QStringLiteral("calleeCombo"));
    for (const exercise::RoomDirectory::Party &p : m_directory.parties)
        if (p.id != m_directory.room)
            m_callee->addItem(QString(), p.id);
    for (const QString &k : kKinds)
        m_kind->addItem(QString(), k);
    m_kind->setCurrentIndex(kKinds.size() - 1);
    m_call->setObjectName(QStringLiteral("callButton"));
    connect(m_call, &QPushButton::clicked, this, &PhonePanel::placeCall);

    m_log->setObjectName(QStringLiteral("callLog"));
    m_log->setRootIsDecorated(false);
    m_log->setColumnCount(4);
    m_log->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_callLine);
    layout->addWidget(m_transcript, 2);
    auto *sayRow = new QHBoxLayout;
    sayRow->addWidget(m_sayEdit, 1);
    sayRow->addWidget(m_sayButton);
    sayRow->addWidget(m_hangUp);
    layout->addLayout(sayRow);
    layout->addWidget(m_dialLabel);
    auto *dial = new QHBoxLayout;
    dial->addWidget(m_callee, 2);
    dial->addWidget(m_kind, 1);
    dial->addWidget(m_opening, 3);
    dial->addWidget(m_call);
    layout->addLayout(dial);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log, 1);
    retranslateUi();
    updateCallLine();
}

PhonePanel::~PhonePanel() = default;

void PhonePanel::retranslateUi()
{
    const QString lang = uiLanguage();
    m_answer->setText(tr("Answer (Ctrl+Shift+A)"));
    m_decline->setText(tr("Decline"));
    m_sayButton->setText(tr("Say"));
    m_sayEdit->setPlaceholderText(tr("Type what you say on the call, then Enter"));
    m_hangUp->setText(tr("Hang up (Ctrl+Shift+H)"));
    m_dialLabel->setText(tr("Place a call"));
    m_logLabel->setText(tr("Call log"));
    m_opening->setPlaceholderText(tr("What you say when they answer (optional)"));
    m_call->setText(tr("Call"));
    for (int i = 0; i < m_callee->count(); ++i)
        m_callee->setItemText(i, m_directory.nameOf(m_callee->itemData(i).toString(), lang));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindText(m_kind->itemData(i).toString()));
    m_log->setHeaderLabels({tr("Time"), tr("Direction"), tr("Party"), tr("Status")});
    for (int i = 0; i < m_transcript->count(); ++i)
        m_transcript->item(i)->setText(lineText(m_transcript->item(i)));
    for (const exercise::CallState &c : m_book.calls) {
        QTreeWidgetItem *item = m_items.value(c.id);
        if (!item)
            continue;
        item->setText(1, c.from == m_directory.room ? tr("Outgoing") : tr("Incoming"));
        item->setText(2, partyOf(c));
        item->setText(3, statusText(c));
    }
    updateBanner();
    updateCallLine();
}

QString PhonePanel::partyOf(const exercise::CallState &c) const
{
    return m_directory.nameOf(c.from == m_directory.room ? c.to : c.from, uiLanguage());
}

QString PhonePanel::partyId(const exercise::CallState &c) const
{
    return c.from == m_directory.room ? c.to : c.from;
}

void PhonePanel::addLine(const QString &kind, const QString &party, int minute, const QJsonValue &text)
{
    // The line keeps what it says, not its words: a language switch writes it again.
    auto *item = new QListWidgetItem(m_transcript);
    item->setData(kLineKind, kind);
    item->setData(kLineParty, party);
    item->setData(kLineMinute, minute);
    item->setData(kLineText, text.toVariant());
    item->setText(lineText(item));
}

QString PhonePanel::lineText(const QListWidgetItem *item) const
{
    const QString kind = item->data(kLineKind).toString();
    const QString party = item->data(kLineParty).toString();
    const QString lang = uiLanguage();
    const QString name = m_directory.nameOf(party, lang);
    if (kind == QLatin1String("say"))
        return QStringLiteral("%1 %2: %3")
            .arg(clockText(item->data(kLineMinute).toInt(), m_directory.start),
                 party == m_directory.room ? tr("You") : name,
                 payloadText(QJsonValue::fromVariant(item->data(kLineText)), lang));
    if (kind == QLatin1String("connected"))
        return tr("— connected with %1 —").arg(name);
    if (kind == QLatin1String("busy"))
        return tr("%1 is busy.").arg(name);
    if (kind == QLatin1String("failed"))
        return tr("No dial tone: the call to %1 did not go through.").arg(name);
    if (kind == QLatin1String("ended"))
        return tr("— call ended —");
    if (kind == QLatin1String("declined"))
        return tr("%1 declined the call.").arg(name);
    return tr("— no answer —");
}

QString PhonePanel::statusText(const exercise::CallState &c) const
{
    // The engine's call.missed is a call nobody answered: for the caller that is "no answer",
    // not a missed incoming call (不在着信).
    if (c.status == CallStatus::Missed && c.from == m_directory.room)
        return tr("No answer");
    return callStatusText(exercise::callStatusName(c.status));
}

void PhonePanel::setEnded()
{
    m_ended = true;
    // An observer's reason stays: the end does not make a read-only view any less read-only.
    const QString why = m_readOnly.isEmpty() ? tr("The exercise has ended.") : m_readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_callee, m_kind, m_opening, m_call}) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
    updateBanner();
}

void PhonePanel::setReadOnly(const QString &why)
{
    m_readOnly = why;
    for (QWidget *w : std::initializer_list<QWidget *>{m_callee, m_kind, m_opening, m_call, m_sayEdit, m_sayButton,
                                                       m_hangUp, m_answer, m_decline}) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
}

void PhonePanel::setStatus(const exercise::CallState &call)
{
    QTreeWidgetItem *item = m_items.value(call.id);
    item->setText(3, statusText(call));
    const bool bad = call.status == CallStatus::Missed || call.status == CallStatus::Busy ||
                     call.status == CallStatus::Failed || call.status == CallStatus::Declined;
    item->setForeground(3, bad ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
}

void PhonePanel::addCall(const exercise::CallState &c, Kind kind, int minute)
{
    auto *item = new QTreeWidgetItem(m_log);
    m_items.insert(c.id, item);
    item->setText(0, clockText(minute, m_directory.start));
    item->setText(1, c.from == m_directory.room ? tr("Outgoing") : tr("Incoming"));
    item->setText(2, partyOf(c));
    setStatus(c);
    m_log->scrollToItem(item);
    if (kind == Kind::CallRinging && c.to == m_directory.room) {
        m_ringing = c.id;
        updateBanner();
        emit ringing(m_directory.nameOf(c.from, uiLanguage()));
    } else if (kind == Kind::CallRinging) {
        m_active = c.id;  // our outgoing call, waiting for an answer
        m_transcript->clear();
    } else {
        addLine(exercise::callStatusName(c.status), partyId(c));  // busy or no dial tone
    }
}

void PhonePanel::update(const exercise::Event &e, const exercise::RoomView::Change &change)
{
    const Kind kind = exercise::kindOf(e);
    if (kind == Kind::CallSay) {  // words change no call (exercise/folds.h)
        const exercise::CallPayload say = exercise::CallPayload::fromJson(e.payload);
        if (!m_book.find(say.call))
            return;
        addLine(QStringLiteral("say"), say.from, e.minute, say.text);
        m_transcript->scrollToBottom();
        updateCallLine();
        return;
    }
    const exercise::CallState *c = change.call;  // nullptr: not a call event, call.opening, or one seen twice
    if (!c)
        return;
    if (exercise::placesCall(kind)) {
        addCall(*c, kind, e.minute);
        updateCallLine();
        return;
    }
    setStatus(*c);
    if (c->status == CallStatus::Connected) {
        if (m_ringing == c->id)
            m_ringing.clear();
        m_active = c->id;
        m_transcript->clear();
        addLine(QStringLiteral("connected"), partyId(*c));
    } else {
        if (m_ringing == c->id)
            m_ringing.clear();
        if (m_active == c->id) {
            m_active.clear();
            addLine(exercise::callStatusName(c->status), partyId(*c));
        }
    }
    updateBanner();
    updateCallLine();
}

void PhonePanel::updateBanner()
{
    const exercise::CallState *ringing = m_ringing.isEmpty() ? nullptr : m_book.find(m_ringing);
    const bool show = ringing != nullptr;
    if (show)
        m_bannerText->setText(tr("☎ Incoming call from %1").arg(m_directory.nameOf(ringing->from, uiLanguage())));
    m_banner->setVisible(show);
    m_answer->setEnabled(show && !m_ended && m_readOnly.isEmpty());
    m_decline->setEnabled(show && !m_ended && m_readOnly.isEmpty());
}

void PhonePanel::updateCallLine()
{
    const exercise::CallState *active = m_active.isEmpty() ? nullptr : m_book.find(m_active);
    if (!active) {
        m_callLine->setText(tr("No call in progress"));
    } else if (active->status == CallStatus::Ringing) {
        m_callLine->setText(tr("Calling %1…").arg(partyOf(*active)));
    } else {
        m_callLine->setText(tr("On the line with %1").arg(partyOf(*active)));
    }
    const bool connected = active && active->status == CallStatus::Connected && m_readOnly.isEmpty();
    m_sayEdit->setEnabled(connected);
    m_sayButton->setEnabled(connected);
    m_hangUp->setEnabled(active != nullptr && m_readOnly.isEmpty());
}

void PhonePanel::answer()
{
    if (!m_ringing.isEmpty() && m_readOnly.isEmpty())
        m_endpoint.answerCall(m_ringing);
}

void PhonePanel::decline()
{
    // A real action (call.declined): the caller hears it was turned down and both lines are
    // free at once. The banner goes when the event comes back.
    if (!m_ringing.isEmpty() && m_readOnly.isEmpty())
        m_endpoint.declineCall(m_ringing);
}

void PhonePanel::hangUp()
{
    if (!m_active.isEmpty() && m_readOnly.isEmpty())
        m_endpoint.hangUp(m_active);
}

void PhonePanel::speak()
{
    const QString text = m_sayEdit->text().trimmed();
    if (text.isEmpty() || m_active.isEmpty() || !m_readOnly.isEmpty())
        return;
    m_endpoint.say(text, m_active);
    m_sayEdit->clear();
}

void PhonePanel::placeCall()
{
    const QString to = m_callee->currentData().toString();
    if (to.isEmpty() || !m_readOnly.isEmpty())
        return;
    m_endpoint.placeCall(to, m_kind->currentData().toString(), m_opening->text().trimmed());
    m_opening->clear();
}

}  // namespace cd::gui
