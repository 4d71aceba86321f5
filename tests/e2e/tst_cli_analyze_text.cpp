// `crossdrill analyze` for people (docs/analyze.md): the text output (shock and its source, q as
// percentages with names in the chosen language, the ranking, the k-th order index), the order
// index as CSV, and --shock-mode, through the built binary.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QByteArray err;
};

Run analyze(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSDRILL_BINARY), QStringList{QStringLiteral("analyze")} + args);
    p.waitForFinished(120000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), p.readAllStandardError()};
}

QString data(const char *name)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/model/") + QString::fromLatin1(name);
}

}  // namespace

class TestCliAnalyzeText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private slots:
    void staticTextNamesTheShockAndRanks()
    {
        // Haimes & Jiang (2001), two systems: q = (4/7, 5/7); s2 down: total 1 + 0.8/0.84 = 1.95.
        const Run r = analyze(
            {"static", data("haimes_jiang_2001_two.csv"), "--shock", "s2=0.6", "--format", "text", "--lang", "en"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Shock: given with --shock.\n    60.0 %  s2\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("    71.4 %  s2\n    57.1 %  s1\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("    1.  total 1.95  others 0.95  s2\n    2.  total 1.24  others 0.24  s1\n"),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains("Order-"));
    }

    void orderIndexInText_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("first");
        // A*^2 = diag(0.16, 0.16); A*^3 = [[0, 0.128], [0.032, 0]].
        QTest::newRow("2") << 2 << "    0.1600  s1 depends on s1\n";
        QTest::newRow("3") << 3 << "    0.1280  s1 depends on s2\n    0.0320  s2 depends on s1\n";
    }
    void orderIndexInText()
    {
        QFETCH(int, k);
        QFETCH(QString, first);
        const Run r = analyze({"static", data("haimes_jiang_2001_two.csv"), "--format", "text", "--lang", "en",
                               "--order", QString::number(k)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Order-%1 interdependency index").arg(k)), qPrintable(r.out));
        QVERIFY2(r.out.contains(first), qPrintable(r.out));
        QVERIFY2(r.out.contains("No shock: nothing is hit"), qPrintable(r.out));
    }

    void orderIndexAsCsv()
    {
        // --order K with CSV: the matrix A*^K in the layout of an A* matrix input (readable back).
        const Run r3 = analyze({"static", data("haimes_jiang_2001_two.csv"), "--format", "csv", "--order", "3"});
        QCOMPARE(r3.code, 0);
        const QStringList lines = r3.out.split('\n');
        QCOMPARE(lines.size(), 4);  // header, two rows, the empty rest after the last newline
        QCOMPARE(lines[0], QStringLiteral(",s1,s2"));
        const QStringList s1 = lines[1].split(','), s2 = lines[2].split(',');
        QCOMPARE(s1[0], QStringLiteral("s1"));
        QCOMPARE(s1[1], QStringLiteral("0"));
        QCOMPARE_LE(std::abs(s1[2].toDouble() - 0.128), 1e-15);
        QCOMPARE(s2[0], QStringLiteral("s2"));
        QCOMPARE_LE(std::abs(s2[1].toDouble() - 0.032), 1e-15);
        QCOMPARE(s2[2], QStringLiteral("0"));
        const Run r2 = analyze({"static", data("haimes_jiang_2001_two.csv"), "--format", "csv", "--order", "2"});
        QVERIFY2(r2.out.startsWith(",s1,s2\ns1,0.16"), qPrintable(r2.out));
        QVERIFY(r2.out != r3.out);
        // Without --order the CSV stays node,q.
        const Run plain = analyze({"static", data("haimes_jiang_2001_two.csv"), "--shock", "s2=0.6"});
        QVERIFY(plain.out.startsWith("node,q\n"));
    }

    void clippedValuesAreShown()
    {
        // Haimes & Jiang (2001), four sectors: s3 and s4 are clipped from 132.8 % and 140.6 %.
        const QString path = write("hj4.csv", ",s1,s2,s3,s4\ns1,0,0.9,0,0\ns2,0.4,0,0,0\ns3,1,0.8,0,0\ns4,1,0.9,0,0\n");
        const Run r = analyze({"static", path, "--shock", "s2=0.5", "--format", "text", "--lang", "en"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("   100.0 %  s3  (clipped from 132.8 %)\n   100.0 %  s4  (clipped from 140.6 %)\n"
                                "    78.1 %  s2\n    70.3 %  s1\n"),
                 qPrintable(r.out));
    }

    void scenarioNamesInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("telecom");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << "en"
                            << "    48.0 %  Telecom (telecom)  about 2,400 users\n"
                            << "Shock: the scenario's hidden cause (truth.shocks).";
        QTest::newRow("ja") << "ja"
                            << "    48.0 %  通信 (telecom)  約 2,400 users\n"
                            << "直接の被害 (shock): シナリオの隠れた原因 (truth.shocks)。";
    }
    void scenarioNamesInTheChosenLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, telecom);
        QFETCH(QString, heading);
        const Run r = analyze({"static", data("cascade_e2e.cxs.json"), "--format", "text", "--lang", lang});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(heading), qPrintable(r.out));
        QVERIFY2(r.out.contains("    80.0 %  電力 (power)"), qPrintable(r.out));
        QVERIFY2(r.out.contains(telecom), qPrintable(r.out));
    }

    void shockMode_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("power");
        QTest::newRow("none given") << QStringList{} << 2 << QString();
        QTest::newRow("add") << QStringList{"--shock-mode", "add"} << 0 << QString("power,0.9");
        QTest::newRow("replace") << QStringList{"--shock-mode", "replace"} << 0 << QString("power,0.1");
    }
    void shockMode()
    {
        // truth.shocks: power 0.8; --shock power=0.1 adds (0.9) or replaces (0.1), never silently.
        QFETCH(QStringList, mode);
        QFETCH(int, code);
        QFETCH(QString, power);
        const Run r = analyze(
            QStringList{"static", data("cascade_e2e.cxs.json"), "--shock", "power=0.1", "--format", "csv"} + mode);
        QCOMPARE(r.code, code);
        if (code != 0) {
            QVERIFY2(r.err.contains("--shock-mode add") && r.err.contains("--shock-mode replace"), r.err.constData());
            QVERIFY(r.out.isEmpty());
            return;
        }
        QVERIFY2(r.out.contains(power + "\n"), qPrintable(r.out));
    }

    void dynamicText()
    {
        // power 80 % from +00:10 (rate inf); telecom's 3 h battery drains at 0.8 h an hour and runs
        // out at +03:55, then telecom moves 1/30 of the way to 0.6 * 0.8 = 48 % a minute (rate 2/h):
        // 6.1 % (degraded) at +03:58, 47.8 % at the horizon, never down.
        const Run r =
            analyze({"dynamic", data("cascade_e2e.cxs.json"), "--horizon", "400", "--format", "text", "--lang", "en"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("    80.0 %  電力 (power)  from +00:10 on\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("    80.0 %  +00:10    +00:10  +00:10      80.0 %  電力 (power)\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("    47.8 %  +06:40    +03:58       -      47.8 %  Telecom (telecom)\n"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("  Telecom (telecom): from +04:10 (level held for its duration at +04:40)\n"),
                 qPrintable(r.out));
    }

    void helpExplainsQ()
    {
        const Run r = analyze({"--help", "--lang", "en"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("q is a sector's inoperability"));
        QVERIFY(r.out.contains("sectors' worth"));
        QVERIFY(r.out.contains("--shock-mode"));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyzeText)
#include "tst_cli_analyze_text.moc"
