#include "net/connectionguard.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace cd::net {

namespace {

qint64 nowMs()
{
    static const QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}

constexpr int kFirstBackoffMs = 50;

/// 127.0.0.1 whether it arrived on an IPv4 or a dual-stack socket (::ffff:127.0.0.1).
QHostAddress normalised(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip) : a;
}
constexpr int kMaxBackoffMs = 2000;

}  // namespace

ConnectionGuard::ConnectionGuard(const GuardLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_sweep(new QTimer(this)), m_resume(new QTimer(this))
{
    m_sweep->setInterval(std::clamp(m_limits.deadlineMs / 4, 10, 1000));
    connect(m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep->start();
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, [this] { resumeAccepting(); });
    // QTcpServer pauses accepting on a failure that is not temporary (EMFILE, ENFILE, ENOBUFS)
    // and would never resume; a listening socket left readable would otherwise be polled hot.
    connect(this, &QTcpServer::acceptError, this, &ConnectionGuard::onAcceptError);
    setMaxPendingConnections(1000);
}

ConnectionGuard::~ConnectionGuard()
{
    // The sockets may outlive us (an HTTP server or a WebSocket adopted them): stop listening
    // for their destruction.
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

void ConnectionGuard::setTls(const QSslConfiguration &config)
{
    m_tls = true;
    m_ssl = config;
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    m_backoffMs = 0;
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = normalised(socket->peerAddress());
    if (int(m_tracked.size()) >= m_limits.total || m_perAddress.value(peer) >= m_limits.perAddress) {
        ++m_refused;
        socket->abort();
        delete socket;  // closes the descriptor now: nothing of it is kept
        return;
    }
    track(socket, peer, socket->peerPort());
    if (!m_tls) {
        addPendingConnection(socket);
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    ssl->setSslConfiguration(m_ssl);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl] { addPendingConnection(ssl); });
    connect(ssl, &QSslSocket::errorOccurred, ssl, [ssl] { ssl->deleteLater(); });
    connect(ssl, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), ssl, [ssl] { ssl->abort(); });
    ssl->startServerEncryption();
}

void ConnectionGuard::track(QTcpSocket *socket, const QHostAddress &peer, quint16 port)
{
    m_tracked.insert(socket, Tracked{peer, port, nowMs() + m_limits.deadlineMs});
    ++m_perAddress[peer];
    connect(socket, &QObject::destroyed, this, &ConnectionGuard::untrack);
    if (m_limits.restartOnResponse) {
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            auto it = m_tracked.find(socket);
            if (it != m_tracked.end() && socket->bytesToWrite() == 0)
                it->deadline = nowMs() + m_limits.deadlineMs;
        });
    }
}

void ConnectionGuard::untrack(QObject *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    const auto count = m_perAddress.find(it->peer);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
    m_tracked.erase(it);
}

void ConnectionGuard::authenticate(const QHostAddress &peer, quint16 port)
{
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (it->port == port && it->peer == normalised(peer)) {
            QObject *socket = it.key();
            disconnect(socket, nullptr, this, nullptr);
            untrack(socket);
            return;
        }
    }
}

void ConnectionGuard::sweep()
{
    const qint64 now = nowMs();
    QList<QTcpSocket *> late;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it)
        if (it->deadline <= now)
            late << static_cast<QTcpSocket *>(it.key());
    for (QTcpSocket *socket : late) {
        ++m_expired;
        disconnect(socket, nullptr, this, nullptr);
        untrack(socket);
        socket->abort();  // its owner (us, the HTTP server or the WebSocket) deletes it on disconnect
        if (socket->parent() == this)
            socket->deleteLater();
    }
}

void ConnectionGuard::onAcceptError()
{
    ++m_acceptFailures;
    pauseAccepting();
    m_backoffMs = std::min(kMaxBackoffMs, m_backoffMs == 0 ? kFirstBackoffMs : m_backoffMs * 2);
    m_resume->start(m_backoffMs);
}

}  // namespace cd::net
