#pragma once
// One WebSocket connection of the exercise server (internal to exerciseserver.cpp).

#include "exercise/seats.h"
#include "net/protocol.h"
#include "net/ratelimit.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>

class QWebSocket;

namespace cd::net {

/// Milliseconds on a monotonic clock, for the server's timeouts (defined in exerciseserver.cpp).
qint64 monotonicMs();

struct ServerClient
{
    QWebSocket *socket = nullptr;
    QString room;           ///< the room its token names (set on connect, before hello); empty for a seat
    bool isSeat = false;    ///< a control-team seat's connection (/seat/ID): `seat` says which
    exercise::Seat seat;    ///< its role as it was when the connection was opened
    QByteArray tokenHash;   ///< to notice a re-issued token
    QString name;           ///< the person, from hello (may be empty)
    bool welcomed = false;  ///< hello accepted: receives live events
    bool closing = false;
    bool lingering = false;               ///< told of a storage failure; closed once its input stops
    qint64 lingerSinceMs = 0;             ///< when lingering began
    qint64 lastInputMs = 0;               ///< when its last message arrived
    bool countedUnauthenticated = false;  ///< counted in the server's pre-hello caps
    QHostAddress peer;
    qint64 connectedMs = 0;
    int strikes = 0;
    TokenBucket bucket{kRateBurst, kRatePerSecond};

    /// The key of its per-room (or per-seat) counters and action budget; never a room id.
    QString budgetKey() const { return isSeat ? QStringLiteral("seat/") + seat.id : room; }
};

}  // namespace cd::net
