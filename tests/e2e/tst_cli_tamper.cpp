// Tamper evidence on the command line (issue 14 item 9): after an edit with a plain SQLite tool,
// `report` marks the document and says where the chain breaks, `export` writes the events but
// exits 1 saying so, and `run --resume` refuses to continue. An untouched log passes all three.
#include "store/sqlite.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliTamper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_scenario = CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json";

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

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

private slots:
    void tamperedLog_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("seq");
        QTest::newRow("untouched") << QByteArray() << 0;
        QTest::newRow("kind changed") << QByteArray("UPDATE events SET kind = 'inject.skipped' WHERE seq = 4") << 4;
        QTest::newRow("event deleted") << QByteArray("DELETE FROM event_audience WHERE seq = 6;"
                                                     "DELETE FROM events WHERE seq = 6")
                                       << 7;
        QTest::newRow("scenario edited") << QByteArray(
                                                "UPDATE scenario SET json = replace(json, 'Engine test', 'Bogus test')")
                                         << 1;
        QTest::newRow("invalid payload") << QByteArray("UPDATE events SET payload = '{' WHERE seq = 3") << 3;
    }
    void tamperedLog()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, seq);
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".cxdb");
        QCOMPARE(crossdrill({"run", m_scenario, "--db", db, "--speed", "max", "--until", "+00:40"}).code, 0);
        if (!sql.isEmpty()) {
            cd::store::Database raw(db, false);
            raw.exec("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;");
            raw.exec(sql.constData());
        }
        const QByteArray where = "breaks at seq " + QByteArray::number(seq);

        const Result report = crossdrill({"report", db, "-o", m_dir.filePath("r.md"), "--lang", "en"});
        QCOMPARE(report.code, 0);
        QFile md(m_dir.filePath("r.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray doc = md.readAll();
        QCOMPARE(doc.contains("WARNING: this report was made from an altered event log"), seq > 0);
        QCOMPARE(doc.contains(where), seq > 0);
        QCOMPARE(report.err.contains(where), seq > 0);

        const Result exported = crossdrill({"export", db, "--format", "jsonl"});
        QCOMPARE(exported.code, seq > 0 ? 1 : 0);
        QCOMPARE(exported.err.contains(where), seq > 0);
        QCOMPARE_GT(exported.out.count('\n'), 5);

        const Result resumed = crossdrill({"run", "--resume", db, "--speed", "max", "--until", "+00:50"});
        QCOMPARE(resumed.code, seq > 0 ? 1 : 0);
        QCOMPARE(resumed.err.contains(QByteArray(where + " (")), seq > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliTamper)
#include "tst_cli_tamper.moc"
