// The one-engine-per-database lock (issue 14 item 2): an flock on the database file itself, so
// every path that reaches the file (the same one, a symlink, a hard link, another spelling) finds
// it held, and the refusal names the holder. Readers are not engines and are never refused.
#include "store/eventlog.h"
#include "store/filelock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cd::store;

class TestStoreLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString otherPath(const QString &db, const QString &how)
    {
        if (how == "same")
            return db;
        const QString other = m_dir.filePath(how + "-" + QFileInfo(db).fileName());
        if (how == "symlink")
            return QFile::link(db, other) ? other : QString();
        if (how == "hardlink")
            return ::link(QFile::encodeName(db).constData(), QFile::encodeName(other).constData()) == 0 ? other
                                                                                                        : QString();
        QDir(m_dir.path()).mkdir("sub");
        return m_dir.path() + "/sub/../" + QFileInfo(db).fileName();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondEngineRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("byCreate");
        QTest::newRow("same path") << "same" << false;
        QTest::newRow("symlink") << "symlink" << false;
        QTest::newRow("hard link") << "hardlink" << false;
        QTest::newRow("other spelling") << "dotdot" << false;
        QTest::newRow("create over a held symlink") << "symlink" << true;
    }
    void secondEngineRefused()
    {
        QFETCH(QString, how);
        QFETCH(bool, byCreate);
        const QString db = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".cxdb");
        auto first = EventLog::create(db, "{}");
        Event e;
        e.kind = "k";
        first->append(e);
        const QString other = otherPath(db, how);
        QVERIFY(!other.isEmpty());
        try {
            if (byCreate)
                EventLog::create(other, "{}");
            else
                EventLog::open(other);
            QFAIL("a second engine opened the database");
        } catch (const Busy &b) {
            QVERIFY2(b.message().startsWith(other), qPrintable(b.message()));
            QVERIFY2(b.message().contains(
                         QStringLiteral("is being run by another process (pid %1, this process)").arg(getpid())),
                     qPrintable(b.message()));
        }
        // A reader is not an engine: it reads what the engine committed. (Not through a hard link
        // while the engine runs: SQLite names the WAL after the path, so that name has none.)
        if (how != "hardlink") {
            auto reader = EventLog::open(other, Access::Reader);
            QCOMPARE(reader->lastSeq(), 1);
        }
        // Closing the engine lets the next one in, through any path.
        first.reset();
        auto second = EventLog::open(other);
        QCOMPARE(second->lastSeq(), 1);
    }

    void holderOfFreeFileIsUnknown()
    {
        const QString db = m_dir.filePath("free.cxdb");
        EventLog::create(db, "{}");
        QVERIFY(!FileLock::isHeld(db));
        auto log = EventLog::open(db);
        QVERIFY(FileLock::isHeld(db));
        log.reset();
        QVERIFY(!FileLock::isHeld(db));
    }
};

QTEST_GUILESS_MAIN(TestStoreLock)
#include "tst_store_lock.moc"
