// scenarios/tools/scale_scenario.py (the 2016-scale rehearsal generator) on the bundled
// functional scenarios, at a size a test can afford (80 rooms, 320 people; the benchmark
// tests/bench/run_scale_bench.sh runs 500 and 2,000): the scaled scenario loads without a
// diagnostic, has the rooms and people asked for, and its player script plays through with no
// refusal, every expectation (the clones' included) and every flow met.
#include "scenario/loader.h"

#include <QFile>
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

Run start(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(-1))
        return {};
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

class TestScaleScenario final : public QObject
{
    Q_OBJECT

private slots:
    void scalesAndPlays_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("baseExpected");  // expectations met by the base scenario's dry run
        QTest::newRow("present day") << "nisc-present-cross-sector" << 25;
        QTest::newRow("2008") << "nisc-2008-cross-sector" << 29;
    }
    void scalesAndPlays()
    {
        QFETCH(QString, base);
        QFETCH(int, baseExpected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString src = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/");
        const QString prefix = dir.filePath("scaled");
        const Run gen =
            start("python3", {src + "tools/scale_scenario.py", src + base + ".cxs.json", "--players",
                              src + base + ".players.json", "--rooms", "80", "--participants", "320", "-o", prefix});
        QCOMPARE(QString::fromUtf8(gen.err), QString());
        QCOMPARE(gen.code, 0);
        QVERIFY2(gen.out.contains(": 80 rooms, 320 participants"), gen.out.constData());

        const cd::scenario::LoadResult loaded = cd::scenario::loadScenarioFile(prefix + ".cxs.json");
        QStringList diagnostics;
        for (const cd::scenario::Diagnostic &d : loaded.diagnostics)
            diagnostics << d.format();
        QCOMPARE(diagnostics, QStringList());
        QVERIFY(loaded.scenario);
        QCOMPARE(loaded.scenario->rooms.size(), std::size_t(80));
        int lines = 0;
        for (const cd::scenario::Room &r : loaded.scenario->rooms)
            lines += r.phoneLines;
        QCOMPARE(lines, 320);  // one line per person
        QFile roster(prefix + ".participants.csv");
        QVERIFY(roster.open(QIODevice::ReadOnly));
        QCOMPARE(roster.readAll().count('\n'), 321);  // header + one row per person

        const QString db = dir.filePath("x.cxdb");
        const Run run = start(CROSSDRILL_BINARY, {"run", prefix + ".cxs.json", "--db", db, "--speed", "max",
                                                  "--players", prefix + ".players.json"});
        QCOMPARE(QString::fromUtf8(run.err), QString());
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("(ended)") && run.out.trimmed().endsWith(", 0 refused"), run.out.constData());
        const Run exported = start(CROSSDRILL_BINARY, {"export", db, "--format", "jsonl"});
        QCOMPARE(exported.code, 0);
        int met = 0;
        QStringList missed;
        for (const QByteArray &line : exported.out.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            const QString kind = e.value("kind").toString();
            if (kind == "expected.met")
                ++met;
            else if (kind == "expected.missed" || kind == "flow.missed")
                missed << kind + " " + e.value("payload").toObject().value("expected").toString() +
                              e.value("payload").toObject().value("flow").toString();
        }
        QCOMPARE(missed, QStringList());
        QCOMPARE_GT(met, 2 * baseExpected);  // the clones meet theirs too
    }
};

QTEST_GUILESS_MAIN(TestScaleScenario)
#include "tst_scale_scenario.moc"
