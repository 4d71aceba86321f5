// The exercise event log (simcore/store): append and read back, per-room audience reads,
// migrations, refusal of newer and foreign files, batch atomicity.
#include "store/eventlog.h"
#include "store/migrations.h"
#include "store/sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::store;

namespace {

Event makeEvent(const QString &kind, const QStringList &audience, int minute = 0, const QString &actor = "control")
{
    Event e;
    e.wallMs = 1700000000000 + minute;
    e.minute = minute;
    e.actor = actor;
    e.kind = kind;
    e.audience = audience;
    e.payload = QJsonObject{{"kind", kind}, {"n", minute}};
    return e;
}

QList<qint64> seqs(const std::vector<Event> &events)
{
    QList<qint64> out;
    for (const Event &e : events)
        out << e.seq;
    return out;
}

}  // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void appendReadBack_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("audience");
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("control-only") << "control" << QStringList() << QJsonObject{{"inject", "I-001"}};
        QTest::newRow("two rooms") << "mic" << QStringList{"nisc", "mic"}
                                   << QJsonObject{{"subject", "件名"}, {"to", QJsonArray{"nisc"}}};
        QTest::newRow("all rooms") << "system" << QStringList{"all"} << QJsonObject{{"speed", 60}};
        QTest::newRow("nested") << "persona:press" << QStringList{"op-a"}
                                << QJsonObject{{"a", QJsonObject{{"b", QJsonArray{1, 2.5, true}}}}};
    }
    void appendReadBack()
    {
        QFETCH(QString, actor);
        QFETCH(QStringList, audience);
        QFETCH(QJsonObject, payload);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + ".cxdb");
        {
            auto log = EventLog::create(path, "{\"format\":\"x\"}");
            Event e = makeEvent("k", audience, 7, actor);
            e.payload = payload;
            QCOMPARE(log->append(e), 1);
            Event f = makeEvent("k2", {}, 8);
            QCOMPARE(log->append(f), 2);
        }
        auto log = EventLog::open(path);
        QCOMPARE(log->scenarioJson(), QByteArray("{\"format\":\"x\"}"));
        const auto events = log->read();
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].seq, 1);
        QCOMPARE(events[0].actor, actor);
        QCOMPARE(events[0].minute, 7);
        QCOMPARE(events[0].wallMs, 1700000000007);
        QCOMPARE(events[0].kind, QString("k"));
        QStringList sorted = audience;
        sorted.sort();
        QCOMPARE(events[0].audience, sorted);
        QCOMPARE(events[0].payload, payload);
        QCOMPARE(events[1].seq, 2);
        QCOMPARE(log->read(1).size(), size_t(1));
        QCOMPARE(log->read(0, 1).size(), size_t(1));
        QCOMPARE(log->lastSeq(), 2);
    }

    void audienceQuery_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("nisc") << "nisc" << qint64(0) << QList<qint64>{2, 3, 5};
        QTest::newRow("mic") << "mic" << qint64(0) << QList<qint64>{3, 4, 5};
        QTest::newRow("mic after 3") << "mic" << qint64(3) << QList<qint64>{4, 5};
        QTest::newRow("stranger") << "op-x" << qint64(0) << QList<qint64>{5};
        QTest::newRow("control is not a room") << "control" << qint64(0) << QList<qint64>{5};
    }
    void audienceQuery()
    {
        QFETCH(QString, room);
        QFETCH(qint64, after);
        QFETCH(QList<qint64>, expected);
        auto log = EventLog::create(m_dir.filePath("aud.cxdb"), "{}");
        std::vector<Event> batch{makeEvent("secret", {}), makeEvent("m", {"nisc"}), makeEvent("m", {"nisc", "mic"}),
                                 makeEvent("m", {"mic"}), makeEvent("clock", {"all"})};
        log->append(batch);
        QCOMPARE(seqs(log->readVisibleTo(room, after)), expected);
        for (const Event &e : log->readVisibleTo(room, after))
            QCOMPARE(e.visibleTo(room), true);
        // Page by page (the server's replay): the same events, at most `limit` at a time.
        QList<qint64> paged;
        for (qint64 from = after;;) {
            const auto page = log->readVisibleTo(room, from, 1);
            QVERIFY(page.size() <= 1);
            if (page.empty())
                break;
            paged << page.front().seq;
            from = page.front().seq;
        }
        QCOMPARE(paged, expected);
        QFile::remove(m_dir.filePath("aud.cxdb"));
    }

    void migrationFromV1()
    {
        const QString path = m_dir.filePath("v1.cxdb");
        {
            Database db(path, true);
            migrate(db, 1);
            QCOMPARE(db.pragmaInt("PRAGMA user_version"), 1);
            db.exec("INSERT INTO scenario(id, json) VALUES (1, '{\"v\":1}');"
                    "INSERT INTO events VALUES (1, 5, 3, 'mic', 'mail.sent', '{\"a\":1}');"
                    "INSERT INTO event_audience VALUES (1, 'mic');");
        }
        auto log = EventLog::open(path);
        QCOMPARE(log->schemaVersion(), kSchemaVersion);
        QCOMPARE(log->scenarioJson(), QByteArray("{\"v\":1}"));
        const auto events = log->readVisibleTo("mic");
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].kind, QString("mail.sent"));
        QCOMPARE(events[0].payload, (QJsonObject{{"a", 1}}));
        // v2 made the log append-only.
        Database raw(path, false);
        QVERIFY_THROWS_EXCEPTION(Error, raw.exec("UPDATE events SET kind = 'x'"));
        QVERIFY_THROWS_EXCEPTION(Error, raw.exec("DELETE FROM events"));
        log->setMetaValue("k", "v");
        QCOMPARE(log->metaValue("k"), QString("v"));
    }

    void newerVersionRefused()
    {
        const QString path = m_dir.filePath("newer.cxdb");
        EventLog::create(path, "{}");
        {
            Database db(path, false);
            db.exec("PRAGMA user_version = 99");
        }
        try {
            EventLog::open(path);
            QFAIL("a newer database was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("newer"), qPrintable(e.message()));
            QVERIFY2(e.message().contains("99"), qPrintable(e.message()));
        }
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("hello, this is not a database at all\n").repeated(200)
                              << "not a CrossDrill exercise database";
        QTest::newRow("empty file") << QByteArray() << "not a CrossDrill exercise database";
        QTest::newRow("other sqlite") << QByteArray("other") << "another application";
        QTest::newRow("corrupt pages") << QByteArray("corrupt") << "corrupt";
        QTest::newRow("truncated header") << QByteArray("truncated") << "not a CrossDrill exercise database";
    }
    void badFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + ".cxdb");
        if (content == "other") {
            Database db(path, true);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        } else if (content == "corrupt" || content == "truncated") {
            {
                auto log = EventLog::create(path, QByteArray(20000, 'x'));
                for (int i = 0; i < 200; ++i) {
                    Event e = makeEvent("k", {"r"}, i);
                    log->append(e);
                }
            }
            // Fold the WAL into the main file so the damage below hits real pages.
            {
                Database db(path, false);
                db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (content == "corrupt") {
                for (qint64 off = 4096; off + 4096 <= f.size(); off += 4096 * 2) {
                    f.seek(off);
                    f.write(QByteArray(512, '\xA5'));
                }
            } else {
                f.write(QByteArray(100, '\0'));
            }
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        try {
            EventLog::open(path);
            QFAIL("a bad file was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
        }
    }

    void missingFile() { QVERIFY_THROWS_EXCEPTION(Error, EventLog::open(m_dir.filePath("absent.cxdb"))); }

    void createRefusesExisting()
    {
        const QString path = m_dir.filePath("twice.cxdb");
        EventLog::create(path, "{}");
        try {
            EventLog::create(path, "{}");
            QFAIL("an existing exercise was overwritten");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("--resume"), qPrintable(e.message()));
        }
    }

    void batchAtomicity()
    {
        const QString path = m_dir.filePath("batch.cxdb");
        auto log = EventLog::create(path, "{}");
        std::vector<Event> first{makeEvent("a", {"r"}), makeEvent("b", {"r"})};
        log->append(first);
        QCOMPARE(first[1].seq, 2);
        {
            Database db(path, false);
            db.exec("CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.kind = 'boom'"
                    " BEGIN SELECT RAISE(ABORT, 'boom'); END;");
        }
        std::vector<Event> bad{makeEvent("c", {"r"}), makeEvent("d", {"r", "s"}), makeEvent("boom", {"r"}),
                               makeEvent("e", {"r"})};
        QVERIFY_THROWS_EXCEPTION(Error, log->append(bad));
        QCOMPARE(log->lastSeq(), 2);
        QCOMPARE(seqs(log->readVisibleTo("r")), (QList<qint64>{1, 2}));
        QCOMPARE(seqs(log->readVisibleTo("s")), QList<qint64>());
        QCOMPARE(bad[0].seq, 0);
        std::vector<Event> good{makeEvent("c", {"r"}), makeEvent("e", {"s"})};
        log->append(good);
        QCOMPARE(seqs(log->read()), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(seqs(log->readVisibleTo("s")), QList<qint64>{4});
    }

    /// Commits past SQLite's checkpoint limit (1000 WAL pages), checkpointed by the background
    /// thread: every commit stays readable by another connection, and closing leaves a complete,
    /// consistent database (the last connection folds the WAL in and removes it).
    void manyCommitsCheckpointed_data()
    {
        QTest::addColumn<int>("commits");
        QTest::newRow("a few") << 20;
        QTest::newRow("past the checkpoint limit") << 500;
    }
    void manyCommitsCheckpointed()
    {
        QFETCH(int, commits);
        const QString path = m_dir.filePath(QString("wal-%1.cxdb").arg(commits));
        auto log = EventLog::create(path, "{}");
        auto reader = EventLog::open(path, Access::Reader);  // a second engine would be refused
        for (int i = 0; i < commits; ++i) {
            Event e = makeEvent("k", {"r", "s"}, i);
            e.payload.insert("pad", QString(1000, QChar('a' + i % 26)));
            log->append(e);
            if (i % 97 == 0)
                QCOMPARE(reader->lastSeq(), qint64(i + 1));
        }
        QCOMPARE(reader->readVisibleTo("s").size(), size_t(commits));
        reader.reset();
        log.reset();
        QCOMPARE(QFile::exists(path + "-wal"), false);
        auto again = EventLog::open(path);
        const auto events = again->read();
        QCOMPARE(events.size(), size_t(commits));
        QCOMPARE(events.back().payload.value("pad").toString(), QString(1000, QChar('a' + (commits - 1) % 26)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
