// Connections without a token cannot lock everyone out (issue: idle sockets held until the
// server's descriptors ran out): the web portal caps connections per source address and in
// total and closes those that do not send a request in time, also after a keep-alive response;
// the WebSocket port caps connections that have not said hello, and rooms that did are not
// counted; when accepting fails for want of descriptors, both resume once descriptors are free.
#include "net/connectionguard.h"
#include "net/tlsfiles.h"
#include "net/webportal.h"
#include "netfixture.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <fcntl.h>

#include <sys/resource.h>

using namespace netfixture;

namespace {

/// A raw TCP peer, optionally from another loopback address (127.0.0.0/8 is all local).
std::unique_ptr<QTcpSocket> peer(quint16 port, const QString &from = QStringLiteral("127.0.0.1"))
{
    auto s = std::make_unique<QTcpSocket>();
    if (!s->bind(QHostAddress(from), 0))
        return nullptr;
    s->connectToHost(QHostAddress::LocalHost, port);
    if (!s->waitForConnected(3000))
        return nullptr;
    return s;
}

/// Whether the server closed `s` within `ms` (read end reached).
bool closedBy(QTcpSocket &s, int ms)
{
    return QTest::qWaitFor([&s] { return s.state() == QAbstractSocket::UnconnectedState; }, ms);
}

QByteArray get(QTcpSocket &s, const QByteArray &path)
{
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    (void)QTest::qWaitFor(
        [&] {
            reply += s.readAll();
            return reply.contains("\r\n\r\n");
        },
        3000);
    return reply;
}

}  // namespace

class TestNetGuard : public QObject
{
    Q_OBJECT

private:
    Served m_s;

    std::unique_ptr<cd::net::WebPortal> portal(const cd::net::GuardLimits &limits)
    {
        auto p = std::make_unique<cd::net::WebPortal>(*m_s.server);
        p->setLimits(limits);
        QString error;
        if (!p->listen(QHostAddress::Any, 0, &error))
            return nullptr;
        return p;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_s.start(&error), qPrintable(error));
    }

    void capsPerAddressAndTotal_data()
    {
        QTest::addColumn<int>("perAddress");
        QTest::addColumn<int>("total");
        QTest::newRow("per address") << 3 << 100;
        QTest::newRow("total") << 100 << 3;
    }
    void capsPerAddressAndTotal()
    {
        QFETCH(int, perAddress);
        QFETCH(int, total);
        auto p = portal({perAddress, total, 60000, true});
        QVERIFY(p);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(peer(p->port()));
            QVERIFY(held.back());
        }
        QVERIFY(QTest::qWaitFor([&] { return p->guard()->unauthenticated() == 3; }, 3000));
        // The next connection from the same address is closed at once, without an answer.
        auto extra = peer(p->port());
        QVERIFY(extra);
        QVERIFY(closedBy(*extra, 3000));
        QCOMPARE(p->guard()->refused(), 1);
        for (const auto &s : held)
            QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
        // Another address gets through while only the per-address cap is reached.
        auto other = peer(p->port(), QStringLiteral("127.0.0.2"));
        QVERIFY(other);
        const QByteArray reply = get(*other, "/room/op-a/");
        if (total > 3)
            QVERIFY2(reply.startsWith("HTTP/1.1 401"), reply.constData());
        else
            QCOMPARE(reply, QByteArray());
        // Freeing one slot lets the same address in again.
        held.front()->disconnectFromHost();
        held.erase(held.begin());
        QVERIFY(QTest::qWaitFor([&] { return p->guard()->unauthenticatedFrom(QHostAddress::LocalHost) == 2; }, 3000));
        auto again = peer(p->port());
        QVERIFY(again);
        QVERIFY(get(*again, "/room/op-a/").startsWith("HTTP/1.1 401"));
    }

    void deadline_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<int>("trickleMs");
        QTest::newRow("idle, nothing sent") << QByteArray() << 0;
        QTest::newRow("headers never finished") << QByteArray("GET /room/ops/ HTTP/1.1\r\nHost: x\r\n") << 0;
        QTest::newRow("one byte at a time (slowloris)") << QByteArray("GET /room/ops/ HTTP/1.1\r\nX-a: b") << 100;
        QTest::newRow("quiet after a keep-alive response")
            << QByteArray("GET /room/ops/ HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    }
    void deadline()
    {
        QFETCH(QByteArray, sent);
        QFETCH(int, trickleMs);
        auto p = portal({100, 100, 700, true});
        QVERIFY(p);
        auto s = peer(p->port());
        QVERIFY(s);
        QElapsedTimer t;
        t.start();
        if (trickleMs == 0) {
            s->write(sent);
        } else {
            for (char ch : sent) {
                if (s->state() != QAbstractSocket::ConnectedState)
                    break;
                s->write(&ch, 1);
                QTest::qWait(trickleMs);
            }
        }
        QVERIFY(closedBy(*s, 5000));
        QCOMPARE_GE(t.elapsed(), 600);
        QCOMPARE(p->guard()->expired(), 1);
        QCOMPARE(p->guard()->unauthenticated(), 0);
    }

    void tlsPortalAnswersAndHoldsTheSameCaps()
    {
        QSslConfiguration tls;
        QString error;
        QVERIFY2(cd::net::loadTlsFiles(CROSSDRILL_TEST_DATA "/net/test-cert.pem",
                                       CROSSDRILL_TEST_DATA "/net/test-key.pem", &tls, &error),
                 qPrintable(error));
        auto p = std::make_unique<cd::net::WebPortal>(*m_s.server);
        p->setTls(tls);
        p->setLimits({1, 10, 60000, true});
        QVERIFY2(p->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QSslSocket s;
        connect(&s, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), &s,
                [&s] { s.ignoreSslErrors(); });  // self-signed test certificate
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), p->port());
        QVERIFY(QTest::qWaitFor([&s] { return s.isEncrypted(); }, 5000));
        QVERIFY(get(s, "/room/op-a/").startsWith("HTTP/1.1 401"));
        // The cap holds before any handshake: a second connection from the address is closed.
        auto extra = peer(p->port());
        QVERIFY(extra);
        QVERIFY(closedBy(*extra, 3000));
        QCOMPARE(p->guard()->refused(), 1);
    }

    void webSocketCapsOnlyConnectionsBeforeHello()
    {
        m_s.server->setUnauthenticatedLimits(2, 100);
        const QString url = m_s.url(QStringLiteral("op-a"));
        RawPeer a(url), b(url);
        QVERIFY(a.waitConnected());
        QVERIFY(b.waitConnected());
        QVERIFY(QTest::qWaitFor([&] { return m_s.server->unauthenticatedCount() == 2; }, 3000));
        RawPeer c(url);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, int(cd::net::CloseShutdown));
        QCOMPARE(c.waitFor("error").value("code").toString(), QStringLiteral("busy"));
        // A room that said hello leaves the count: the next one is let in.
        a.hello();
        QVERIFY(!a.waitFor("welcome").isEmpty());
        QCOMPARE(m_s.server->unauthenticatedCount(), 1);
        RawPeer d(url);
        QVERIFY(d.waitConnected());
        d.hello();
        QVERIFY(!d.waitFor("welcome").isEmpty());
        m_s.server->setUnauthenticatedLimits(cd::net::kMaxUnauthenticatedPerAddress, cd::net::kMaxUnauthenticated);
    }

    void roomTokenCapsItsConnections()
    {
        m_s.server->setMaxConnectionsPerRoom(2);
        const QString url = m_s.url(QStringLiteral("op-b"));
        RawPeer a(url), b(url);
        a.hello();
        b.hello();
        QVERIFY(!a.waitFor("welcome").isEmpty());
        QVERIFY(!b.waitFor("welcome").isEmpty());
        RawPeer c(url);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, int(cd::net::CloseRoomFull));
        // Another room is not affected.
        RawPeer other(m_s.url(QStringLiteral("mic")));
        other.hello();
        QVERIFY(!other.waitFor("welcome").isEmpty());
        // Closing one frees its place.
        a.socket.close();
        QVERIFY(a.waitClosed());
        QVERIFY(QTest::qWaitFor([&] { return m_s.server->connectionCount(QStringLiteral("op-b")) == 1; }, 3000));
        RawPeer d(url);
        d.hello();
        QVERIFY(!d.waitFor("welcome").isEmpty());
        m_s.server->setMaxConnectionsPerRoom(cd::net::kMaxConnectionsPerRoom);
    }

    void roomConnectionsShareOneActionBudget()
    {
        // Three connections of one room send 8 acts each (each within its own connection's
        // budget) against a room budget of 10 that does not refill during the test: 10 are
        // recorded, 14 refused, and the refused ones record nothing.
        m_s.server->setRoomActBudget(10, 0.0001);
        const QString url = m_s.url(QStringLiteral("nisc"));
        std::vector<std::unique_ptr<RawPeer>> peers;
        for (int i = 0; i < 3; ++i) {
            peers.push_back(std::make_unique<RawPeer>(url));
            peers.back()->hello();
            QVERIFY(!peers.back()->waitFor("welcome").isEmpty());
        }
        const qint64 before = m_s.ex->log().lastSeq();
        for (int i = 0; i < 8; ++i)
            for (auto &p : peers)
                p->send(
                    {{"type", "act"},
                     {"id", QString("a%1").arg(i)},
                     {"action",
                      QJsonObject{{"do", "mail"}, {"to", QJsonArray{"mic"}}, {"subject", "flood"}, {"body", "x"}}}});
        int results = 0, limited = 0, ok = 0;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         results = limited = ok = 0;
                         for (auto &p : peers)
                             for (const QJsonObject &m : p->messages) {
                                 if (m.value("type") == QLatin1String("result")) {
                                     ++results;
                                     ok += m.value("ok").toBool() ? 1 : 0;
                                 }
                                 if (m.value("type") == QLatin1String("error") &&
                                     m.value("code") == QLatin1String("rate_limited"))
                                     ++limited;
                             }
                         return results + limited == 24;
                     },
                     8000),
                 qPrintable(QString("%1 results, %2 refused; last message: %3")
                                .arg(results)
                                .arg(limited)
                                .arg(QString::fromUtf8(QJsonDocument(peers[0]->messages.last()).toJson()))));
        QCOMPARE(results, 10);
        QCOMPARE(limited, 14);
        // Each accepted act recorded its mail (sent + delivered), the refused ones nothing.
        qint64 sent = 0;
        for (const auto &e : m_s.ex->log().read(before))
            if (e.kind == QLatin1String("mail.sent"))
                ++sent;
        QCOMPARE(ok, results);
        QCOMPARE(sent, qint64(results));
        m_s.server->setRoomActBudget(cd::net::kRoomActBurst, cd::net::kRoomActsPerSecond);
    }

    void acceptResumesWhenDescriptorsFree()
    {
        auto p = portal({1000, 1000, 60000, true});
        QVERIFY(p);
        QSignalSpy acceptErrors(const_cast<cd::net::ConnectionGuard *>(p->guard()), &QTcpServer::acceptError);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        // Leave room for a few dozen descriptors, then use them all with connections (each
        // takes two here: ours and the server's).
        int open = 0;
        for (int fd = 0; fd < 4096; ++fd)
            if (fcntl(fd, F_GETFD) != -1)
                ++open;
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(open + 40);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 40; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, p->port());
            if (!s->waitForConnected(500))
                break;
            held.push_back(std::move(s));
        }
        QTest::qWait(300);
        const qint64 failures = acceptErrors.count();
        held.clear();
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY2(failures > 0, "the test did not run the server out of descriptors");
        // Descriptors are free again: the server answers without being restarted.
        std::unique_ptr<QTcpSocket> s;
        QVERIFY(QTest::qWaitFor(
            [&] {
                s = peer(p->port());
                return s && get(*s, "/room/op-a/").startsWith("HTTP/1.1 401");
            },
            8000));
        QCOMPARE(p->guard()->acceptFailures(), acceptErrors.count());
    }
};

QTEST_GUILESS_MAIN(TestNetGuard)
#include "tst_net_guard.moc"
