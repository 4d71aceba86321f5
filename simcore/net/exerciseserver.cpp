#include "net/exerciseserver.h"

#include "exercise/exercise.h"
#include "exercise/roomdirectory.h"
#include "exercise/visibility.h"
#include "net/protocol.h"
#include "net/serverclient.h"
#include "net/socketacceptor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace cd::net {

namespace {

/// A peer that stops reading is dropped once this much is queued for it (it resumes later).
constexpr qint64 kMaxQueuedBytes = 8 * 1024 * 1024;
/// Total connections accepted (each costs a socket and a little memory).
constexpr int kMaxConnections = 20000;
// The kernel caps it at net.core.somaxconn (4096 on current Linux).

}  // namespace

qint64 monotonicMs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}

ExerciseServer::ExerciseServer(exercise::Exercise &exercise, QObject *parent)
    : QObject(parent), m_exercise(exercise), m_tokens(std::make_unique<TokenStore>(exercise.log().path())),
      m_alive(std::make_shared<ExerciseServer *>(this))
{
    refreshTokens();
    QStringList rooms;
    for (const scenario::Room &r : m_exercise.scenario().rooms)
        rooms << r.id;  // the order RoomDirectory::fromScenario lists them in, so clients expand alike
    m_allRooms = roomIdList(rooms);
    std::weak_ptr<ExerciseServer *> alive = m_alive;
    m_exercise.addListener([alive](const store::Event &e) {
        if (const auto self = alive.lock())
            (*self)->onEvent(e);
    });
    m_commits = new GroupCommit(
        m_exercise, [this](const GroupCommit::Act &act, const exercise::Outcome &o) { answerAct(act, o); },
        [this](const QString &message) { failStorage(message); }, this);
    m_sweep = new QTimer(this);
    m_sweep->setInterval(500);
    connect(m_sweep, &QTimer::timeout, this, &ExerciseServer::sweep);
}

ExerciseServer::~ExerciseServer()
{
    close();
    *m_alive = nullptr;
    qDeleteAll(m_clients);  // their sockets are our children and go with us
    m_clients.clear();
    m_byRoom.clear();
    m_seatClients.clear();
}

void ExerciseServer::setTls(const QSslConfiguration &config)
{
    m_tls = true;
    m_ssl = config;
}

bool ExerciseServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    delete m_listener;
    m_listener = nullptr;
    delete m_server;
    m_server = new QWebSocketServer(QStringLiteral("crossdrill"),
                                    m_tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (m_tls)
        m_server->setSslConfiguration(m_ssl);
    m_server->setHandshakeTimeout(kHelloTimeoutMs);
    m_server->setMaxPendingConnections(1000);
    connect(m_server, &QWebSocketServer::newConnection, this, &ExerciseServer::onNewConnection);
    // QWebSocketServer listens with the default accept backlog (50): thousands of rooms joining
    // at once overflow it and their connections stall in SYN retries. Listen with a deep backlog
    // ourselves and hand the socket over.
    QTcpServer listener;
    listener.setListenBacklogSize(kListenBacklog);
    if (!listener.listen(address, port)) {
        *error =
            QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(listener.errorString());
        return false;
    }
    // Close-on-exec: a process started later (a browser, a helper) must not inherit the
    // listening socket and keep the port bound after we stop.
    const int fd = ::fcntl(int(listener.socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    listener.close();
    // Plain TCP: accept unbuffered sockets ourselves (socketacceptor.h says why). TLS: the
    // WebSocket server accepts and encrypts them itself.
    if (!m_tls)
        m_listener =
            new SocketAcceptor([server = m_server](QTcpSocket *socket) { server->handleConnection(socket); }, this);
    // Accepting pauses when it fails for want of descriptors; resume with back-off rather than
    // never (or, were it resumed at once, polling a listening socket that stays readable).
    auto *resume = new QTimer(m_server);
    resume->setSingleShot(true);
    const auto backOff = [this, resume] {
        ++m_acceptFailures;
        resume->start(std::min(2000, 50 << std::min(m_acceptFailures, 6)));
    };
    if (m_listener) {
        connect(resume, &QTimer::timeout, m_listener, &QTcpServer::resumeAccepting);
        connect(m_listener, &QTcpServer::acceptError, this, [this, backOff] {
            m_listener->pauseAccepting();
            backOff();
        });
    } else {
        connect(resume, &QTimer::timeout, m_server, &QWebSocketServer::resumeAccepting);
        connect(m_server, &QWebSocketServer::acceptError, this, [this, backOff] {
            m_server->pauseAccepting();
            backOff();
        });
    }
    const bool listening = fd >= 0 && (m_tls ? m_server->setSocketDescriptor(fd) : m_listener->setSocketDescriptor(fd));
    if (!listening) {
        if (fd >= 0)
            ::close(fd);
        const QString why = m_tls ? m_server->errorString() : m_listener->errorString();
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why);
        return false;
    }
    if (m_publicHost.isEmpty())
        m_publicHost = address.toString();
    m_clockSent = clockJson();  // every welcome from now on carries the clock; changes are broadcast
    m_sweep->start();
    return true;
}

quint16 ExerciseServer::port() const
{
    if (m_listener)
        return m_listener->serverPort();
    return m_server ? m_server->serverPort() : 0;
}

void ExerciseServer::close()
{
    // What the rooms sent before is done, durable and answered before they hear "stopping".
    if (!m_failed && m_commits->pending() > 0)
        m_commits->flush();
    const auto clients = m_clients.values();
    for (ServerClient *c : clients)
        reject(c, CloseShutdown, QStringLiteral("shutdown"), QStringLiteral("the server is stopping"));
    stopAccepting();
}

void ExerciseServer::stopAccepting()
{
    if (m_listener)
        m_listener->close();
    if (m_server)
        m_server->close();
    if (m_sweep)
        m_sweep->stop();
}

QMap<QString, QString> ExerciseServer::issueTokens(bool reissueAll)
{
    QMap<QString, QString> issued;
    for (const scenario::Room &r : m_exercise.scenario().rooms)
        if (reissueAll || !m_tokens->hasToken(r.id))
            issued.insert(r.id, m_tokens->issue(r.id));
    refreshTokens();
    return issued;
}

QString ExerciseServer::reissueToken(const QString &room)
{
    if (!m_exercise.scenario().room(room))
        return {};
    const QString token = m_tokens->issue(room);
    refreshTokens();
    return token;
}

QString ExerciseServer::joinUrl(const QString &room, const QString &token) const
{
    return net::joinUrl(m_publicHost, port(), m_tls, room, token);
}

QString ExerciseServer::roomOfToken(const QString &token) const
{
    if (!looksLikeToken(token))
        return {};
    return m_hashToRoom.value(hashToken(token));
}

int ExerciseServer::connectionCount(const QString &room) const
{
    return int(m_byRoom.value(room).size());
}

void ExerciseServer::refreshTokens()
{
    const QHash<QString, QByteArray> hashes = m_tokens->hashes();
    m_hashToRoom.clear();
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        m_hashToRoom.insert(it.value(), it.key());
    QHash<QString, QByteArray> seatHashes;
    m_hashToSeat.clear();
    m_seats.clear();
    for (const StoredSeat &stored : m_tokens->seats()) {
        QString error;  // a seat whose rooms or personas left the scenario is not served
        if (const auto seat = exercise::seatFromSpec(stored.id, stored.spec, m_exercise.scenario(), &error)) {
            m_seats.insert(stored.id, *seat);
            m_hashToSeat.insert(stored.hash, stored.id);
            seatHashes.insert(stored.id, stored.hash);
        }
    }
    // A token re-issued (here or by `crossdrill serve --reissue` in another process) revokes
    // the old one: its connections close. So does a seat's new role.
    const auto clients = m_clients.values();
    for (ServerClient *c : clients) {
        if (c->closing || (!c->isSeat && c->room.isEmpty()))
            continue;
        if (c->isSeat ? seatHashes.value(c->seat.id) != c->tokenHash : hashes.value(c->room) != c->tokenHash)
            reject(c, CloseRevoked, QStringLiteral("revoked"),
                   c->isSeat ? QStringLiteral("this seat's token was re-issued")
                             : QStringLiteral("this room's token was re-issued"));
        else if (c->isSeat && m_seats.value(c->seat.id).spec() != c->seat.spec())
            reject(c, CloseRevoked, QStringLiteral("revoked"), QStringLiteral("this seat's role was changed"));
    }
}

void ExerciseServer::sweep()
{
    refreshTokens();
    broadcastClock();
    sendPresence();
    const qint64 now = monotonicMs();
    const auto clients = m_clients.values();
    for (ServerClient *c : clients)
        if (!c->closing && !c->welcomed && now - c->connectedMs > m_helloTimeoutMs)
            reject(c, CloseProtocol, QStringLiteral("hello_timeout"), QStringLiteral("no hello received in time"));
}

void ExerciseServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        auto *c = new ServerClient;
        c->socket = socket;
        c->connectedMs = monotonicMs();
        m_clients.insert(socket, c);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, c](const QString &text) { onText(c, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, c](const QByteArray &) {
            strike(c, QStringLiteral("bad_message"), QStringLiteral("binary messages are not part of the protocol"));
        });
        // Queued: a client is never deleted while a loop over the clients is sending to it.
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { drop(m_clients.value(socket)); },
            Qt::QueuedConnection);
        if (m_clients.size() > kMaxConnections) {
            reject(c, CloseShutdown, QStringLiteral("busy"), QStringLiteral("too many connections"));
            continue;
        }
        // Until hello a connection has shown nothing but a URL: cap such connections per source
        // address and in total, so room is kept for the rooms that authenticate.
        c->peer = socket->peerAddress();
        if (m_unauthenticated >= m_maxUnauth || m_unauthByPeer.value(c->peer) >= m_maxUnauthPerAddress) {
            reject(c, CloseShutdown, QStringLiteral("busy"),
                   QStringLiteral("too many connections waiting to say hello"));
            continue;
        }
        countUnauthenticated(c, +1);
        // The join URL names the room (or the seat) and carries its token.
        const QUrl url = socket->requestUrl();
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const bool seatPath = parts.size() == 3 && parts[1] == QLatin1String("seat");
        if (parts.size() != 3 || (parts[1] != QLatin1String("room") && !seatPath) || parts[2].isEmpty()) {
            reject(c, CloseProtocol, QStringLiteral("bad_path"),
                   QStringLiteral("connect to /room/ROOM_ID?token=TOKEN or /seat/SEAT_ID?token=TOKEN"));
            continue;
        }
        if (seatPath) {
            int closeCode = 0;
            const QString why =
                acceptSeat(c, parts[2], QUrlQuery(url).queryItemValue(QStringLiteral("token")), &closeCode);
            if (!why.isEmpty())
                reject(c, closeCode,
                       closeCode == CloseUnauthorized ? QStringLiteral("unauthorized")
                       : closeCode == CloseRoomFull   ? QStringLiteral("seat_full")
                                                      : QStringLiteral("forbidden"),
                       why);
            continue;
        }
        const QString room = parts[2];
        QString token = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
        if (token.isEmpty() && m_redeemTicket)  // a browser room (webportal.h): a one-use ticket
            token = m_redeemTicket(QUrlQuery(url).queryItemValue(QStringLiteral("ticket")));
        if (token.isEmpty()) {
            reject(c, CloseUnauthorized, QStringLiteral("unauthorized"), QStringLiteral("a token is required"));
            continue;
        }
        const QString owner = roomOfToken(token);
        if (owner.isEmpty() && m_hashToSeat.contains(hashToken(token))) {
            reject(c, CloseForbidden, QStringLiteral("forbidden"),
                   QStringLiteral("a seat's token does not open a room; connect to its /seat/ URL"));
            continue;
        }
        if (owner.isEmpty()) {
            reject(c, CloseUnauthorized, QStringLiteral("unauthorized"), QStringLiteral("unknown or revoked token"));
            continue;
        }
        if (owner != room) {
            reject(c, CloseForbidden, QStringLiteral("forbidden"),
                   QStringLiteral("this token is not room \"%1\"'s").arg(room.left(64)));
            continue;
        }
        int &open = m_openPerRoom[room];
        if (open >= m_maxPerRoom) {
            reject(c, CloseRoomFull, QStringLiteral("room_full"),
                   QStringLiteral("room \"%1\" already has %2 connections").arg(room.left(64)).arg(m_maxPerRoom));
            continue;
        }
        ++open;
        c->room = room;
        c->tokenHash = hashToken(token);
    }
}

void ExerciseServer::send(ServerClient *c, const QByteArray &bytes)
{
    sendText(c, QString::fromUtf8(bytes));
}

void ExerciseServer::sendText(ServerClient *c, const QString &text)
{
    if (c->closing)
        return;
    if (c->socket->bytesToWrite() > kMaxQueuedBytes) {
        // It stopped reading: drop it; it resumes from its last seq when it reconnects.
        c->closing = true;
        QMetaObject::invokeMethod(c->socket, &QWebSocket::abort, Qt::QueuedConnection);
        return;
    }
    c->socket->sendTextMessage(text);
}

void ExerciseServer::reject(ServerClient *c, int closeCode, const QString &code, const QString &message)
{
    if (c->closing)
        return;
    send(c, encode(errorMessage(code, message)));
    c->closing = true;
    c->socket->close(QWebSocketProtocol::CloseCode(closeCode), message);
    // A peer that never completes the close handshake is cut off by the socket's own timeout;
    // make sure it goes even if it does not.
    QTimer::singleShot(5000, c->socket, [s = c->socket] { s->abort(); });
}

bool ExerciseServer::strike(ServerClient *c, const QString &code, const QString &message, const QString &id)
{
    if (++c->strikes > kMaxStrikes) {
        reject(c, CloseAbuse, QStringLiteral("abuse"), QStringLiteral("too many refused messages"));
        return false;
    }
    send(c, encode(errorMessage(code, message, id)));
    return true;
}

void ExerciseServer::countUnauthenticated(ServerClient *c, int delta)
{
    if ((delta > 0) == c->countedUnauthenticated)
        return;
    c->countedUnauthenticated = delta > 0;
    m_unauthenticated += delta;
    int &n = m_unauthByPeer[c->peer];
    n += delta;
    if (n <= 0)
        m_unauthByPeer.remove(c->peer);
}

void ExerciseServer::drop(ServerClient *c)
{
    if (!c)
        return;  // already dropped
    m_clients.remove(c->socket);
    if (!c->room.isEmpty() || c->isSeat) {
        auto open = m_openPerRoom.find(c->budgetKey());
        if (open != m_openPerRoom.end() && --*open <= 0)
            m_openPerRoom.erase(open);
        m_seatClients.removeOne(c);
    }
    if (!c->room.isEmpty()) {
        auto it = m_byRoom.find(c->room);
        if (it != m_byRoom.end()) {
            it->removeOne(c);
            if (it->isEmpty())
                m_byRoom.erase(it);
        }
    }
    const bool wasWelcomed = c->welcomed;
    countUnauthenticated(c, -1);
    c->socket->deleteLater();
    delete c;
    if (wasWelcomed)
        emit connectionsChanged();
}

void ExerciseServer::onText(ServerClient *c, const QString &text)
{
    c->lastInputMs = monotonicMs();
    if (c->closing)
        return;
    if (!c->bucket.take(monotonicMs())) {
        strike(c, QStringLiteral("rate_limited"), QStringLiteral("too many messages; slow down"));
        return;
    }
    if (text.size() > kMaxMessageBytes) {
        strike(c, QStringLiteral("too_large"), QStringLiteral("message too large"));
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        strike(c, QStringLiteral("bad_json"), QStringLiteral("a message is one JSON object"));
        return;
    }
    const QJsonObject m = doc.object();
    const QString type = m.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello"))
        return handleHello(c, m);
    if (!c->welcomed) {
        reject(c, CloseProtocol, QStringLiteral("hello_first"), QStringLiteral("the first message must be hello"));
        return;
    }
    if (type == QLatin1String("act")) {
        auto bucket = m_roomActBuckets.find(c->budgetKey());
        if (bucket == m_roomActBuckets.end())
            bucket = m_roomActBuckets.insert(c->budgetKey(), TokenBucket(m_roomActBurst, m_roomActRate));
        if (!bucket->take(monotonicMs())) {
            strike(c, QStringLiteral("rate_limited"), QStringLiteral("this room sends too many actions; slow down"),
                   m.value(QLatin1String("id")).toString().left(64));
            return;
        }
        return handleAct(c, m);
    }
    if (type == QLatin1String("sync"))
        return handleSync(c, m);
    if (type == QLatin1String("control"))
        return handleControl(c, m);
    if (type == QLatin1String("ping")) {
        send(c, encode({{QStringLiteral("type"), QStringLiteral("pong")},
                        {QStringLiteral("last_seq"), m_exercise.log().lastSeq()}}));
        return;
    }
    strike(c, QStringLiteral("unknown_type"), QStringLiteral("unknown message type \"%1\"").arg(type.left(32)));
}

void ExerciseServer::onEvent(const store::Event &e)
{
    fanOut(e);
    // Paused, resumed, sped up, ended: the rooms' clocks follow at once (serverclock.cpp).
    if (isClockEvent(e))
        broadcastClock();
}

void ExerciseServer::fanOut(const store::Event &e)
{
    fanOutToSeats(e);
    if (m_byRoom.isEmpty())
        return;
    // The audience re-derived by the visibility rule once per event (not trusted from the event,
    // and not recomputed per room: a mail to 1,000 rooms is one derivation, not 1,000).
    const QStringList audience = exercise::audienceOf(m_exercise.scenario(), e.kind, e.actor, e.payload);
    if (audience.isEmpty())
        return;
    QString text;
    const auto deliver = [&](const QList<ServerClient *> &clients) {
        if (clients.isEmpty())
            return;
        if (text.isEmpty())
            text = QString::fromUtf8(encode({{QStringLiteral("type"), QStringLiteral("event")},
                                             {QStringLiteral("event"), eventToJson(e, m_allRooms)}}));
        for (ServerClient *c : clients)
            sendText(c, text);
    };
    if (audience.contains(store::audienceAll())) {
        const auto byRoom = m_byRoom;  // sending never drops a client synchronously; belt and braces
        for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it)
            deliver(it.value());
    } else {
        for (const QString &room : audience)
            deliver(m_byRoom.value(room));
    }
}

}  // namespace cd::net
