#pragma once
// A room endpoint over the network: the WebSocket client of `crossdrill serve` (docs/protocol.md).
//
// perform() is asynchronous: it sends the action and returns at once with ok = true and seq = 0
// ("sent"), or ok = false when there is no connection to send it on (nothing is queued, so an
// action is never done twice after a reconnect). The server's verdict comes back as events (the
// act's own events, or a "refused" event of this room) and as resultReceived().
//
// The endpoint reconnects by itself after a drop, with exponential backoff (250 ms doubling to
// 15 s, with jitter), and resumes from the last seq it holds: the server replays exactly the
// room's events after it, and events at or below it are ignored, so nothing is missed and
// nothing is shown twice. eventsSince() answers from the events received so far.
//
// A seat URL (ws[s]://HOST:PORT/seat/SEAT?token=TOKEN) makes it a control-team seat's link
// instead (docs/protocol.md "Seats"): no room, the seat's welcome kept whole (seatWelcome(): its
// role and the scenario or its rooms' directories), and sendControl() for a controller's clock.
//
// The exercise clock: the welcome and the server's `clock` messages say the minute, the speed
// and whether the clock runs (docs/protocol.md "clock"); between them the endpoint counts on by
// itself, checking every second, so a quiet room's clock moves with the exercise's.

#include "exercise/roomdirectory.h"
#include "exercise/roomendpoint.h"
#include "net/protocol.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

class QTimer;
class QWebSocket;

namespace cd::net {

class RemoteRoomEndpoint final : public QObject, public exercise::RoomEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteRoomEndpoint)

public:
    enum class State { Connecting, Connected, Reconnecting, Closed };
    Q_ENUM(State)

    /// `url` is a join URL (ws[s]://HOST:PORT/room/ROOM?token=TOKEN); `name` is who sits at this
    /// computer (recorded with each action as "actor_name").
    RemoteRoomEndpoint(const QUrl &url, const QString &name, QObject *parent = nullptr);
    ~RemoteRoomEndpoint() override;

    /// Connects (and keeps reconnecting until close()).
    void open();
    /// Closes for good.
    void close();
    /// Cuts the connection as a network failure would (tests, and a "reconnect now" button).
    void simulateDrop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    /// Why the connection is closed or reconnecting (English; empty when none).
    QString lastError() const { return m_lastError; }
    /// Whether the server refused this client for good (bad token, revoked, wrong protocol).
    bool refused() const { return m_final; }
    qint64 lastSeq() const { return m_lastSeq; }
    QString roomName() const { return m_roomName; }
    int reconnects() const { return m_reconnects; }
    /// The room's directory from the server's first welcome (nullopt before it).
    const std::optional<exercise::RoomDirectory> &directory() const { return m_directory; }
    /// The exercise minute the last welcome announced.
    int welcomeMinute() const { return m_welcomeMinute; }
    /// The server's clock as last told (nullopt before a welcome, or from a server that sends none).
    const std::optional<ClockInfo> &clock() const { return m_clock; }
    /// The exercise minute now: the server's clock counted on at its speed while it runs; the
    /// welcome's minute without one.
    int exerciseMinute() const;
    /// Monotonic milliseconds for counting the clock on (tests inject one; default: the
    /// process's monotonic clock).
    void setTimeSource(std::function<qint64()> nowMs);
    /// The close code of the server's last close (0 when none since the last welcome): e.g.
    /// CloseShutdown, "the server is stopping".
    int serverCloseCode() const { return m_serverClose; }
    /// The code of the server's last `error` message since the last welcome (e.g. "shutdown").
    QString lastErrorCode() const { return m_lastErrorCode; }
    /// Milliseconds until the next reconnection attempt (-1 when none is scheduled).
    int reconnectInMs() const;
    /// Certificates to trust for wss:// besides the system's (a self-signed server's own);
    /// set before open().
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    /// Sets the first and the longest reconnection delay (ms).
    void setBackoff(int initialMs, int maxMs);

    /// A seat's link: the seat's id (empty for a room's endpoint).
    QString seatId() const { return m_seat; }
    /// The seat's first welcome, whole (empty before it, and for a room).
    const QJsonObject &seatWelcome() const { return m_seatWelcome; }
    /// A seat's clock command (docs/protocol.md "control"): pause, resume, speed (with
    /// `speed`: 1..600 or "max") or end. Returns the request id, empty when not connected.
    QString sendControl(const QString &op, const QJsonValue &speed = {});

    QString roomId() const override { return m_room; }
    exercise::Outcome perform(const QJsonObject &action) override;
    std::vector<store::Event> eventsSince(qint64 afterSeq) override;
    void subscribe(EventHandler handler) override;
    /// Sends `action`; returns the request id its result will carry, empty when not connected.
    QString send(const QJsonObject &action);

signals:
    void stateChanged(cd::net::RemoteRoomEndpoint::State state);
    /// A new event of this room (after the handlers given to subscribe()).
    void eventReceived(const cd::store::Event &event);
    /// The server's answer to send()/perform().
    void resultReceived(const QString &id, bool ok, const QString &message, qint64 seq);
    /// The backlog after a (re)connection has been received.
    void synced();
    /// The first welcome arrived: directory() is set (later welcomes after a reconnect keep it).
    void welcomed();
    void serverError(const QString &code, const QString &message);
    /// A seat's news of who is connected (docs/protocol.md "presence"): room ids, how many
    /// rooms the exercise has, seat ids.
    void presenceChanged(const QStringList &rooms, int ofRooms, const QStringList &seats);
    /// exerciseMinute() or the clock's state changed (checked every second and on each clock message).
    void clockChanged(int minute);

private:
    void setState(State s);
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void take(const store::Event &e);
    void scheduleReconnect();
    void takeClock(const QJsonValue &clock);
    void tickClock();

    QUrl m_url;
    QString m_room;
    QString m_seat;
    QJsonObject m_seatWelcome;
    QString m_name;
    QString m_roomName;
    QWebSocket *m_socket;
    QTimer *m_retry;
    State m_state = State::Closed;
    QString m_lastError;
    bool m_wanted = false;
    bool m_final = false;
    int m_backoffMs = 250;
    int m_initialBackoffMs = 250;
    int m_maxBackoffMs = 15000;
    int m_reconnects = 0;
    quint64 m_nextId = 1;
    qint64 m_lastSeq = 0;
    std::optional<exercise::RoomDirectory> m_directory;
    QJsonArray m_allRooms;  ///< the directory's room ids, to expand events' "all_rooms" form
    int m_welcomeMinute = 0;
    std::optional<ClockInfo> m_clock;
    qint64 m_clockAt = 0;  ///< m_now() when m_clock arrived
    std::function<qint64()> m_now;
    QTimer *m_clockTick;
    int m_shownMinute = -1;  ///< the minute clockChanged() last announced
    int m_shownState = -1;
    int m_serverClose = 0;
    QString m_lastErrorCode;
    std::vector<store::Event> m_events;
    std::vector<EventHandler> m_handlers;
};

}  // namespace cd::net
