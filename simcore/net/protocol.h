#pragma once
// The wire protocol between `crossdrill serve` and remote rooms (docs/protocol.md):
// JSON text messages over a WebSocket, one object per message with a "type". Shared by the
// server and the client so both agree on names, limits and the event encoding.

#include "store/event.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::net {

/// The protocol version this build speaks (4: control-team seats, docs/protocol.md "Seats").
inline constexpr int kProtocolVersion = 4;
/// The oldest version a room may still say hello with: protocol 3 differs from 4 only in the
/// seats, so protocol-3 room clients keep working; a seat says 4.
inline constexpr int kMinRoomProtocolVersion = 3;
/// Largest message (and frame) a peer may send the server, in bytes.
inline constexpr int kMaxMessageBytes = 64 * 1024;
/// Token bucket per connection: burst and sustained messages per second.
inline constexpr double kRateBurst = 40;
inline constexpr double kRatePerSecond = 20;
/// Token bucket per room for actions, shared by all of the room's connections (each action is a
/// durable commit: a room cannot multiply its budget by opening connections).
inline constexpr double kRoomActBurst = 60;
inline constexpr double kRoomActsPerSecond = 30;
/// Open connections per room token (several people, tabs or computers in one room).
inline constexpr int kMaxConnectionsPerRoom = 32;
/// Messages refused for rate or shape before the server closes the connection.
inline constexpr int kMaxStrikes = 20;
/// A connection that has not said hello by then is closed (ms).
inline constexpr int kHelloTimeoutMs = 10000;
/// Connections that have not said hello yet, per source address and in total; beyond them a
/// new connection is closed with `busy` (4010). Rooms that said hello are not counted.
inline constexpr int kMaxUnauthenticatedPerAddress = 256;
inline constexpr int kMaxUnauthenticated = 4096;
/// Accept backlog of the listening sockets (thousands of rooms joining at once).
inline constexpr int kListenBacklog = 4096;
/// Longest --name accepted (characters).
inline constexpr int kMaxNameChars = 64;

/// WebSocket close codes (4000-4999 are the application's).
enum CloseCode : int {
    CloseProtocol = 4000,      ///< malformed, unknown version, hello missing or repeated
    CloseUnauthorized = 4001,  ///< no token, unknown or revoked token
    CloseForbidden = 4003,     ///< the token is another room's
    CloseRevoked = 4004,       ///< the room's token was re-issued while connected
    CloseAbuse = 4008,         ///< too many refused messages (flood, oversized, malformed)
    CloseRoomFull = 4009,      ///< the room already has kMaxConnectionsPerRoom connections
    CloseShutdown = 4010,      ///< the server is stopping
    CloseStorage = 4011,       ///< the server could not record events (disk full, I/O) and stopped
};
/// Whether a client should stop reconnecting after the server closed with `code`.
inline bool isFinalClose(int code)
{
    return code == CloseProtocol || code == CloseUnauthorized || code == CloseForbidden || code == CloseRevoked;
}

/// The payload fields that may travel in the compact "all rooms" form (docs/protocol.md, version 3).
QStringList compactableRecipientFields();
/// The scenario's room ids in scenario order, as a JSON array (the "all rooms" list).
QJsonArray roomIdList(const QStringList &ids);

/// An event as the wire carries it (audience left out: the receiver is the audience). When
/// `allRooms` (the scenario's room ids, in scenario order: every room's directory lists them in
/// that order) is given, a payload recipient list ("to", "cc") equal to it is left out of the
/// payload and named in the event's "all_rooms" list instead, so a mail to 1,000 rooms does not
/// carry 1,000 ids to each of them. Lossless: eventFromJson() with the same list restores it.
QJsonObject eventToJson(const store::Event &e, const QJsonArray &allRooms = {});
/// The event back, its "all_rooms" fields expanded to `allRooms`; nullopt when the object lacks
/// a field or has a wrong type, or uses "all_rooms" badly (unknown field, field also present,
/// or no room list to expand it with).
std::optional<store::Event> eventFromJson(const QJsonObject &o, const QJsonArray &allRooms = {});

/// The exercise clock as the server tells rooms (docs/protocol.md "clock"): the last minute it
/// processed, its speed, its state, and how long until the next minute is due. Times are
/// relative (no wall clock is compared across machines).
struct ClockInfo
{
    enum State { Running, Paused, Ended };
    int minute = 0;
    double speed = 1;  ///< exercise minutes per wall minute; 0 = as fast as possible ("max")
    State state = Running;
    qint64 msToNext = -1;  ///< wall ms until minute + 1 is due when sent (-1: not running)

    /// {"minute", "speed" (a number or "max"), "state" ("running", "paused", "ended"), "ms_to_next"}
    QJsonObject toJson() const;
    /// nullopt when a field is missing or of the wrong type.
    static std::optional<ClockInfo> fromJson(const QJsonObject &o);
    /// The minute the clock shows `elapsedMs` after it was sent: counting on at its speed while
    /// running, at most kClockLeadMs of wall time past the next minute without news from the
    /// server (which sends a clock each minute it processes).
    int minuteAfter(qint64 elapsedMs) const;
};
inline constexpr qint64 kClockLeadMs = 3000;

/// {"type":"error","code":CODE,"message":MESSAGE[,"id":ID]}
QJsonObject errorMessage(const QString &code, const QString &message, const QString &id = {});

QByteArray encode(const QJsonObject &message);

/// ws://HOST:PORT/room/ROOM?token=TOKEN (wss:// with TLS).
QString joinUrl(const QString &host, quint16 port, bool tls, const QString &room, const QString &token);
/// ws[s]://HOST:PORT/seat/SEAT?token=TOKEN (a control-team seat's URL).
QString seatUrl(const QString &host, quint16 port, bool tls, const QString &seat, const QString &token);
/// The seat and token of a seat URL; false when `text` is not one.
bool parseSeatUrl(const QString &text, QString *seat, QString *token);
/// The room id and token of a join URL; false when it is not one.
bool parseJoinUrl(const QString &url, QString *room, QString *token);
/// HOST:PORT (or [IPV6]:PORT) to listen on: the address, the port and the host name for join
/// URLs (the machine's name for 0.0.0.0 and ::). False when it is not one.
bool parseListen(const QString &text, QString *host, QHostAddress *address, quint16 *port);

}  // namespace cd::net
