// Atomic creation (issue 14 item 4): a database is built complete (schema and scenario) under a
// temporary name and renamed into place, so a creator killed at any step leaves either no
// database or a complete one, and the next `run --db` can create it. An incomplete database of
// an older build (schema, no scenario, no events) is recognised and may be created again.
#include "store/creation.h"
#include "store/eventlog.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <sys/wait.h>

using namespace cd::store;

class TestStoreCreate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_scenario = QByteArray("{\"scenario\":") + QByteArray(50000, '7') + "}";

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// A child process creates the database and dies (_exit, no cleanup) at one step.
    void killedAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("complete");
        QTest::newRow("temporary opened") << int(CreationStep::TemporaryOpened) << false;
        QTest::newRow("schema written") << int(CreationStep::SchemaWritten) << false;
        QTest::newRow("scenario written") << int(CreationStep::ScenarioWritten) << false;
        QTest::newRow("closed") << int(CreationStep::Closed) << false;
        QTest::newRow("renamed") << int(CreationStep::Renamed) << true;
    }
    void killedAtEachStep()
    {
        QFETCH(int, step);
        QFETCH(bool, complete);
        const QString sub = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        QVERIFY(QDir(m_dir.path()).mkdir(sub));
        const QString path = m_dir.filePath(sub + "/x.cxdb");
        const pid_t child = fork();
        if (child == 0) {
            setCreationHook([step](CreationStep s) {
                if (int(s) == step)
                    _exit(42);
            });
            try {
                EventLog::create(path, m_scenario);
            } catch (...) {
                _exit(1);
            }
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 42);
        QCOMPARE(QFile::exists(path), complete);
        if (complete) {
            auto log = EventLog::open(path);
            QCOMPARE(log->scenarioJson(), m_scenario);
            QCOMPARE(log->schemaVersion(), kSchemaVersion);
            return;
        }
        // Nothing at the path; the next creation succeeds and cleans the temporary up.
        auto log = EventLog::create(path, m_scenario);
        QCOMPARE(log->scenarioJson(), m_scenario);
        QCOMPARE(QDir(m_dir.filePath(sub)).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{"x.cxdb", "x.cxdb-shm", "x.cxdb-wal"}));
        log.reset();
        QCOMPARE(QDir(m_dir.filePath(sub)).entryList(QDir::Files | QDir::Hidden), QStringList{"x.cxdb"});
    }

    /// What a build without atomic creation left when killed after the schema: recognised.
    void incompleteOfOlderBuild()
    {
        const QString path = m_dir.filePath("old.cxdb");
        {
            Database db(path, true);
            db.exec("PRAGMA journal_mode = WAL");
            migrate(db, 4);
        }
        for (const Access access : {Access::Engine, Access::Reader}) {
            try {
                EventLog::open(path, access);
                QFAIL("an incomplete database was opened");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains("creation was interrupted"), qPrintable(e.message()));
            }
        }
        auto log = EventLog::create(path, m_scenario);
        QCOMPARE(log->scenarioJson(), m_scenario);
    }

    void existingRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exercise") << QByteArray("exercise") << "already exists and holds an exercise";
        QTest::newRow("text") << QByteArray("not a database\n").repeated(100) << "not a CrossDrill exercise database";
    }
    void existingRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + "-existing.cxdb");
        if (content == "exercise") {
            EventLog::create(path, "{}");
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        try {
            EventLog::create(path, m_scenario);
            QFAIL("an existing file was replaced");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
    }

    void emptyFileReplaced()
    {
        const QString path = m_dir.filePath("empty.cxdb");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto log = EventLog::create(path, m_scenario);
        QCOMPARE(log->scenarioJson(), m_scenario);
    }
};

QTEST_GUILESS_MAIN(TestStoreCreate)
#include "tst_store_create.moc"
