// End to end: `crossdrill serve` with remote rooms connected, killed with SIGKILL mid-exercise,
// restarted with --resume on the same port: the rooms' clients reconnect by themselves and end
// with exactly their room's events (each once, none missing), as `crossdrill export --room`
// gives them from the database; the tokens survive the restart (only their hashes are stored).
#include "net/remoteroomendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using cd::net::RemoteRoomEndpoint;

class TestServeCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Starts serve and returns the join URLs it prints (empty on failure).
    static QStringList startServe(QProcess &p, const QStringList &args, int rooms)
    {
        p.start(CROSSDRILL_BINARY, QStringList{"serve"} + args);
        QStringList urls;
        QByteArray buffer;
        while (urls.size() < rooms && p.waitForReadyRead(10000)) {
            buffer += p.readAllStandardOutput();
            urls.clear();
            for (const QByteArray &line : buffer.split('\n'))
                if (line.startsWith("ws://"))
                    urls << QString::fromUtf8(line.trimmed());
        }
        return urls;
    }

    static QList<qint64> exported(const QString &db, const QString &room)
    {
        QProcess p;
        p.start(CROSSDRILL_BINARY, {"export", db, "--room", room, "--format", "jsonl"});
        if (!p.waitForFinished(30000))
            return {};
        QList<qint64> out;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object().value("seq").toInteger();
        return out;
    }

    static QList<qint64> seqs(const std::vector<cd::store::Event> &events)
    {
        QList<qint64> out;
        for (const auto &e : events)
            out << e.seq;
        return out;
    }

private slots:
    void killedServerResumesAndClientsContinue()
    {
        const QString db = m_dir.filePath("served.cxdb");
        QProcess server;
        const QStringList urls = startServe(
            server,
            {CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json", "--db", db, "--listen", "127.0.0.1:0", "--speed", "300"},
            4);
        QCOMPARE(urls.size(), 4);
        for (const QString &u : urls)
            QVERIFY2(QRegularExpression("^ws://127\\.0\\.0\\.1:[0-9]+/room/[a-z-]+\\?token=[A-Za-z0-9_-]{32}$")
                         .match(u)
                         .hasMatch(),
                     qPrintable(u));
        const QString port = QUrl(urls.first()).port() > 0 ? QString::number(QUrl(urls.first()).port()) : QString();

        std::vector<std::unique_ptr<RemoteRoomEndpoint>> clients;
        for (const QString &u : urls) {
            auto c = std::make_unique<RemoteRoomEndpoint>(QUrl(u), "tester");
            c->setBackoff(20, 200);
            c->open();
            clients.push_back(std::move(c));
        }
        for (auto &c : clients)
            QVERIFY(QTest::qWaitFor([&] { return c->state() == RemoteRoomEndpoint::State::Connected; }, 10000));
        // Some play before the crash: op-a reports to mic, and events flow.
        RemoteRoomEndpoint *opA = nullptr;
        for (auto &c : clients)
            if (c->roomId() == "op-a")
                opA = c.get();
        QVERIFY(opA);
        QVERIFY(opA->sendMail({"mic"}, {}, "report", "BEFORE-CRASH", "x").ok);
        QVERIFY(QTest::qWaitFor([&] { return opA->eventsSince(0).size() >= 5; }, 10000));

        server.kill();  // SIGKILL
        QVERIFY(server.waitForFinished(5000));
        for (auto &c : clients)
            QVERIFY(QTest::qWaitFor([&] { return c->state() != RemoteRoomEndpoint::State::Connected; }, 5000));

        QProcess resumed;
        const QStringList again =
            startServe(resumed, {db, "--resume", "--listen", "127.0.0.1:" + port, "--speed", "max"}, 0);
        QCOMPARE(again, QStringList{});  // tokens kept: none re-issued, none printed
        QVERIFY(resumed.waitForStarted());
        for (auto &c : clients)
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const auto events = c->eventsSince(0);
                             return !events.empty() && events.back().kind == "exercise.ended";
                         },
                         20000),
                     qPrintable(c->roomId() + ": " + c->lastError()));
        resumed.kill();
        QVERIFY(resumed.waitForFinished(5000));
        for (auto &c : clients) {
            const QList<qint64> got = seqs(c->eventsSince(0));
            QCOMPARE(got, exported(db, c->roomId()));
            QVERIFY(c->reconnects() >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestServeCrash)
#include "tst_serve_crash.moc"
