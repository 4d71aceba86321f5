#pragma once
// The exercise server for remote rooms (docs/architecture.md "one room interface, two transports"):
// a WebSocket server speaking docs/protocol.md in front of a running Exercise. Started by
// `crossdrill serve` and, in-process, by the console's Exercise > Host for remote rooms.
//
// Security boundary, checked here for every message: the join URL's token names the room (only
// its SHA-256 is stored, TokenStore); a connection acts only as that room; it receives only the
// events the visibility rule (exercise/visibility.h) gives that room, from the per-room query
// for its backlog and per event afterwards (never a broadcast); frames and messages are capped
// at kMaxMessageBytes, each connection has a token bucket, and a peer that keeps sending bad
// input is closed. Nothing a peer sends can throw out of the event loop or block it.
//
// Runs in the thread of the Exercise (the GUI or the serve loop). The Exercise must outlive
// listening; the server may be destroyed before the Exercise.

#include "exercise/seats.h"
#include "net/groupcommit.h"
#include "net/protocol.h"
#include "net/ratelimit.h"
#include "net/tokens.h"
#include "store/event.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;
class QTcpServer;
class QWebSocketServer;
class QTimer;

namespace cd::exercise {
class Exercise;
struct Outcome;
}  // namespace cd::exercise

namespace cd::net {

struct ServerClient;

class ExerciseServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseServer)

public:
    /// Serves `exercise` (its log's database also holds the tokens). Throws store::Error when
    /// the database cannot be opened for tokens.
    explicit ExerciseServer(exercise::Exercise &exercise, QObject *parent = nullptr);
    ~ExerciseServer() override;

    /// TLS for wss:// (set before listen()).
    void setTls(const QSslConfiguration &config);
    bool isTls() const { return m_tls; }
    /// Host name written into join URLs (default: the listening address).
    void setPublicHost(const QString &host) { m_publicHost = host; }
    /// How long a connection may stay silent before hello (default kHelloTimeoutMs).
    void setHelloTimeout(int ms) { m_helloTimeoutMs = ms; }
    /// Caps on connections that have not said hello (default kMaxUnauthenticated*).
    void setUnauthenticatedLimits(int perAddress, int total)
    {
        m_maxUnauthPerAddress = perAddress;
        m_maxUnauth = total;
    }
    /// Connections one room's token may hold open (default kMaxConnectionsPerRoom).
    void setMaxConnectionsPerRoom(int n) { m_maxPerRoom = n; }
    /// Each room's action budget (default kRoomActBurst, kRoomActsPerSecond); resets the buckets.
    void setRoomActBudget(double burst, double perSecond)
    {
        m_roomActBurst = burst;
        m_roomActRate = perSecond;
        m_roomActBuckets.clear();
    }
    /// Listens on `address`:`port` (0: the OS picks). False with `error` set when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString publicHost() const { return m_publicHost; }
    /// Stops serving: the acts already received are performed and committed (and answered),
    /// then every connection is closed with CloseShutdown ("the server is stopping") and the
    /// server stops listening. A storage failure while committing closes with CloseStorage instead.
    void close();
    /// Acts from all connections within one turn of the event loop are committed in one
    /// transaction (default); off, each act is its own transaction (the benchmark's "before").
    void setGroupCommit(bool on) { m_commits->setEnabled(on); }
    /// Acts performed for connections, and the transactions that committed them.
    qint64 actsCommitted() const { return m_commits->acts(); }
    qint64 actTransactions() const { return m_commits->transactions(); }
    /// The engine could not record (a store::Error: disk full, I/O error): what it was doing was
    /// not committed and the Exercise must not be used again. Closes every connection with
    /// CloseStorage and `message`, stops listening and accepting actions, and emits
    /// storageFailed() once; the caller exits and the exercise continues with --resume.
    void failStorage(const QString &message);
    bool failed() const { return m_failed; }
    /// Performs `action` as `room` (a connection's act, the web portal's post). A store::Error
    /// is caught here, at the boundary of the Qt slot, and fails the server (failStorage);
    /// nullopt then.
    std::optional<exercise::Outcome> perform(const QString &room, const QJsonObject &action, const QString &name);

    /// Issues a token for every room that has none (all rooms when `reissueAll`); returns
    /// room -> token for those issued now.
    QMap<QString, QString> issueTokens(bool reissueAll = false);
    /// Issues a new token for `room`, revoking the old one and closing the connections that
    /// used it. Empty when the room does not exist.
    QString reissueToken(const QString &room);
    /// ws[s]://HOST:PORT/room/ROOM?token=TOKEN
    QString joinUrl(const QString &room, const QString &token) const;

    // The control team's seats (docs/protocol.md "Seats"), kept in the database like rooms' tokens.
    /// Records `seats`: a new seat gets a token; a known one keeps its token (a new one when
    /// `reissueAll`) and takes the role given now. Returns seat id -> token for those issued now.
    QMap<QString, QString> addSeats(const QList<exercise::Seat> &seats, bool reissueAll = false);
    /// A new token for seat `id`, revoking the old one and closing its connections; empty when
    /// there is no such seat.
    QString reissueSeat(const QString &id);
    /// Every seat stored for this exercise, by id.
    QList<exercise::Seat> seats() const;
    /// ws[s]://HOST:PORT/seat/SEAT?token=TOKEN
    QString seatUrl(const QString &seat, const QString &token) const;
    /// Seat connections that said hello.
    int seatConnectionCount() const { return int(m_seatClients.size()); }
    /// The room a token belongs to (empty when unknown or revoked); for the web portal.
    QString roomOfToken(const QString &token) const;
    /// The web portal's one-use tickets (webportal.h, docs/browser-room.md): a connection URL
    /// may carry `?ticket=T` instead of `?token=`; `redeem` turns T into the room token it
    /// stands for (empty when unknown, used or expired), which is then checked as a token is.
    void setTicketRedeemer(std::function<QString(const QString &ticket)> redeem) { m_redeemTicket = std::move(redeem); }

    exercise::Exercise &exercise() { return m_exercise; }
    int connectionCount() const { return int(m_clients.size()); }
    int connectionCount(const QString &room) const;
    /// Connections that have not said hello yet (capped: kMaxUnauthenticated*).
    int unauthenticatedCount() const { return m_unauthenticated; }

signals:
    /// A connection said hello, or one closed.
    void connectionsChanged();
    /// failStorage() was called (once).
    void storageFailed(const QString &message);

private:
    void onNewConnection();
    void onText(ServerClient *c, const QString &text);
    void handleHello(ServerClient *c, const QJsonObject &m);
    void handleAct(ServerClient *c, const QJsonObject &m);
    void answerAct(const GroupCommit::Act &act, const exercise::Outcome &outcome);
    // serverclock.cpp: the exercise clock for the rooms' windows (docs/protocol.md "clock").
    static bool isClockEvent(const store::Event &e);
    QJsonObject clockJson() const;
    void broadcastClock();
    void handleSync(ServerClient *c, const QJsonObject &m);
    // serverseats.cpp: the control team's seats.
    QJsonObject presenceJson() const;
    void sendPresence();
    QString acceptSeat(ServerClient *c, const QString &seat, const QString &token, int *closeCode);
    QByteArray seatWelcome(const ServerClient *c);
    void fanOutToSeats(const store::Event &e);
    bool checkSeatAct(ServerClient *c, const QJsonObject &action, const QString &id);
    void handleControl(ServerClient *c, const QJsonObject &m);
    void sendBacklog(ServerClient *c, qint64 since);
    /// The room's directory as the welcome carries it, serialized once per room and shared.
    QByteArray directoryJson(const QString &room);
    bool strike(ServerClient *c, const QString &code, const QString &message, const QString &id = {});
    void reject(ServerClient *c, int closeCode, const QString &code, const QString &message);
    void drop(ServerClient *c);
    void countUnauthenticated(ServerClient *c, int delta);
    void send(ServerClient *c, const QByteArray &bytes);
    void sendText(ServerClient *c, const QString &text);
    void onEvent(const store::Event &e);
    void fanOut(const store::Event &e);
    void refreshTokens();
    void sweep();
    void closeLingering();
    /// Closes the listening socket (no new connections) and stops the sweep.
    void stopAccepting();

    exercise::Exercise &m_exercise;
    std::unique_ptr<TokenStore> m_tokens;
    QWebSocketServer *m_server = nullptr;
    QTcpServer *m_listener = nullptr;  ///< accepts plain-TCP connections (socketacceptor.h); null with TLS
    QTimer *m_sweep = nullptr;
    QTimer *m_linger = nullptr;  ///< closes the connections told of a storage failure
    bool m_tls = false;
    int m_helloTimeoutMs = kHelloTimeoutMs;
    QSslConfiguration m_ssl;
    QString m_publicHost;
    QHash<QByteArray, QString> m_hashToRoom;  ///< token hash -> room (cache of room_tokens)
    QHash<QByteArray, QString> m_hashToSeat;  ///< token hash -> seat id (cache of seats)
    QHash<QString, exercise::Seat> m_seats;   ///< seat id -> its role (cache of seats)
    QList<ServerClient *> m_seatClients;      ///< seats' connections that said hello
    QByteArray m_scenarioJson;                ///< the scenario as seats that see the truth get it
    QJsonObject m_presenceSent;               ///< the presence last sent to the seats
    QHash<QWebSocket *, ServerClient *> m_clients;
    QJsonArray m_allRooms;                           ///< every room id in scenario order (the wire's "all_rooms" form)
    QHash<QString, QByteArray> m_directories;        ///< room -> its directory, encoded (welcome)
    QHash<QString, QList<ServerClient *>> m_byRoom;  ///< rooms' connections that said hello
    int m_maxUnauthPerAddress = kMaxUnauthenticatedPerAddress;
    int m_maxUnauth = kMaxUnauthenticated;
    int m_maxPerRoom = kMaxConnectionsPerRoom;
    QHash<QString, int> m_openPerRoom;  ///< connections per room, hello or not
    QHash<QString, TokenBucket> m_roomActBuckets;
    double m_roomActBurst = kRoomActBurst;
    double m_roomActRate = kRoomActsPerSecond;  ///< per room: actions, across its connections
    int m_unauthenticated = 0;                  ///< connections that have not said hello
    QHash<QHostAddress, int> m_unauthByPeer;    ///< the same, per source address
    int m_acceptFailures = 0;
    std::shared_ptr<ExerciseServer *> m_alive;               ///< lets the Exercise listener outlive us
    bool m_failed = false;                                   ///< failStorage() was called
    GroupCommit *m_commits = nullptr;                        ///< the acts' group commit (groupcommit.h)
    QJsonObject m_clockSent;                                 ///< the clock last sent to every room
    std::function<QString(const QString &)> m_redeemTicket;  ///< the web portal's tickets
};

}  // namespace cd::net
