// End to end: `crossdrill run` killed with SIGKILL mid-run, then `crossdrill run --resume`, ends
// with every room's export (and the control team's) equal to an uninterrupted run's, apart from
// wall times.
#include "store/eventlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestRunCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_scenario = CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json";
    const QString m_players = CROSSDRILL_TEST_DATA "/exercise/basic.players.json";

    static int run(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(CROSSDRILL_BINARY, args);
        if (!p.waitForFinished(240000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// The export's lines with wall times removed.
    static QList<QByteArray> exportLines(const QString &db, const QString &room)
    {
        QStringList args{"export", db, "--format", "jsonl"};
        if (!room.isEmpty())
            args << "--room" << room;
        QByteArray out;
        if (run(args, &out) != 0)
            return {"export failed"};
        QList<QByteArray> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonObject o = QJsonDocument::fromJson(line).object();
            o.remove("wall_ms");
            lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        return lines;
    }

    static int lastMinute(const QString &db)
    {
        try {
            auto log = cd::store::EventLog::open(db, cd::store::Access::Reader);  // the run holds the engine lock
            const auto events = log->read();
            return events.empty() ? -1 : events.back().minute;
        } catch (const cd::store::Error &) {
            return -1;  // not created yet
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killAndResume()
    {
        const QString reference = m_dir.filePath("reference.cxdb");
        QCOMPARE(run({"run", m_scenario, "--db", reference, "--speed", "max", "--players", m_players}), 0);

        const QString crashed = m_dir.filePath("crashed.cxdb");
        QProcess p;
        // x120: an exercise minute every 0.5 s; the 2-hour scenario would take a minute of wall time.
        p.start(CROSSDRILL_BINARY, {"run", m_scenario, "--db", crashed, "--speed", "120", "--players", m_players});
        QVERIFY(p.waitForStarted());
        int minute = -1;
        for (int i = 0; i < 1200 && minute < 12; ++i) {
            QThread::msleep(100);
            minute = lastMinute(crashed);
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        }
        QCOMPARE_GE(minute, 12);
        p.kill();  // SIGKILL
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const int killedAt = lastMinute(crashed);
        QCOMPARE_LT(killedAt, 120);  // it was mid-run

        QCOMPARE(run({"run", "--resume", crashed, "--speed", "max", "--players", m_players}), 0);
        for (const QString &room : {QString(), QString("nisc"), QString("mic"), QString("op-a"), QString("op-b")}) {
            const auto expected = exportLines(reference, room);
            const auto actual = exportLines(crashed, room);
            QVERIFY2(expected.size() > 3, qPrintable(room));
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRunCrash)
#include "tst_run_crash.moc"
