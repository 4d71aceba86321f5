#include "room/remote/remoteroomwindow.h"

#include "net/remoteroomendpoint.h"
#include "scenario/scenario.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::gui {

namespace {

QString textOf(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString ja = o.value(QLatin1String("ja")).toString();
        return ja.isEmpty() ? o.value(QLatin1String("en")).toString() : ja;
    }
    return v.toString();
}

QString summary(const store::Event &e)
{
    const QJsonObject &p = e.payload;
    QString s;
    if (p.contains(QLatin1String("subject")))
        s = textOf(p.value(QLatin1String("subject")));
    else if (p.contains(QLatin1String("title")))
        s = textOf(p.value(QLatin1String("title")));
    else if (p.contains(QLatin1String("reason")))
        s = p.value(QLatin1String("reason")).toString();
    else if (p.contains(QLatin1String("text")))
        s = textOf(p.value(QLatin1String("text")));
    if (p.contains(QLatin1String("from")))
        s = p.value(QLatin1String("from")).toString() + QStringLiteral(": ") + s;
    if (p.contains(QLatin1String("actor_name")))
        s += QStringLiteral(" (") + p.value(QLatin1String("actor_name")).toString() + QLatin1Char(')');
    return s;
}

}  // namespace

RemoteRoomWindow::RemoteRoomWindow(net::RemoteRoomEndpoint &endpoint, QWidget *parent)
    : QWidget(parent), m_endpoint(endpoint), m_state(new QLabel(this)), m_events(new QListWidget(this)),
      m_to(new QLineEdit(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("CrossDrill room %1").arg(endpoint.roomId()));
    resize(900, 640);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_events->setObjectName(QStringLiteral("events"));
    m_to->setPlaceholderText(tr("room ids, separated by commas"));
    m_body->setMaximumHeight(100);

    auto *send = new QPushButton(tr("Send mail"), this);
    auto *answer = new QPushButton(tr("Answer call"), this);
    auto *hangUp = new QPushButton(tr("Hang up"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Body"), m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(send);
    buttons->addStretch();
    buttons->addWidget(answer);
    buttons->addWidget(hangUp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_events, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(send, &QPushButton::clicked, this, &RemoteRoomWindow::sendMail);
    connect(answer, &QPushButton::clicked, this, [this] { m_endpoint.answerCall(); });
    connect(hangUp, &QPushButton::clicked, this, [this] { m_endpoint.hangUp(); });
    connect(&m_endpoint, &net::RemoteRoomEndpoint::stateChanged, this, &RemoteRoomWindow::updateState);
    connect(&m_endpoint, &net::RemoteRoomEndpoint::serverError, this, &RemoteRoomWindow::updateState);
    connect(&m_endpoint, &net::RemoteRoomEndpoint::eventReceived, this, &RemoteRoomWindow::addEvent);
    connect(&m_endpoint, &net::RemoteRoomEndpoint::resultReceived, this,
            [this](const QString &, bool ok, const QString &message) {
                if (!ok)
                    m_state->setText(tr("Refused: %1").arg(message));
            });
    for (const store::Event &e : m_endpoint.eventsSince(0))
        addEvent(e);
    updateState();
}

void RemoteRoomWindow::updateState()
{
    using State = net::RemoteRoomEndpoint::State;
    QString state;
    switch (m_endpoint.state()) {
    case State::Connecting:
        state = tr("Connecting…");
        break;
    case State::Connected:
        state = tr("Connected");
        break;
    case State::Reconnecting:
        state = tr("Connection lost; reconnecting…");
        break;
    case State::Closed:
        state = tr("Closed");
        break;
    }
    const QString room = m_endpoint.roomName().isEmpty() ? m_endpoint.roomId() : m_endpoint.roomName();
    QString text = tr("%1 — %2").arg(room, state);
    if (m_endpoint.state() != State::Connected && !m_endpoint.lastError().isEmpty())
        text += tr(" (%1)").arg(m_endpoint.lastError());
    m_state->setText(text);
}

void RemoteRoomWindow::addEvent(const store::Event &e)
{
    m_events->addItem(tr("%1  #%2  %3  %4").arg(scenario::formatOffset(e.minute)).arg(e.seq).arg(e.kind, summary(e)));
    m_events->scrollToBottom();
}

void RemoteRoomWindow::sendMail()
{
    QStringList to;
    for (const QString &t : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        to << t.trimmed();
    const exercise::Outcome o =
        m_endpoint.sendMail(to, {}, QStringLiteral("other"), m_subject->text(), m_body->toPlainText());
    if (!o.ok) {
        m_state->setText(tr("Not sent: %1").arg(o.message));
        return;
    }
    m_subject->clear();
    m_body->clear();
}

}  // namespace cd::gui
