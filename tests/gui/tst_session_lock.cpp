// The console's exercise session is an engine like `run` and `serve` (issue 14 item 2): it takes
// the database file's own lock, so it refuses a database another engine runs (through any path,
// the message naming the holder), and `run --resume` refuses one the console runs.
#include "control/exercisesession.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using cd::gui::ExerciseSession;

class TestSessionLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_scenario = CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json";

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void consoleHoldsTheLock()
    {
        const QString db = m_dir.filePath("console.cxdb");
        QString error;
        auto session = ExerciseSession::create(m_scenario, db, &error);
        QVERIFY2(session, qPrintable(error));
        session->runTo(5);
        const QString link = m_dir.filePath("link.cxdb");
        QVERIFY(QFile::link(db, link));
        // A second session in this process, through the symlink.
        QVERIFY(!ExerciseSession::reopen(link, &error));
        QVERIFY2(error.contains(QStringLiteral("is being run by another process (pid %1, this process)").arg(getpid())),
                 qPrintable(error));
        // Another process.
        QProcess run;
        run.start(CROSSDRILL_BINARY, {"run", "--resume", link, "--speed", "max"});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.readAllStandardError().contains(
                     QStringLiteral("is being run by another process (pid %1").arg(getpid()).toUtf8()),
                 "run --resume was not refused with the holder's pid");
        session.reset();
        auto again = ExerciseSession::reopen(link, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->minute(), 5);
    }

    /// A database `run` is running is refused by the console with the run's pid.
    void runHoldsTheLock()
    {
        const QString db = m_dir.filePath("run.cxdb");
        QProcess run;
        run.start(CROSSDRILL_BINARY, {"run", m_scenario, "--db", db, "--speed", "1"});
        QVERIFY(run.waitForStarted());
        for (int i = 0; i < 600 && QFileInfo(db).size() == 0; ++i)
            QThread::msleep(100);
        QString error;
        QVERIFY(!ExerciseSession::reopen(db, &error));
        QVERIFY2(
            error.contains(QStringLiteral("is being run by another process (pid %1, crossdrill)").arg(run.processId())),
            qPrintable(error));
        run.kill();
        QVERIFY(run.waitForFinished());
    }
};

QTEST_MAIN(TestSessionLock)
#include "tst_session_lock.moc"
