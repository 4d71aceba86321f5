#include "net/socketacceptor.h"

#include "net/lingeringclose.h"

#include <QPointer>
#include <QTcpSocket>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace cd::net {

namespace {

/// A TCP socket whose writes go to the kernel at once while nothing is queued; what the kernel
/// does not take (and everything after it, to keep the order) goes through Qt's write buffer.
class DirectWriteSocket final : public QTcpSocket
{
public:
    /// `lingerOwner` keeps the connections that are closing gracefully (lingeringclose.h).
    explicit DirectWriteSocket(QObject *lingerOwner) : m_lingerOwner(lingerOwner) {}

    void disconnectFromHost() override
    {
        // Nothing queued in Qt: everything is with the kernel, and Qt would close the descriptor
        // now, with the peer's input perhaps unread. End it gracefully instead.
        if (state() == ConnectedState && bytesToWrite() == 0 && m_lingerOwner)
            lingeringClose(int(socketDescriptor()), m_lingerOwner);
        QTcpSocket::disconnectFromHost();
    }

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        qint64 sent = 0;
        if (size > 0 && bytesToWrite() == 0 && state() == ConnectedState) {
            ssize_t n;
            do
                n = ::send(int(socketDescriptor()), data, size_t(size), MSG_DONTWAIT | MSG_NOSIGNAL);
            while (n < 0 && errno == EINTR);
            // On an error (EAGAIN, a reset peer) it is all handed to Qt, which reports the error
            // through the socket's usual signals when it tries to write.
            sent = n > 0 ? qint64(n) : 0;
        }
        if (sent == size)
            return size;
        const qint64 queued = QTcpSocket::writeData(data + sent, size - sent);
        return queued < 0 ? (sent > 0 ? sent : queued) : sent + queued;
    }

private:
    QPointer<QObject> m_lingerOwner;
};

}  // namespace

SocketAcceptor::SocketAcceptor(std::function<void(QTcpSocket *)> handOver, QObject *parent)
    : QTcpServer(parent), m_handOver(std::move(handOver))
{}

void SocketAcceptor::incomingConnection(qintptr descriptor)
{
    // Before Qt sees it. Should it fail, the kernel's autotuned size holds and a welcome is
    // partly queued: more memory, nothing lost.
    const int bytes = kSendBufferBytes;
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
    // QWebSocket writes a frame's header and its payload in two writes, which now reach the
    // kernel as two sends: without this, Nagle's algorithm would hold each payload back until
    // the peer acknowledged its header, a round trip per message on a real network.
    const int on = 1;
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    auto *socket = new DirectWriteSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;  // closes the descriptor
        return;
    }
    m_handOver(socket);
}

}  // namespace cd::net
