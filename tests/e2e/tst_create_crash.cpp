// End to end (issue 14 item 4): `crossdrill run --db NEW` killed with SIGKILL at many moments
// of its start leaves either no database or a complete one (schema and scenario), never a file
// that can be neither resumed nor created again; the run can then be started or resumed.
#include "store/eventlog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestCreateCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_scenario = CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json";

    static int run(const QStringList &args)
    {
        QProcess p;
        p.start(CROSSDRILL_BINARY, args);
        if (!p.waitForFinished(120000))
            return -1;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void killedWhileCreating()
    {
        QVERIFY(m_dir.isValid());
        constexpr int kTrials = 40;
        int none = 0;
        int complete = 0;
        for (int i = 0; i < kTrials; ++i) {
            const QString db = m_dir.filePath(QStringLiteral("t%1.cxdb").arg(i));
            QProcess p;
            p.start(CROSSDRILL_BINARY, {"run", m_scenario, "--db", db, "--speed", "max"});
            QVERIFY(p.waitForStarted());
            QThread::msleep(quint64(i * 4));  // 0..156 ms: process start, scenario load, creation
            p.kill();
            QVERIFY(p.waitForFinished());
            if (!QFile::exists(db)) {
                ++none;
                QCOMPARE(run({"run", m_scenario, "--db", db, "--speed", "max", "--until", "+00:05"}), 0);
            } else {
                ++complete;
                try {
                    auto log = cd::store::EventLog::open(db, cd::store::Access::Reader);
                    QVERIFY(!log->scenarioJson().isEmpty());
                    QVERIFY(log->verifyChain().intact);
                } catch (const cd::store::Error &e) {
                    QFAIL(qPrintable(QStringLiteral("trial %1: %2").arg(i).arg(e.message())));
                }
                QCOMPARE(run({"run", "--resume", db, "--speed", "max", "--until", "+00:05"}), 0);
            }
        }
        qInfo("%d trials: %d left no database, %d a complete one", kTrials, none, complete);
        QCOMPARE(none + complete, kTrials);
        // Every database now exists and no temporary is left.
        QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        left = left.filter(".creating");
        QCOMPARE(left, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCreateCrash)
#include "tst_create_crash.moc"
