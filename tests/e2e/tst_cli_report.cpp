// `crossdrill report` on the command line: every format from a golden exercise (the JSON's
// figures equal the hand-worked ones of tests/data/report/basic), progress on stderr, a PDF
// made headless (no DISPLAY), and exit codes for bad usage and bad input.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliReport : public QObject
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

    static QString data(const char *name) { return QString(CROSSDRILL_TEST_DATA "/report/basic/") + name; }

    static Result crossdrill(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");  // main() must pick offscreen by itself
        p.setProcessEnvironment(env);
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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("basic.cxdb");
        const Result r = crossdrill(
            {"run", data("scenario.cxs.json"), "--db", m_db, "--speed", "max", "--players", data("players.json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QByteArray());
    }

    void json()
    {
        const QString out = m_dir.filePath("r.json");
        const Result r = crossdrill({"report", m_db, "-o", out, "--lang", "en"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("report: 100% done"), r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value("injects").toArray().at(0).toObject().value("fired_at_min").toInt(), 5);
        QCOMPARE(o.value("expected").toArray().at(0).toObject().value("latency_min").toInt(), 9);
        QCOMPARE(o.value("flows").toArray().at(2).toObject().value("status").toString(), QString("missed"));
        QCOMPARE(o.value("breaches").toArray().at(0).toObject().value("at_min").toInt(), 20);
        QCOMPARE(qRound64(o.value("integral").toObject().value("power").toDouble() * 1e6), qint64(458333));
        QCOMPARE(qRound64(o.value("mitigations")
                              .toArray()
                              .at(1)
                              .toObject()
                              .value("avoided")
                              .toObject()
                              .value("power")
                              .toDouble() *
                          1e6),
                 qint64(462500));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("html en") << "r.html"
                                 << "en" << QByteArray("<h2>Appendix A: Improvement plan</h2>");
        QTest::newRow("md ja") << "r.md"
                               << "ja" << QByteArray("## 付録A: 改善計画");
        QTest::newRow("pdf") << "r.pdf"
                             << "ja" << QByteArray("%PDF-");
    }
    void formats()
    {
        QFETCH(QByteArray, marker);
        QFETCH(QString, file);
        QFETCH(QString, lang);
        const QString out = m_dir.filePath(file);
        const Result r = crossdrill({"report", m_db, "-o", out, "--lang", lang});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(marker));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no output") << QStringList{"report", "@DB@"} << 2;
        QTest::newRow("bad format") << QStringList{"report", "@DB@", "-o", "@DIR@/r.docx"} << 2;
        QTest::newRow("bad lang") << QStringList{"report", "@DB@", "-o", "@DIR@/r.json", "--lang", "fr"} << 2;
        QTest::newRow("missing db") << QStringList{"report", "@DIR@/nope.cxdb", "-o", "@DIR@/r.json"} << 2;
        QTest::newRow("not a db") << QStringList{"report", "@DATA@", "-o", "@DIR@/r.json"} << 1;
        QTest::newRow("unwritable") << QStringList{"report", "@DB@", "-o", "/nonexistent/dir/r.json"} << 2;
    }
    void errors()
    {
        QFETCH(int, code);
        QFETCH(QStringList, args);
        for (QString &a : args)
            a.replace("@DB@", m_db).replace("@DIR@", m_dir.path()).replace("@DATA@", data("scenario.cxs.json"));
        const Result r = crossdrill(args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
