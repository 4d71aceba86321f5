// Tamper evidence (issue 14 item 9, schema v5): each event's hash chains over the previous one
// and the recorded scenario. Editing the scenario, an event's kind, payload (even into invalid
// JSON) or audience, or deleting an event is found, at the right seq; a v4 file is upgraded with
// its existing events chained, and says so.
#include "store/eventlog.h"
#include "store/migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd::store;

namespace {

Event makeEvent(int n)
{
    Event e;
    e.wallMs = 1700000000000 + n;
    e.minute = n;
    e.actor = "control";
    e.kind = "k" + QString::number(n);
    e.audience = {"r"};
    e.payload = QJsonObject{{"n", n}};
    return e;
}

void fill(EventLog &log, int count)
{
    for (int i = 1; i <= count; ++i) {
        Event e = makeEvent(i);
        log.append(e);
    }
}

/// Runs `sql` on the file with the append-only triggers lifted (what an editor with the sqlite3
/// tool would do).
void tamper(const QString &path, const char *sql)
{
    Database db(path, false);
    db.exec("DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;");
    db.exec(sql);
}

}  // namespace

class TestStoreChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void intact()
    {
        const QString path = m_dir.filePath("intact.cxdb");
        auto log = EventLog::create(path, "{\"s\":1}");
        QCOMPARE(log->verifyChain().events, 0);
        fill(*log, 5);
        std::vector<Event> batch{makeEvent(6), makeEvent(7)};
        log->append(batch);
        const ChainCheck c = log->verifyChain();
        QVERIFY(c.chained);
        QVERIFY2(c.intact, qPrintable(c.summary(path)));
        QCOMPARE(c.events, 7);
        QCOMPARE(c.headSeq, 7);
        QCOMPARE(c.headHash.size(), 32);
        // A reopened engine continues the same chain.
        log.reset();
        log = EventLog::open(path);
        fill(*log, 2);
        QVERIFY(log->verifyChain().intact);
        QCOMPARE(log->verifyChain().headSeq, 9);
        // A failed batch leaves the head where it was: the next append still chains.
        std::vector<Event> bad{makeEvent(10), makeEvent(11)};
        bad[1].seq = 1;  // reused: refused
        QVERIFY_THROWS_EXCEPTION(Error, log->append(bad));
        fill(*log, 1);
        QVERIFY(log->verifyChain().intact);
    }

    void tampered_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("scenario edited") << QByteArray("UPDATE scenario SET json = '{\"s\":2}'") << qint64(1)
                                         << "recorded scenario";
        QTest::newRow("kind changed") << QByteArray("UPDATE events SET kind = 'x' WHERE seq = 3") << qint64(3)
                                      << "was changed";
        QTest::newRow("payload changed") << QByteArray("UPDATE events SET payload = '{\"n\":99}' WHERE seq = 4")
                                         << qint64(4) << "was changed";
        QTest::newRow("payload invalid JSON")
            << QByteArray("UPDATE events SET payload = '{oops' WHERE seq = 2") << qint64(2) << "was changed";
        QTest::newRow("wall time changed")
            << QByteArray("UPDATE events SET wall_ms = 1 WHERE seq = 5") << qint64(5) << "was changed";
        QTest::newRow("audience widened")
            << QByteArray("INSERT INTO event_audience VALUES (2, 'all')") << qint64(2) << "was changed";
        QTest::newRow("event deleted") << QByteArray("DELETE FROM event_audience WHERE seq = 3;"
                                                     "DELETE FROM events WHERE seq = 3")
                                       << qint64(4) << "seq 3 is missing";
        QTest::newRow("event forged at the end")
            << QByteArray("INSERT INTO events(seq, wall_ms, minute, actor, kind, payload, hash)"
                          " VALUES (7, 0, 0, 'control', 'x', '{}', zeroblob(32))")
            << qint64(7) << "was changed";
        QTest::newRow("event without hash")
            << QByteArray(
                   "INSERT INTO events(seq, wall_ms, minute, actor, kind, payload) VALUES (7, 0, 0, 'c', 'x', '{}')")
            << qint64(7) << "no hash";
        QTest::newRow("hash removed") << QByteArray("UPDATE events SET hash = NULL WHERE seq = 6") << qint64(6)
                                      << "no hash";
    }
    void tampered()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, brokenAt);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".cxdb");
        {
            auto log = EventLog::create(path, "{\"s\":1}");
            fill(*log, 6);
        }
        tamper(path, sql.constData());
        for (const Access access : {Access::Reader, Access::Engine}) {
            auto log = EventLog::open(path, access);
            const ChainCheck c = log->verifyChain();
            QVERIFY(!c.intact);
            QCOMPARE(c.brokenAt, brokenAt);
            QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
            QVERIFY2(c.summary(path).contains(QStringLiteral("breaks at seq %1").arg(brokenAt)),
                     qPrintable(c.summary(path)));
        }
    }

    void upgradedFromV4()
    {
        const QString path = m_dir.filePath("v4.cxdb");
        {
            Database db(path, true);
            migrate(db, 4);
            db.exec("INSERT INTO scenario(id, json) VALUES (1, '{}');"
                    "INSERT INTO events VALUES (1, 5, 0, 'a', 'k1', '{}');"
                    "INSERT INTO events VALUES (2, 6, 1, 'a', 'k2', '{\"x\":1}');"
                    "INSERT INTO event_audience VALUES (2, 'r');");
        }
        QCOMPARE(EventLog::open(path, Access::Reader)->verifyChain().chained, false);
        auto log = EventLog::open(path);
        QCOMPARE(log->schemaVersion(), cd::store::kSchemaVersion);
        ChainCheck c = log->verifyChain();
        QVERIFY2(c.intact, qPrintable(c.summary(path)));
        QCOMPARE(c.events, 2);
        QCOMPARE(c.chainedAtUpgrade, 2);
        QVERIFY2(c.summary(path).contains("events 1..2 were chained when the file was upgraded"),
                 qPrintable(c.summary(path)));
        fill(*log, 1);
        QCOMPARE(log->verifyChain().headSeq, 3);
        QVERIFY(log->verifyChain().intact);
        // The log is append-only again after the upgrade lifted the trigger for its own update.
        Database raw(path, false);
        QVERIFY_THROWS_EXCEPTION(Error, raw.exec("UPDATE events SET kind = 'x' WHERE seq = 1"));
        log.reset();
        tamper(path, "UPDATE events SET kind = 'x' WHERE seq = 1");
        QCOMPARE(EventLog::open(path, Access::Reader)->verifyChain().brokenAt, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreChain)
#include "tst_store_chain.moc"
