// `crossdrill run` and `crossdrill export` on the command line: exit codes (0 ok, 1 bad input,
// 2 usage or I/O), located messages, refusals printed to stderr, room exports.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

class TestCliRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString data(const char *name) { return QString(CROSSDRILL_TEST_DATA "/exercise/") + name; }

    static Result crossdrill(const QStringList &args)
    {
        QProcess p;
        p.start(CROSSDRILL_BINARY, args);
        Result r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// Replaces @DB@, @DIR@ and @DATA@ in arguments.
    QStringList expand(const QStringList &args) const
    {
        QStringList out;
        for (QString a : args)
            out << a.replace("@DB@", m_db).replace("@DIR@", m_dir.path()).replace("@DATA@", data(""));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("ok.cxdb");
        const Result r = crossdrill(
            {"run", data("basic.cxs.json"), "--db", m_db, "--speed", "max", "--players", data("basic.players.json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("+02:00 (ended)"), r.out.constData());
        // Refused actions are printed as they happen.
        QVERIFY2(r.err.contains("refused at +00:21: op-a: room \"op-a\" may not post on site \"portal\""),
                 r.err.constData());
        QFile junk(m_dir.filePath("junk.cxdb"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("this is not an exercise database\n").repeated(100));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("run: no arguments") << QStringList{"run"} << 2 << "usage:";
        QTest::newRow("run: no --db") << QStringList{"run", "@DATA@basic.cxs.json"} << 2 << "usage:";
        QTest::newRow("run: bad speed") << QStringList{"run", "@DATA@basic.cxs.json", "--db", "@DIR@/a.cxdb", "--speed",
                                                       "9000"}
                                        << 2 << "--speed";
        QTest::newRow("run: bad --until")
            << QStringList{"run", "@DATA@basic.cxs.json", "--db", "@DIR@/a.cxdb", "--until", "later"} << 2 << "--until";
        QTest::newRow("run: missing scenario")
            << QStringList{"run", "@DIR@/none.cxs.json", "--db", "@DIR@/a.cxdb"} << 2 << "none.cxs.json";
        QTest::newRow("run: invalid scenario")
            << QStringList{"run", "@DATA@bad-scenario.cxs.json", "--db", "@DIR@/a.cxdb"} << 1
            << "bad-scenario.cxs.json:";
        QTest::newRow("run: bad script, located")
            << QStringList{"run",       "@DATA@realism.cxs.json",  "--db", "@DIR@/b.cxdb",
                           "--players", "@DATA@basic.players.json"}
            << 1 << "basic.players.json:8:3: error: action 5: unknown room \"nisc\"";
        QTest::newRow("run: existing db")
            << QStringList{"run", "@DATA@basic.cxs.json", "--db", "@DB@"} << 2 << "already exists";
        QTest::newRow("resume: missing db")
            << QStringList{"run", "--resume", "@DIR@/none.cxdb"} << 2 << "no such exercise database";
        // Each its own true message (issue 14 item 8): a missing folder is not "another process".
        QTest::newRow("resume: missing folder") << QStringList{"run", "--resume", "@DIR@/nofolder/none.cxdb"} << 2
                                                << "none.cxdb: no such exercise database";
        QTest::newRow("resume: a folder") << QStringList{"run", "--resume", "@DIR@"} << 1 << "is a folder";
        QTest::newRow("run: db in a missing folder")
            << QStringList{"run", "@DATA@basic.cxs.json", "--db", "@DIR@/nofolder/new.cxdb"} << 2 << "no such folder";
        QTest::newRow("resume: not a database")
            << QStringList{"run", "--resume", "@DIR@/junk.cxdb"} << 1 << "not a CrossDrill exercise database";
        QTest::newRow("resume: ended exercise") << QStringList{"run", "--resume", "@DB@", "--speed", "max"} << 0 << "";
        QTest::newRow("export: unknown room")
            << QStringList{"export", "@DB@", "--room", "nobody"} << 1 << "no room \"nobody\"";
        QTest::newRow("export: bad format") << QStringList{"export", "@DB@", "--format", "csv"} << 2 << "jsonl";
        QTest::newRow("export: not a database")
            << QStringList{"export", "@DIR@/junk.cxdb"} << 1 << "not a CrossDrill exercise database";
        QTest::newRow("export: missing") << QStringList{"export", "@DIR@/none.cxdb"} << 2 << "no such file";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = crossdrill(expand(args));
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void untilThenResume()
    {
        const QString db = m_dir.filePath("until.cxdb");
        Result r = crossdrill({"run", data("basic.cxs.json"), "--db", db, "--speed", "max", "--until", "+00:30"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("exercise time +00:30,"), r.out.constData());
        r = crossdrill({"run", "--resume", db, "--speed", "max", "--until", "+01:00"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("exercise time +01:00,"), r.out.constData());
    }

    /// The lock is the database file's own (issue 14 item 2): a symlink, a hard link or another
    /// spelling of the path is refused too, and the message names the holder.
    void oneEnginePerDatabase_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("same path") << "same";
        QTest::newRow("symlink") << "symlink";
        QTest::newRow("hard link") << "hardlink";
        QTest::newRow("other spelling") << "dotdot";
        QTest::newRow("serve --resume") << "serve";
    }
    void oneEnginePerDatabase()
    {
        QFETCH(QString, how);
        const QString db = m_dir.filePath("busy-" + how + ".cxdb");
        QProcess first;
        first.start(CROSSDRILL_BINARY, {"run", data("basic.cxs.json"), "--db", db, "--speed", "1"});
        QVERIFY(first.waitForStarted());
        for (int i = 0; i < 600 && QFileInfo(db).size() == 0; ++i)
            QThread::msleep(100);
        QCOMPARE_GT(QFileInfo(db).size(), 0);
        QString other = db;
        if (how == "symlink") {
            other = m_dir.filePath("link-" + how + ".cxdb");
            QVERIFY(QFile::link(db, other));
        } else if (how == "hardlink") {
            other = m_dir.filePath("hard-" + how + ".cxdb");
            QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(other).constData()), 0);
        } else if (how == "dotdot") {
            QVERIFY(QDir(m_dir.path()).mkdir("sub-" + how));
            other = m_dir.path() + "/sub-" + how + "/../busy-" + how + ".cxdb";
        }
        const Result second = how == "serve" ? crossdrill({"serve", other, "--resume", "--listen", "127.0.0.1:0"})
                                             : crossdrill({"run", "--resume", other, "--speed", "max"});
        QCOMPARE(second.code, 2);
        QVERIFY2(second.err.contains(QByteArray("is being run by another process (pid " +
                                                QByteArray::number(first.processId()) + ", crossdrill)")),
                 second.err.constData());
        first.kill();
        QVERIFY(first.waitForFinished());
        // The killed run's lock is stale: the exercise can be continued.
        const Result resumed = crossdrill({"run", "--resume", db, "--speed", "max", "--until", "+00:10"});
        QCOMPARE(resumed.code, 0);
    }

    void roomExportIsSmaller()
    {
        const Result all = crossdrill({"export", m_db, "--format", "jsonl"});
        const Result room = crossdrill({"export", m_db, "--room", "op-b", "--format", "jsonl"});
        QCOMPARE(all.code, 0);
        QCOMPARE(room.code, 0);
        QCOMPARE_GT(all.out.count('\n'), room.out.count('\n'));
        QCOMPARE_GT(room.out.count('\n'), 5);
        QVERIFY(!room.out.contains("SECRET"));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
