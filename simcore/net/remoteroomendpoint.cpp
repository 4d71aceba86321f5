#include "net/remoteroomendpoint.h"

#include "net/protocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace cd::net {

RemoteRoomEndpoint::RemoteRoomEndpoint(const QUrl &url, const QString &name, QObject *parent)
    : QObject(parent), m_url(url), m_name(name),
      m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this)), m_retry(new QTimer(this)),
      m_clockTick(new QTimer(this))
{
    setTimeSource({});
    m_clockTick->setInterval(1000);
    connect(m_clockTick, &QTimer::timeout, this, &RemoteRoomEndpoint::tickClock);
    QString token;
    if (!parseJoinUrl(url.toString(), &m_room, &token))
        parseSeatUrl(url.toString(), &m_seat, &token);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &RemoteRoomEndpoint::connectNow);
    connect(m_socket, &QWebSocket::connected, this, &RemoteRoomEndpoint::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &RemoteRoomEndpoint::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RemoteRoomEndpoint::onText);
    // A failed connection attempt may end without disconnected(): look once the error settles.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    });
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
}

RemoteRoomEndpoint::~RemoteRoomEndpoint()
{
    m_wanted = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void RemoteRoomEndpoint::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration config = m_socket->sslConfiguration();
    config.addCaCertificates(certificates);
    m_socket->setSslConfiguration(config);
}

void RemoteRoomEndpoint::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = std::max(1, initialMs);
    m_maxBackoffMs = std::max(m_initialBackoffMs, maxMs);
    m_backoffMs = m_initialBackoffMs;
}

int RemoteRoomEndpoint::reconnectInMs() const
{
    return m_retry->isActive() ? m_retry->remainingTime() : -1;
}

void RemoteRoomEndpoint::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void RemoteRoomEndpoint::open()
{
    if (m_room.isEmpty() && m_seat.isEmpty()) {
        m_lastError = QStringLiteral("not a join URL (ws://HOST:PORT/room/ROOM?token=TOKEN or /seat/SEAT?token=TOKEN)");
        setState(State::Closed);
        return;
    }
    m_wanted = true;
    m_final = false;
    setState(State::Connecting);
    connectNow();
}

void RemoteRoomEndpoint::close()
{
    m_wanted = false;
    m_retry->stop();
    m_socket->close();
    setState(State::Closed);
}

void RemoteRoomEndpoint::simulateDrop()
{
    m_socket->abort();
}

void RemoteRoomEndpoint::connectNow()
{
    if (!m_wanted)
        return;
    if (m_state == State::Closed)
        setState(State::Connecting);
    m_socket->abort();
    m_socket->open(m_url);
}

void RemoteRoomEndpoint::onConnected()
{
    // Every connection starts with hello: resume after the last event we hold.
    m_socket->sendTextMessage(QString::fromUtf8(encode({{QStringLiteral("type"), QStringLiteral("hello")},
                                                        {QStringLiteral("protocol"), kProtocolVersion},
                                                        {QStringLiteral("name"), m_name},
                                                        {QStringLiteral("since"), m_lastSeq}})));
}

QString RemoteRoomEndpoint::send(const QJsonObject &action)
{
    if (m_state != State::Connected)
        return {};
    const QString id = QStringLiteral("a%1").arg(m_nextId++);
    m_socket->sendTextMessage(QString::fromUtf8(encode({{QStringLiteral("type"), QStringLiteral("act")},
                                                        {QStringLiteral("id"), id},
                                                        {QStringLiteral("action"), action}})));
    return id;
}

QString RemoteRoomEndpoint::sendControl(const QString &op, const QJsonValue &speed)
{
    if (m_state != State::Connected || m_seat.isEmpty())
        return {};
    const QString id = QStringLiteral("c%1").arg(m_nextId++);
    QJsonObject m{
        {QStringLiteral("type"), QStringLiteral("control")}, {QStringLiteral("id"), id}, {QStringLiteral("op"), op}};
    if (!speed.isUndefined() && !speed.isNull())
        m.insert(QStringLiteral("speed"), speed);
    m_socket->sendTextMessage(QString::fromUtf8(encode(m)));
    return id;
}

exercise::Outcome RemoteRoomEndpoint::perform(const QJsonObject &action)
{
    if (action.isEmpty())
        return exercise::Outcome::refused(QStringLiteral("an empty action"));
    if (send(action).isEmpty())
        return exercise::Outcome::refused(
            QStringLiteral("not connected to the exercise server; try again once reconnected"));
    return exercise::Outcome{true, QString(), 0};  // sent; the verdict comes back as events
}

std::vector<store::Event> RemoteRoomEndpoint::eventsSince(qint64 afterSeq)
{
    const auto first = std::upper_bound(m_events.begin(), m_events.end(), afterSeq,
                                        [](qint64 seq, const store::Event &e) { return seq < e.seq; });
    return {first, m_events.end()};
}

void RemoteRoomEndpoint::subscribe(EventHandler handler)
{
    m_handlers.push_back(std::move(handler));
}

void RemoteRoomEndpoint::take(const store::Event &e)
{
    if (e.seq <= m_lastSeq)
        return;  // already held (a replay overlapping what arrived live)
    m_lastSeq = e.seq;
    m_events.push_back(e);
    for (const EventHandler &h : m_handlers)
        h(e);
    emit eventReceived(e);
}

void RemoteRoomEndpoint::onText(const QString &text)
{
    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = m.value(QLatin1String("type")).toString();
    if (type == QLatin1String("event")) {
        if (const auto e = eventFromJson(m.value(QLatin1String("event")).toObject(), m_allRooms))
            take(*e);
    } else if (type == QLatin1String("events")) {
        for (const QJsonValue &v : m.value(QLatin1String("events")).toArray())
            if (const auto e = eventFromJson(v.toObject(), m_allRooms))
                take(*e);
    } else if (type == QLatin1String("welcome")) {
        m_roomName = m.value(QLatin1String("room_name")).toString();
        m_welcomeMinute = m.value(QLatin1String("minute")).toInt();
        m_backoffMs = m_initialBackoffMs;
        m_lastError.clear();
        m_serverClose = 0;
        m_lastErrorCode.clear();
        const bool first = !m_directory && m_seatWelcome.isEmpty();
        if (first && !m_seat.isEmpty()) {
            if (m.value(QLatin1String("seat")).toString() != m_seat) {
                m_lastError = QStringLiteral("the server sent another seat's welcome");
                close();
                return;
            }
            m_seatWelcome = m;
            // The rooms in scenario order, as the server abbreviates "every room" (roomIdList).
            QStringList rooms;
            for (const QJsonValue &r :
                 m.value(QLatin1String("scenario")).toObject().value(QLatin1String("rooms")).toArray())
                rooms << r.toObject().value(QLatin1String("id")).toString();
            const QJsonObject dirs = m.value(QLatin1String("directories")).toObject();
            if (rooms.isEmpty() && !dirs.isEmpty()) {
                QString error;
                if (const auto d = exercise::RoomDirectory::fromJson(dirs.begin()->toObject(), &error))
                    rooms = d->roomIds();
            }
            m_allRooms = roomIdList(rooms);
        } else if (first) {
            QString error;
            m_directory = exercise::RoomDirectory::fromJson(m.value(QLatin1String("directory")).toObject(), &error);
            if (!m_directory || m_directory->room != m_room) {
                m_directory.reset();
                m_lastError = error.isEmpty() ? QStringLiteral("the server sent another room's directory") : error;
                close();
                return;
            }
            m_allRooms = roomIdList(m_directory->roomIds());
        }
        setState(State::Connected);
        if (first)
            emit welcomed();
        takeClock(m.value(QLatin1String("clock")));
    } else if (type == QLatin1String("clock")) {
        takeClock(m);
    } else if (type == QLatin1String("presence")) {
        QStringList rooms, seats;
        for (const QJsonValue &v : m.value(QLatin1String("rooms")).toArray())
            rooms << v.toString();
        for (const QJsonValue &v : m.value(QLatin1String("seats")).toArray())
            seats << v.toString();
        emit presenceChanged(rooms, m.value(QLatin1String("of_rooms")).toInt(), seats);
    } else if (type == QLatin1String("synced")) {
        emit synced();
    } else if (type == QLatin1String("result")) {
        emit resultReceived(m.value(QLatin1String("id")).toString(), m.value(QLatin1String("ok")).toBool(),
                            m.value(QLatin1String("message")).toString(), m.value(QLatin1String("seq")).toInteger());
    } else if (type == QLatin1String("error")) {
        m_lastError = m.value(QLatin1String("message")).toString();
        m_lastErrorCode = m.value(QLatin1String("code")).toString();
        const QString id = m.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            emit resultReceived(id, false, m_lastError, 0);
        emit serverError(m.value(QLatin1String("code")).toString(), m_lastError);
    }
}

void RemoteRoomEndpoint::onDisconnected()
{
    if (m_retry->isActive() || m_state == State::Closed)
        return;  // already handled (disconnected and an error both report one drop)
    const int code = int(m_socket->closeCode());
    // The server closed with one of the protocol's codes: its reason says why (the socket's own
    // error string would be "Unknown error").
    const bool byServer = code >= 4000 && code <= 4999;
    if (byServer)
        m_serverClose = code;
    if (isFinalClose(code)) {
        m_final = true;
        if (m_lastError.isEmpty())
            m_lastError = m_socket->closeReason();
    } else if (byServer && !m_socket->closeReason().isEmpty()) {
        m_lastError = m_socket->closeReason();
    } else if (m_lastError.isEmpty() || m_state == State::Connected) {
        m_lastError = m_socket->errorString();
    }
    if (!m_wanted || m_final) {
        m_wanted = false;
        setState(State::Closed);
        return;
    }
    scheduleReconnect();
}

void RemoteRoomEndpoint::scheduleReconnect()
{
    ++m_reconnects;
    // Jitter (+-20%) keeps thousands of clients from reconnecting in lockstep after a restart.
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 5 * 2 + 1)) - m_backoffMs / 5;
    m_retry->start(std::max(1, m_backoffMs + jitter));
    m_backoffMs = std::min(m_maxBackoffMs, m_backoffMs * 2);
    setState(State::Reconnecting);  // after start(): reconnectInMs() is already known
}

void RemoteRoomEndpoint::setTimeSource(std::function<qint64()> nowMs)
{
    if (!nowMs) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        nowMs = [timer] { return timer->elapsed(); };
    }
    m_now = std::move(nowMs);
    m_clockAt = m_now();
}

int RemoteRoomEndpoint::exerciseMinute() const
{
    if (!m_clock)
        return m_welcomeMinute;
    return m_clock->minuteAfter(m_now() - m_clockAt);
}

void RemoteRoomEndpoint::takeClock(const QJsonValue &clock)
{
    const std::optional<ClockInfo> c = ClockInfo::fromJson(clock.toObject());
    if (!c)
        return;  // a server without clock messages: the window's clock follows events
    m_clock = c;
    m_clockAt = m_now();
    if (!m_clockTick->isActive())
        m_clockTick->start();
    tickClock();
}

void RemoteRoomEndpoint::tickClock()
{
    const int minute = exerciseMinute();
    const int state = m_clock ? int(m_clock->state) : -1;
    if (minute == m_shownMinute && state == m_shownState)
        return;
    m_shownMinute = minute;
    m_shownState = state;
    emit clockChanged(minute);
}

}  // namespace cd::net
