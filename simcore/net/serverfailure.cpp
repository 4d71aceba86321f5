// The exercise server when the engine cannot record (issue 13 item 5; docs/protocol.md close code
// 4011): a store::Error from perform() is caught here, at the boundary of the Qt slot that
// called it, instead of unwinding through the event loop.
#include "exercise/exercise.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/serverclient.h"

#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace cd::net {

void ExerciseServer::failStorage(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_commits->abandon();  // queued acts are not recorded: no result comes for them
    // Every room is told at once; its connection closes once its input has stopped (a lingering
    // close): closing a socket that still holds unread acts makes the kernel reset it and drop
    // what was not yet sent, the close frame with it, so the room would not learn why.
    const qint64 now = monotonicMs();
    const auto clients = m_clients.values();
    for (ServerClient *c : clients) {
        if (c->closing)
            continue;
        send(c, encode(errorMessage(QStringLiteral("storage"), message)));
        c->closing = true;
        c->lingering = true;
        c->lingerSinceMs = now;
    }
    if (!m_linger) {
        m_linger = new QTimer(this);
        m_linger->setInterval(50);
        connect(m_linger, &QTimer::timeout, this, &ExerciseServer::closeLingering);
    }
    m_linger->start();
    stopAccepting();
    emit storageFailed(message);
}

void ExerciseServer::closeLingering()
{
    constexpr qint64 kQuietMs = 300;    // no message for this long: the peer has stopped sending
    constexpr qint64 kLingerMs = 3000;  // a peer that keeps sending is closed anyway
    // The close reason is limited to 123 bytes; the error message said the rest.
    const QString reason = QStringLiteral("the server could not record events and stopped");
    const qint64 now = monotonicMs();
    bool waiting = false;
    for (ServerClient *c : m_clients) {
        if (!c->lingering)
            continue;
        if (now - c->lastInputMs < kQuietMs && now - c->lingerSinceMs < kLingerMs) {
            waiting = true;
            continue;
        }
        c->lingering = false;
        c->socket->close(QWebSocketProtocol::CloseCode(CloseStorage), reason);
        QTimer::singleShot(5000, c->socket, [s = c->socket] { s->abort(); });
    }
    if (!waiting)
        m_linger->stop();
}

std::optional<exercise::Outcome> ExerciseServer::perform(const QString &room, const QJsonObject &action,
                                                         const QString &name)
{
    if (m_failed)
        return std::nullopt;
    try {
        return m_exercise.perform(room, action, name);
    } catch (const store::Error &e) {
        failStorage(e.message());
        return std::nullopt;
    }
}

}  // namespace cd::net
