// Readers (issue 14 item 8): report, export and viewing open the database read-only. They never
// migrate it, never switch it to WAL, never write it, and leave no -wal/-shm files behind, so they
// work on a read-only file or folder; an engine's live WAL is still shared.
#include "store/eventlog.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::store;

namespace {

/// The journal mode recorded in the file header (bytes 18 and 19: 1 = rollback, 2 = WAL).
int headerMode(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray h = f.read(20);
    return h.size() == 20 ? int(h[18]) : -1;
}

QStringList sidecars(const QString &path)
{
    QStringList out;
    for (const char *s : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + s))
            out << QString::fromLatin1(s);
    return out;
}

}  // namespace

class TestStoreReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readerChangesNothing_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("wal");
        QTest::newRow("current, WAL") << kSchemaVersion << true;
        QTest::newRow("v4, WAL") << 4 << true;
        QTest::newRow("v3, rollback journal") << 3 << false;
        QTest::newRow("v1, rollback journal") << 1 << false;
    }
    void readerChangesNothing()
    {
        QFETCH(int, version);
        QFETCH(bool, wal);
        const QString path = m_dir.filePath(QString("r%1%2.cxdb").arg(version).arg(wal));
        {
            Database db(path, true);
            migrate(db, version);
            db.exec("INSERT INTO scenario(id, json) VALUES (1, '{\"v\":1}');"
                    "INSERT INTO events(seq, wall_ms, minute, actor, kind, payload) VALUES (1, 5, 3, 'a', 'k', '{}');"
                    "INSERT INTO event_audience VALUES (1, 'all');");
            if (wal)
                db.exec("PRAGMA journal_mode = WAL");
        }
        QCOMPARE(sidecars(path), QStringList());
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        {
            auto log = EventLog::open(path, Access::Reader);
            QVERIFY(log->isReader());
            QCOMPARE(log->schemaVersion(), version);
            QCOMPARE(log->lastSeq(), 1);
            QCOMPARE(log->read().at(0).kind, QString("k"));
            QCOMPARE(log->scenarioJson(), QByteArray("{\"v\":1}"));
            QCOMPARE(log->metaValue("resumes"), QString());
            QCOMPARE(log->verifyChain().chained, version >= 5);
            Event e;
            QVERIFY_THROWS_EXCEPTION(Error, log->append(e));
            QCOMPARE(sidecars(path), QStringList());  // not even while open
        }
        QCOMPARE(sidecars(path), QStringList());
        QCOMPARE(headerMode(path), wal ? 2 : 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll() == before, "a reader changed the file");
    }

    /// While an engine runs, a reader shares its WAL and sees every committed event.
    void readerBesideLiveEngine()
    {
        const QString path = m_dir.filePath("live.cxdb");
        auto engine = EventLog::create(path, "{}");
        for (int i = 0; i < 3; ++i) {
            Event e;
            e.kind = "k";
            engine->append(e);
        }
        auto reader = EventLog::open(path, Access::Reader);
        QCOMPARE(reader->lastSeq(), 3);
        Event e;
        e.kind = "later";
        engine->append(e);
        QCOMPARE(reader->lastSeq(), 4);
        QVERIFY(reader->verifyChain().intact);
    }

    void readerErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "absent.cxdb"
                                 << "absent.cxdb: no such exercise database";
        QTest::newRow("missing folder") << "nofolder/absent.cxdb"
                                        << "absent.cxdb: no such exercise database";
        QTest::newRow("a folder") << "."
                                  << "is a folder";
    }
    void readerErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        for (const Access access : {Access::Reader, Access::Engine}) {
            try {
                EventLog::open(m_dir.filePath(name), access);
                QFAIL("opened");
            } catch (const Busy &b) {
                QFAIL(qPrintable("taken for a busy database: " + b.message()));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_store_reader.moc"
