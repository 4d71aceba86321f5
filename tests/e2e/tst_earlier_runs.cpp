// The 2006 tabletop and 2007 mail-only bundled scenarios played end to end by their player
// scripts, as a user runs them: `crossdrill run SCENARIO --db X --speed max --players SCRIPT`,
// then `crossdrill export`. No scripted action is refused, the scripted rooms meet every
// expectation and every expected flow, no contingency inject is needed, and the 2007 run
// carries no phone or web traffic at all.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run crossdrill(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSDRILL_BINARY), args);
    if (!p.waitForStarted(-1))
        qFatal("cannot start %s", CROSSDRILL_BINARY);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString scenarioDir()
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

class TestEarlierRuns final : public QObject
{
    Q_OBJECT
private slots:
    void playsThrough_data();
    void playsThrough();
};

void TestEarlierRuns::playsThrough_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("mailOnly");
    QTest::newRow("2006 tabletop") << QString("2006-tabletop-earthquake") << QString("+03:00") << false;
    QTest::newRow("2007 ddos") << QString("2007-ddos-mail-only") << QString("+04:00") << true;
}

void TestEarlierRuns::playsThrough()
{
    QFETCH(QString, base);
    QFETCH(QString, end);
    QFETCH(bool, mailOnly);
    const QString scenario = scenarioDir() + base + ".cxs.json";
    const QString script = scenarioDir() + base + ".players.json";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath("x.cxdb");

    const Run run = crossdrill({"run", scenario, "--db", db, "--speed", "max", "--players", script});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QByteArray("exercise time " + end.toUtf8() + " (ended)")), run.out.constData());
    QVERIFY2(run.out.trimmed().endsWith(", 0 refused"), run.out.constData());

    const Run exported = crossdrill({"export", db});
    QCOMPARE(exported.code, 0);
    QSet<QString> met, flowsMet, fired;
    QStringList missed, phoneOrWeb;
    for (const QByteArray &line : exported.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        const QString kind = e.value("kind").toString();
        const QJsonObject p = e.value("payload").toObject();
        if (kind == "expected.met")
            met.insert(p.value("expected").toString());
        else if (kind == "expected.missed" || kind == "flow.missed")
            missed.append(kind + " " + p.value("expected").toString() + p.value("flow").toString());
        else if (kind == "flow.met")
            flowsMet.insert(p.value("flow").toString());
        else if (kind == "inject.fired")
            fired.insert(p.value("inject").toString());
        if (kind.startsWith("call.") || kind == "page.posted")
            phoneOrWeb.append(e.value("t").toString() + " " + kind);
    }
    QCOMPARE(missed, QStringList());

    const QJsonObject s = readJson(scenario);
    QStringList unmet, contingencies;
    for (const QJsonValue &v : s.value("injects").toArray()) {
        const QJsonObject in = v.toObject();
        const bool timed = in.contains("at");
        if (in.value("contingency").toBool() && fired.contains(in.value("id").toString()))
            contingencies.append(in.value("id").toString());
        if (!timed)
            continue;
        QVERIFY2(fired.contains(in.value("id").toString()), qPrintable(in.value("id").toString()));
        for (const QJsonValue &x : in.value("expected").toArray())
            if (!met.contains(x.toObject().value("id").toString()))
                unmet.append(x.toObject().value("id").toString());
    }
    QCOMPARE(unmet, QStringList());
    QCOMPARE(contingencies, QStringList());
    QStringList flowsUnmet;
    for (const QJsonValue &v : s.value("expected_flows").toArray())
        if (!flowsMet.contains(v.toObject().value("id").toString()))
            flowsUnmet.append(v.toObject().value("id").toString());
    QCOMPARE(flowsUnmet, QStringList());
    if (mailOnly)
        QCOMPARE(phoneOrWeb, QStringList());
}

QTEST_GUILESS_MAIN(TestEarlierRuns)
#include "tst_earlier_runs.moc"
