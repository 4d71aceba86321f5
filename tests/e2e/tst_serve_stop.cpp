// `crossdrill serve` stopped with SIGINT or SIGTERM while rooms are connected and acting
// (docs/protocol.md close code 4010): the acts it received are committed and answered, every
// room is closed with 4010 and told "shutdown" (a remote room shows "the server is stopping"
// and reconnects), serve exits 0, and the database holds every event any room was sent and
// every act that was answered, with an intact chain.
#include "../netfixture.h"
#include "net/protocol.h"
#include "net/remoteroomendpoint.h"
#include "store/eventlog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using cd::net::RemoteRoomEndpoint;
using netfixture::RawPeer;

namespace {

QStringList startServe(QProcess &p, const QStringList &args, int rooms)
{
    p.start(CROSSDRILL_BINARY, QStringList{"serve"} + args);
    QStringList urls;
    QByteArray buffer;
    while (urls.size() < rooms && p.waitForReadyRead(10000)) {
        buffer += p.readAllStandardOutput();
        urls.clear();
        QList<QByteArray> lines = buffer.split('\n');
        lines.removeLast();  // only complete lines
        for (const QByteArray &line : lines)
            if (line.startsWith("ws://"))
                urls << QString::fromUtf8(line.trimmed());
    }
    return urls;
}

}  // namespace

class TestServeStop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void signalClosesEveryRoomWith4010AndExitsZero_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void signalClosesEveryRoomWith4010AndExitsZero()
    {
        QFETCH(int, signal);
        const QString db = m_dir.filePath(QString("stop-%1.cxdb").arg(signal));
        QProcess server;
        const QStringList urls = startServe(
            server, {CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json", "--db", db, "--listen", "127.0.0.1:0"}, 4);
        QCOMPARE(urls.size(), 4);
        QString opAUrl, micUrl;
        for (const QString &u : urls) {
            if (u.contains("/room/op-a?"))
                opAUrl = u;
            if (u.contains("/room/mic?"))
                micUrl = u;
        }
        RawPeer opA(opAUrl);
        opA.hello();
        QVERIFY(!opA.waitFor("synced").isEmpty());
        RemoteRoomEndpoint mic{QUrl(micUrl), "watcher"};
        mic.setBackoff(5000, 5000);  // it reconnects later than this test looks
        QSignalSpy synced(&mic, &RemoteRoomEndpoint::synced);
        mic.open();
        QVERIFY(synced.wait(5000));

        // Acts still arriving when the signal comes.
        constexpr int kActs = 20;
        for (int i = 0; i < kActs; ++i)
            opA.send(
                {{"type", "act"},
                 {"id", QString("m%1").arg(i)},
                 {"action",
                  QJsonObject{
                      {"do", "mail"}, {"to", QJsonArray{"mic"}}, {"subject", QString("s%1").arg(i)}, {"body", "b"}}}});
        QTest::qWait(20);
        ::kill(pid_t(server.processId()), signal);

        QVERIFY(opA.waitClosed());
        QCOMPARE(opA.closeCode, int(cd::net::CloseShutdown));
        QCOMPARE(opA.socket.closeReason(), QString("the server is stopping"));
        QVERIFY(!opA.waitFor("error", "shutdown").isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return mic.state() == RemoteRoomEndpoint::State::Reconnecting; }, 5000));
        QCOMPARE(mic.serverCloseCode(), int(cd::net::CloseShutdown));
        QCOMPARE(mic.lastErrorCode(), QString("shutdown"));
        QCOMPARE(mic.lastError(), QString("the server is stopping"));

        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        const QString stderrText = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(server.exitCode() == 0, qPrintable(stderrText));
        QVERIFY2(stderrText.contains("stopping: closing"), qPrintable(stderrText));
        mic.close();

        // Every event a room was sent is on disk, and every answered act.
        auto log = cd::store::EventLog::open(db, cd::store::Access::Reader);
        QVERIFY(log->verifyChain().intact);
        const std::vector<cd::store::Event> events = log->read();
        QSet<qint64> stored;
        for (const auto &e : events)
            stored.insert(e.seq);
        for (const qint64 seq : opA.eventSeqs())
            QVERIFY2(stored.contains(seq), qPrintable(QString::number(seq)));
        for (const auto &e : mic.eventsSince(0))
            QVERIFY2(stored.contains(e.seq), qPrintable(QString::number(e.seq)));
        int answered = 0;
        for (const QJsonObject &m : opA.messages)
            if (m.value("type").toString() == "result") {
                ++answered;
                QVERIFY(m.value("ok").toBool());
                const qint64 seq = m.value("seq").toInteger();
                QVERIFY(stored.contains(seq));
                QCOMPARE(log->read(seq - 1, 1).front().kind, QString("mail.sent"));
            }
        // Everything received before the signal was committed and answered before the close.
        QCOMPARE(answered, kActs);
    }
};

QTEST_GUILESS_MAIN(TestServeStop)
#include "tst_serve_stop.moc"
