#pragma once
// The exercise server's listening socket for plain TCP (docs/protocol.md, "Memory"): accepts
// each connection as a socket that writes straight to the kernel when nothing is queued, and
// hands it to QWebSocketServer::handleConnection().
//
// Why: Qt's socket write buffer keeps its last block (32 KiB) for reuse once written, for the
// life of the connection, and every message passes through it. The handshake and the welcome
// (~28 KB with a room's directory) filled that block, so each idle room connection held 32 KiB
// it no longer needed: two thirds of what a connection cost. Sent directly, only what the
// kernel does not take at once is buffered (a slow or stalled peer), and the send buffer asked
// for here is large enough that a welcome is taken whole. TCP_NODELAY is set, as a frame's
// header and payload are two sends. QIODevice::Unbuffered does not do
// this for an accepted socket: Qt honours it only on connectToHost().

#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace cd::net {

class SocketAcceptor final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketAcceptor)

public:
    /// `handOver` receives each accepted, connected socket (parented to nothing).
    explicit SocketAcceptor(std::function<void(QTcpSocket *)> handOver, QObject *parent = nullptr);

    /// The kernel send buffer asked for each accepted socket (SO_SNDBUF; Linux doubles it and
    /// caps it at net.core.wmem_max): room for a welcome, so it needs no buffer of ours.
    static constexpr int kSendBufferBytes = 256 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(QTcpSocket *)> m_handOver;
};

}  // namespace cd::net
