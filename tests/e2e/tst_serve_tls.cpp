// End to end with TLS: `crossdrill serve --tls-cert --tls-key` with the self-signed test
// certificate (tests/data/net) prints wss:// join URLs; a room client that trusts that
// certificate connects and receives its room's events, one that does not is refused by the
// TLS handshake (and keeps retrying: a certificate can be fixed), and a plain ws:// client
// gets nothing.
#include "net/remoteroomendpoint.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using cd::net::RemoteRoomEndpoint;

namespace {
const QString kCert = CROSSDRILL_TEST_DATA "/net/test-cert.pem";
const QString kKey = CROSSDRILL_TEST_DATA "/net/test-key.pem";

QStringList startServe(QProcess &p, const QStringList &args, int rooms)
{
    p.start(CROSSDRILL_BINARY, QStringList{"serve"} + args);
    QStringList urls;
    QByteArray buffer;
    while (urls.size() < rooms && p.waitForReadyRead(15000)) {
        buffer += p.readAllStandardOutput();
        urls.clear();
        for (const QByteArray &line : buffer.split('\n'))
            if (line.startsWith("ws"))
                urls << QString::fromUtf8(line.trimmed());
    }
    return urls;
}
}  // namespace

class TestServeTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QStringList m_urls;

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        m_urls = startServe(m_server,
                            {CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json", "--db", m_dir.filePath("tls.cxdb"),
                             "--listen", "127.0.0.1:0", "--speed", "120", "--tls-cert", kCert, "--tls-key", kKey},
                            4);
        QCOMPARE(m_urls.size(), 4);
    }
    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    void printsWssUrls()
    {
        for (const QString &u : m_urls)
            QVERIFY2(QRegularExpression("^wss://127\\.0\\.0\\.1:[0-9]+/room/[a-z-]+\\?token=[A-Za-z0-9_-]{32}$")
                         .match(u)
                         .hasMatch(),
                     qPrintable(u));
    }

    void clientThatTrustsTheCertificateGetsItsEvents_data()
    {
        QTest::addColumn<QString>("room");
        QTest::newRow("op-a") << "op-a";
        QTest::newRow("nisc") << "nisc";
    }
    void clientThatTrustsTheCertificateGetsItsEvents()
    {
        QFETCH(QString, room);
        QString url;
        for (const QString &u : m_urls)
            if (u.contains("/room/" + room + "?"))
                url = u;
        QVERIFY(!url.isEmpty());
        RemoteRoomEndpoint c{QUrl(url), "tls-tester"};
        c.addCaCertificates(QSslCertificate::fromPath(kCert));
        c.setBackoff(50, 500);
        QSignalSpy synced(&c, &RemoteRoomEndpoint::synced);
        c.open();
        QVERIFY2(synced.wait(10000), qPrintable(c.lastError()));
        QCOMPARE(c.state(), RemoteRoomEndpoint::State::Connected);
        QVERIFY(c.directory());
        QCOMPARE(c.directory()->room, room);
        // The exercise runs at 120x: the room's events keep arriving over wss.
        QTRY_VERIFY_WITH_TIMEOUT(!c.eventsSince(0).empty(), 30000);
        const qint64 first = c.lastSeq();
        QTRY_VERIFY_WITH_TIMEOUT(c.lastSeq() > first, 60000);
        for (const auto &e : c.eventsSince(0))
            QVERIFY(e.seq > 0);
    }

    void untrustedCertificateIsRefusedByTheHandshake()
    {
        RemoteRoomEndpoint c{QUrl(m_urls.first()), "tester"};
        c.setBackoff(100, 200);
        QSignalSpy welcomed(&c, &RemoteRoomEndpoint::welcomed);
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(c.reconnects() >= 2, 20000);
        QCOMPARE(welcomed.size(), 0);
        QCOMPARE(c.state() == RemoteRoomEndpoint::State::Connected, false);
        QCOMPARE(c.directory().has_value(), false);
    }

    void plainWebSocketGetsNothing()
    {
        QString url = m_urls.first();
        url.replace(0, 3, "ws");  // wss:// -> ws://
        RemoteRoomEndpoint c{QUrl(url), "tester"};
        c.setBackoff(100, 200);
        QSignalSpy welcomed(&c, &RemoteRoomEndpoint::welcomed);
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(c.reconnects() >= 2, 30000);
        QCOMPARE(welcomed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServeTls)
#include "tst_serve_tls.moc"
