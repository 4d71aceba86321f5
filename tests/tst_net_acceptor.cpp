// The exercise server's accepted sockets write straight to the kernel (net/socketacceptor.h):
// a message the kernel takes whole leaves nothing in Qt's write buffer (which would keep a
// 32 KiB block per idle connection, the memory issue of the seats benchmark), and what the
// kernel does not take is queued and still arrives whole and in order, also behind a peer
// that stops reading for a while, over raw TCP and over WebSocket.
#include "net/socketacceptor.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <unistd.h>

#include <arpa/inet.h>
#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>

using cd::net::SocketAcceptor;

namespace {

/// `size` bytes of a pattern that differs at every offset of a message and between messages.
QByteArray pattern(int message, qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 131 + message * 17 + i / 251) & 0xff);
    return b;
}

/// A listening acceptor and, once a client connected, the server's end of that connection.
struct Served
{
    SocketAcceptor acceptor{[this](QTcpSocket *s) { socket.reset(s); }};
    std::unique_ptr<QTcpSocket> socket;
    QTcpSocket client;

    bool connect()
    {
        if (!acceptor.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, acceptor.serverPort());
        return client.waitForConnected(3000) && QTest::qWaitFor([this] { return socket != nullptr; }, 3000);
    }
};

/// Reads from `s` until `size` bytes came (or 20 s passed).
QByteArray readAll(QTcpSocket &s, qsizetype size)
{
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += s.readAll();
            return got.size() >= size;
        },
        20000);
    return got;
}

}  // namespace

class TestNetAcceptor : public QObject
{
    Q_OBJECT

private slots:
    void takenWholeByTheKernel_data();
    void takenWholeByTheKernel();
    void wholeAndInOrder_data();
    void wholeAndInOrder();
    void peerGone();
    void socketOptions();
    void closeReachesAPeerStillSending();
    void webSocketMessages();
};

void TestNetAcceptor::takenWholeByTheKernel_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("a clock message") << 120;
    QTest::newRow("a room's welcome (1,000 rooms)") << 28164;
    QTest::newRow("a seat's welcome (the scenario)") << 140000;
}

void TestNetAcceptor::takenWholeByTheKernel()
{
    QFETCH(int, size);
    Served s;
    QVERIFY(s.connect());
    const QByteArray message = pattern(1, size);
    QCOMPARE(s.socket->write(message), qint64(size));
    // Nothing waits in Qt's buffer: it went to the kernel in the call. A socket QTcpServer
    // accepts itself keeps it all queued until the event loop runs (the control below).
    QCOMPARE(s.socket->bytesToWrite(), qint64(0));
    QCOMPARE(readAll(s.client, size), message);

    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, plain.serverPort());
    QVERIFY(client.waitForConnected(3000));
    QVERIFY(QTest::qWaitFor([&] { return plain.hasPendingConnections(); }, 3000));
    std::unique_ptr<QTcpSocket> buffered(plain.nextPendingConnection());
    QCOMPARE(buffered->write(message), qint64(size));
    QCOMPARE(buffered->bytesToWrite(), qint64(size));
}

void TestNetAcceptor::wholeAndInOrder_data()
{
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("readerPauses");  // the client reads only after every write
    QTest::newRow("500 small, read as they come") << 500 << 300 << false;
    QTest::newRow("500 small, reader paused") << 500 << 300 << true;
    QTest::newRow("one beyond the send buffer, paused") << 1 << 3 * 1024 * 1024 << true;
    QTest::newRow("4 of 1 MiB, paused") << 4 << 1024 * 1024 << true;
    QTest::newRow("4 of 1 MiB, read as they come") << 4 << 1024 * 1024 << false;
}

void TestNetAcceptor::wholeAndInOrder()
{
    QFETCH(int, messages);
    QFETCH(int, size);
    QFETCH(bool, readerPauses);
    Served s;
    QVERIFY(s.connect());
    QByteArray expected;
    QByteArray got;
    for (int m = 0; m < messages; ++m) {
        const QByteArray message = pattern(m, size);
        expected += message;
        QCOMPARE(s.socket->write(message), qint64(size));
        if (!readerPauses) {
            QTest::qWait(0);
            got += s.client.readAll();
        }
    }
    if (readerPauses && qint64(expected.size()) > 4 * SocketAcceptor::kSendBufferBytes)
        QVERIFY2(s.socket->bytesToWrite() > 0, "more than the kernel holds: the rest is queued");
    got += readAll(s.client, expected.size() - got.size());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QVERIFY(QTest::qWaitFor([&] { return s.socket->bytesToWrite() == 0; }, 3000));
    // And what comes after a queue that drained goes straight out again.
    QCOMPARE(s.socket->write("tail"), qint64(4));
    QCOMPARE(s.socket->bytesToWrite(), qint64(0));
    QCOMPARE(readAll(s.client, 4), QByteArray("tail"));
}

void TestNetAcceptor::peerGone()
{
    Served s;
    QVERIFY(s.connect());
    bool disconnected = false;
    QObject::connect(s.socket.get(), &QTcpSocket::disconnected, [&] { disconnected = true; });
    s.client.abort();
    // Writing to a peer that reset the connection: no crash, no signal lost; the socket goes.
    for (int i = 0; i < 20 && !disconnected; ++i) {
        s.socket->write(pattern(i, 64 * 1024));
        QTest::qWait(20);
    }
    QVERIFY(QTest::qWaitFor([&] { return disconnected; }, 5000));
    QCOMPARE(s.socket->state(), QAbstractSocket::UnconnectedState);
}

void TestNetAcceptor::socketOptions()
{
    Served s;
    QVERIFY(s.connect());
    const int fd = int(s.socket->socketDescriptor());
    int value = 0;
    socklen_t length = sizeof value;
    // A frame's header and payload are two sends: Nagle's algorithm must not hold the payload.
    QCOMPARE(::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &length), 0);
    QVERIFY(value != 0);
    // Room for a welcome (Linux reports twice what was asked, capped by net.core.wmem_max).
    length = sizeof value;
    QCOMPARE(::getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &value, &length), 0);
    QVERIFY2(value >= 140000, qPrintable(QString::number(value)));
}

// Closing while the peer's data is unread: everything sent reaches it, then an orderly end
// (FIN), not a reset, which a QWebSocket peer acts on before the data it holds, so it missed the
// server's error and close frame (tst_net_security's flood; net/lingeringclose.h). The peer here
// is a plain blocking socket, so an end by reset shows as ECONNRESET instead of end of stream.
void TestNetAcceptor::closeReachesAPeerStillSending()
{
    std::unique_ptr<QTcpSocket> socket;
    SocketAcceptor acceptor([&socket](QTcpSocket *s) { socket.reset(s); });
    QVERIFY(acceptor.listen(QHostAddress::LocalHost, 0));
    const int peer = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(peer >= 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(acceptor.serverPort());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(peer, reinterpret_cast<sockaddr *>(&to), sizeof to), 0);
    QVERIFY(QTest::qWaitFor([&] { return socket != nullptr; }, 3000));
    // The peer sends; the server has not read it (this thread's loop has not run since).
    const QByteArray flood = pattern(0, 64 * 1024);
    QCOMPARE(::send(peer, flood.constData(), size_t(flood.size()), 0), ssize_t(flood.size()));
    QByteArray expected;
    for (int i = 0; i < 50; ++i)
        expected += pattern(i, 80);
    expected += "the close frame";
    QCOMPARE(socket->write(expected), qint64(expected.size()));
    socket->close();
    QByteArray got;
    char buffer[4096];
    ssize_t n = 0;
    timeval wait{5, 0};
    ::setsockopt(peer, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    while ((n = ::recv(peer, buffer, sizeof buffer, 0)) > 0) {
        got += QByteArray(buffer, int(n));
        QTest::qWait(0);  // the server's loop runs too (the lingering close reads the flood)
    }
    const int error = n < 0 ? errno : 0;
    ::close(peer);
    QVERIFY(got == expected);
    QCOMPARE(n, ssize_t(0));  // end of stream, not ECONNRESET (104)
    QCOMPARE(error, 0);
}

void TestNetAcceptor::webSocketMessages()
{
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    SocketAcceptor acceptor([&server](QTcpSocket *socket) { server.handleConnection(socket); });
    QVERIFY(acceptor.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<QWebSocket> served;
    QObject::connect(&server, &QWebSocketServer::newConnection, [&] { served.reset(server.nextPendingConnection()); });

    QWebSocket client;
    client.setMaxAllowedIncomingMessageSize(8 * 1024 * 1024);
    client.setMaxAllowedIncomingFrameSize(8 * 1024 * 1024);
    QStringList received;
    QObject::connect(&client, &QWebSocket::textMessageReceived, [&](const QString &t) { received << t; });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/room/r").arg(acceptor.serverPort())));
    QVERIFY(QTest::qWaitFor([&] { return served != nullptr; }, 5000));
    QCOMPARE(served->requestUrl().path(), QStringLiteral("/room/r"));

    const QStringList sent{QStringLiteral("welcome ") + QString(28000, QLatin1Char('w')), QStringLiteral("clock"),
                           QString(2 * 1024 * 1024, QLatin1Char('e')),
                           QStringLiteral("event 3 ") + QStringLiteral("状況付与")};
    for (const QString &t : sent)
        served->sendTextMessage(t);
    QVERIFY(QTest::qWaitFor([&] { return received.size() == sent.size(); }, 20000));
    QCOMPARE(received, sent);

    QString back;
    QObject::connect(served.get(), &QWebSocket::textMessageReceived, [&](const QString &t) { back = t; });
    client.sendTextMessage(QStringLiteral("hello"));
    QVERIFY(QTest::qWaitFor([&] { return back == QLatin1String("hello"); }, 5000));
    bool closed = false;
    QObject::connect(&client, &QWebSocket::disconnected, [&] { closed = true; });
    served->close(QWebSocketProtocol::CloseCode(4010), QStringLiteral("stopping"));
    QVERIFY(QTest::qWaitFor([&] { return closed; }, 5000));
    QCOMPARE(int(client.closeCode()), 4010);
}

QTEST_GUILESS_MAIN(TestNetAcceptor)
#include "tst_net_acceptor.moc"
