// `crossdrill analyze` end to end (docs/model.md "On the command line"): outputs, options, exit codes
// and located errors, through the built binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run analyze(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSDRILL_BINARY), QStringList{QStringLiteral("analyze")} + args);
    p.waitForFinished(120000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/model/") + QString::fromLatin1(name);
}

}  // namespace

class TestCliAnalyze : public QObject
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
    void staticCsv()
    {
        const Run r = analyze({"static", data("lian_haimes_2006.csv"), "--shock", "s2=0.1"});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("node,q"));
        QVERIFY(lines[1].startsWith("s1,0.066006600660066"));
        QVERIFY(lines[2].startsWith("s2,0.11221122112211"));
    }

    void staticJson()
    {
        const Run r = analyze(
            {"static", data("haimes_jiang_2001_two.csv"), "--shock", "s2=0.6", "--format", "json", "--order", "3"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE_LE(std::abs(o["q"]["s1"].toDouble() - 4.0 / 7), 1e-12);
        QCOMPARE(o["order"]["k"].toInt(), 3);
        QCOMPARE_LE(std::abs(o["order"]["index"][0][1].toDouble() - 0.128), 1e-12);
        QCOMPARE(o["ranking"][0]["node"].toString(), QStringLiteral("s2"));
        QCOMPARE(o["hit_times_min"]["s1"]["s2"].toDouble(), 1.0);
    }

    void dynamicCsv()
    {
        // docs/model.md's example: step 60, rate 0.2, shock 0.1 on the second sector from hour 1 to 30.
        const Run r = analyze({"dynamic", data("lian_haimes_2006.csv"), "--horizon", "600", "--step", "60",
                               "--rate-all", "0.2", "--shock", "s2=0.1@60..1800", "--every", "4"});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("t_min,s1,s2"));
        // Rows 0, 240, 480 and the last (600).
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[1].startsWith("0,0,0"));
        const QList<QByteArray> last = lines.back().split(',');
        QCOMPARE(last[0], QByteArray("600"));
        QCOMPARE_LE(std::abs(last[1].toDouble() - 0.03497), 5e-6);
        QCOMPARE_LE(std::abs(last[2].toDouble() - 0.09424), 5e-6);
    }

    void dynamicOnlyAndRate()
    {
        const Run r = analyze({"dynamic", data("sectors_edges.csv"), "--nodes", data("sectors_nodes.csv"), "--horizon",
                               "200", "--shock", "power=1@10", "--rate", "telecom=inf", "--only", "telecom"});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 202);
        QCOMPARE(lines[0], QByteArray("t_min,telecom"));
        QCOMPARE(lines[190], QByteArray("189,0"));  // the 3 h battery holds until 190
        QCOMPARE(lines[191], QByteArray("190,0.9"));
    }

    void scenarioJson()
    {
        // A scenario takes truth.shocks (power 0.8 from +00:10) and meta.start for clock times.
        const Run r = analyze(
            {"dynamic", data("cascade_e2e.cxs.json"), "--horizon", "400", "--every", "100", "--format", "json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["trajectory"].toArray().size(), 5);
        QCOMPARE(o["breaches"][0]["node"].toString(), QStringLiteral("telecom"));
        QCOMPARE(o["breaches"][0]["start_min"].toInt(), 250);
        QCOMPARE(o["breaches"][0]["at_min"].toInt(), 280);
        QVERIFY(o["integral_node_hours"]["power"].toDouble() > 5.2);
        const QJsonArray ex = o["explanations"].toArray();
        QCOMPARE(ex.size(), 2);
        QCOMPARE(ex[1]["text"].toString(),
                 QStringLiteral("telecom degraded at 16:28: power input felt after its 3 h battery ran out at 16:25"));
        // --shock-mode replace: only the given shock, instead of truth.shocks.
        const Run quiet = analyze({"dynamic", data("cascade_e2e.cxs.json"), "--horizon", "30", "--shock", "telecom=0",
                                   "--shock-mode", "replace"});
        QCOMPARE(quiet.code, 0);
        QVERIFY(quiet.out.trimmed().endsWith("30,0,0"));
    }

    void graphmlInput()
    {
        const Run r = analyze({"static", data("networkx_sectors.graphml"), "--shock", "power=0.5"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("node,q\npower,"));
        QCOMPARE(r.out.count('\n'), 5);
    }

    void unstableNamesTheCycle()
    {
        const QString path = write("unstable.csv", ",power,telecom\npower,0,1\ntelecom,1,0\n");
        const Run r = analyze({"static", path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("power -> telecom -> power"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ": error: unstable")), r.err.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("where");
        QTest::newRow("negative weight") << QByteArray("from,to,weight,autonomy_h\na,b,-1,0\n")
                                         << QByteArray(":2: error:");
        QTest::newRow("malformed csv") << QByteArray("from,to,weight,autonomy_h\na,\"b,1,0\n")
                                       << QByteArray(":2: error:");
        QTest::newRow("malformed graphml")
            << QByteArray("<graphml>\n<graph edgedefault=\"directed\">\n<node id=\"a\">\n</graphml>\n")
            << QByteArray(":4:");
        QTest::newRow("unknown format") << QByteArray("hello\n") << QByteArray(":1: error: unrecognised input");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, where);
        const QString path = write("bad.input", content);
        const Run r = analyze({"dynamic", path, "--horizon", "10"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + where)), r.err.constData());
    }

    void unknownIdIsLocated()
    {
        const QString edges =
            write("unknown.csv", "from,to,weight,autonomy_h\npower,telecom,0.5,0\npower,telekom,0.5,0\n");
        const Run r = analyze({"dynamic", edges, "--nodes", data("sectors_nodes.csv"), "--horizon", "10"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QByteArray(edges.toUtf8() + ":3: error: unknown node 'telekom'")), r.err.constData());
        QVERIFY2(r.err.contains("did you mean 'telecom'?"), r.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no mode") << QStringList{data("lian_haimes_2006.csv")};
        QTest::newRow("missing horizon") << QStringList{"dynamic", data("lian_haimes_2006.csv")};
        QTest::newRow("unknown shock node") << QStringList{"static", data("lian_haimes_2006.csv"), "--shock", "s3=1"};
        QTest::newRow("unreadable file") << QStringList{"static", data("no-such-file.csv")};
        QTest::newRow("bad format") << QStringList{"static", data("lian_haimes_2006.csv"), "--format", "xml"};
        QTest::newRow("static with horizon") << QStringList{"static", data("lian_haimes_2006.csv"), "--horizon", "5"};
        QTest::newRow("bad shock mode") << QStringList{
            "static", data("cascade_e2e.cxs.json"), "--shock", "power=1", "--shock-mode", "merge"};
        QTest::newRow("shock mode without shock")
            << QStringList{"static", data("cascade_e2e.cxs.json"), "--shock-mode", "add"};
        QTest::newRow("bad lang") << QStringList{"static", data("lian_haimes_2006.csv"), "--lang", "fr"};
        QTest::newRow("dynamic with order") << QStringList{"dynamic", data("lian_haimes_2006.csv"), "--order", "2"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = analyze(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
