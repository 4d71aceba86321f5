// The exercise clock for the rooms' windows (docs/protocol.md "clock"), split from
// exerciseserver.cpp. A room's clock moves with the exercise clock, not only when the room gets
// an event: the welcome carries the clock, and every connection gets a `clock` message when it
// is paused, resumed, sped up or ended, and (checked every half second) when a minute has been
// processed. The client counts on between them from the speed (RemoteRoomEndpoint).
#include "exercise/exercise.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/serverclient.h"

namespace cd::net {

bool ExerciseServer::isClockEvent(const store::Event &e)
{
    switch (exercise::kindOf(e)) {
    case exercise::Kind::ClockStarted:
    case exercise::Kind::ClockPaused:
    case exercise::Kind::ClockResumed:
    case exercise::Kind::ClockSpeed:
    case exercise::Kind::ExerciseEnded:
        return true;
    default:
        return false;
    }
}

QJsonObject ExerciseServer::clockJson() const
{
    exercise::Clock &clock = m_exercise.clock();
    const int minute = std::max(0, m_exercise.minute());
    ClockInfo info;
    info.minute = minute;
    info.speed = clock.isMax() ? 0 : clock.speed();
    if (m_exercise.ended())
        info.state = ClockInfo::Ended;
    else if (clock.isPaused() || !clock.isRunning())
        info.state = ClockInfo::Paused;
    else
        info.state = ClockInfo::Running;
    info.msToNext = info.state == ClockInfo::Running ? clock.msUntil(minute + 1) : -1;
    return info.toJson();
}

void ExerciseServer::broadcastClock()
{
    if (m_failed)
        return;
    QJsonObject clock = clockJson();
    // Only news is sent: a minute processed, or a change of state or speed (ms_to_next alone
    // changes every time it is computed).
    QJsonObject same = clock;
    same.remove(QLatin1String("ms_to_next"));
    QJsonObject last = m_clockSent;
    last.remove(QLatin1String("ms_to_next"));
    if (same == last)
        return;
    m_clockSent = clock;  // also with nobody connected: later welcomes carry it
    if (m_byRoom.isEmpty() && m_seatClients.isEmpty())
        return;
    clock.insert(QStringLiteral("type"), QStringLiteral("clock"));
    const QString text = QString::fromUtf8(encode(clock));
    for (const QList<ServerClient *> &room : std::as_const(m_byRoom))
        for (ServerClient *c : room)
            sendText(c, text);
    for (ServerClient *c : std::as_const(m_seatClients))
        sendText(c, text);
}

}  // namespace cd::net
