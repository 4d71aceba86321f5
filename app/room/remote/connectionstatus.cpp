#include "room/remote/connectionstatus.h"

#include "net/remoteroomendpoint.h"

#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace cd::gui {

ConnectionStatus::ConnectionStatus(net::RemoteRoomEndpoint &endpoint, QWidget *parent)
    : QLabel(parent), m_endpoint(endpoint), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &ConnectionStatus::refresh);
    connect(&endpoint, &net::RemoteRoomEndpoint::stateChanged, this, &ConnectionStatus::refresh);
    connect(&endpoint, &net::RemoteRoomEndpoint::serverError, this, &ConnectionStatus::refresh);
    refresh();
}

QString ConnectionStatus::stateText() const
{
    const QUrl url = m_endpoint.url();
    const QString server = QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    // A close the server announced is said in the user's language (docs/protocol.md close codes);
    // it stays the reason while reconnecting, until the server welcomes this room again.
    QString why = m_endpoint.lastError();
    if (m_endpoint.serverCloseCode() == net::CloseShutdown && m_endpoint.lastErrorCode() == QLatin1String("shutdown"))
        why = tr("the server is stopping");
    else if (m_endpoint.serverCloseCode() == net::CloseStorage)
        why = tr("the server could not record events and stopped");
    switch (m_endpoint.state()) {
    case net::RemoteRoomEndpoint::State::Connecting:
        return tr("Connecting to %1…").arg(server);
    case net::RemoteRoomEndpoint::State::Connected:
        return tr("Connected to %1").arg(server);
    case net::RemoteRoomEndpoint::State::Reconnecting: {
        const int seconds = (std::max(0, m_endpoint.reconnectInMs()) + 999) / 1000;
        return why.isEmpty() ? tr("Connection lost; reconnecting in %1 s").arg(seconds)
                             : tr("Connection lost (%1); reconnecting in %2 s").arg(why).arg(seconds);
    }
    case net::RemoteRoomEndpoint::State::Closed:
        if (m_endpoint.refused())
            return tr("Refused by the server: %1").arg(why);
        return why.isEmpty() ? tr("Disconnected") : tr("Disconnected: %1").arg(why);
    }
    return {};
}

void ConnectionStatus::refresh()
{
    const auto state = m_endpoint.state();
    if (state == net::RemoteRoomEndpoint::State::Reconnecting) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    const bool bad =
        state == net::RemoteRoomEndpoint::State::Closed || state == net::RemoteRoomEndpoint::State::Reconnecting;
    setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold;")
                  : state == net::RemoteRoomEndpoint::State::Connected ? QStringLiteral("color: #1b5e20;")
                                                                       : QString());
    setText(stateText());
}

void ConnectionStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

}  // namespace cd::gui
