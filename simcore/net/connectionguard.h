#pragma once
// A listening socket that a crowd of idle or half-open connections cannot use to lock everyone
// out (docs/protocol.md, "Limits"). Connections not yet authenticated are held to:
//   - a cap per source address and a cap in total (beyond them a connection is closed as soon as
//     it is accepted, before any TLS handshake or parsing);
//   - a deadline: the TLS handshake and a complete request must arrive within `deadlineMs` of
//     the accept, and (when `restartOnResponse`) the next request within `deadlineMs` of the
//     last response written, so a keep-alive connection that goes quiet is closed;
// and when accepting fails (descriptors exhausted) the server stops accepting for a while and
// tries again with back-off instead of spinning on a listening socket that stays readable.
// A connection the owner marks authenticated (authenticate()) leaves both caps and the deadline:
// the caps only bound what a peer without a token can hold open.
//
// Serves plain TCP or, after setTls(), TLS: the sockets it hands out (nextPendingConnection())
// are connected, and encrypted when TLS is on. Runs in the thread that owns it.

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

class QTimer;

namespace cd::net {

struct GuardLimits
{
    int perAddress = 256;    ///< unauthenticated connections from one source address
    int total = 2048;        ///< unauthenticated connections in all
    int deadlineMs = 15000;  ///< handshake + request (see above)
    bool restartOnResponse = true;
};

class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    explicit ConnectionGuard(const GuardLimits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    /// Hands out TLS sockets, encrypted with `config`, from now on.
    void setTls(const QSslConfiguration &config);
    /// The connection from `peer`:`port` proved who it is: it leaves the caps and the deadline.
    void authenticate(const QHostAddress &peer, quint16 port);

    int unauthenticated() const { return int(m_tracked.size()); }
    int unauthenticatedFrom(const QHostAddress &peer) const { return m_perAddress.value(peer); }
    /// Connections closed at accept because a cap was reached, since construction.
    qint64 refused() const { return m_refused; }
    /// Connections closed because their deadline passed, since construction.
    qint64 expired() const { return m_expired; }
    /// Accept failures (e.g. no descriptor left) after which accepting paused, since construction.
    qint64 acceptFailures() const { return m_acceptFailures; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Tracked
    {
        QHostAddress peer;
        quint16 port = 0;
        qint64 deadline = 0;  ///< monotonic ms
    };
    void track(QTcpSocket *socket, const QHostAddress &peer, quint16 port);
    void untrack(QObject *socket);
    void sweep();
    void onAcceptError();

    GuardLimits m_limits;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    QHash<QObject *, Tracked> m_tracked;  ///< unauthenticated sockets
    QHash<QHostAddress, int> m_perAddress;
    QTimer *m_sweep = nullptr;
    QTimer *m_resume = nullptr;
    int m_backoffMs = 0;
    qint64 m_refused = 0;
    qint64 m_expired = 0;
    qint64 m_acceptFailures = 0;
};

}  // namespace cd::net
