// One model run (issue 13 item 4; exercise/modelrun.h): on every bundled scenario, run with its
// player script and a live shock added by the control team, the report's re-run of the model
// (report::runModel over the log's model changes) equals the live trajectory bit for bit: every
// node's q at every step, the integrals and the breaches. Half of the runs are interrupted and
// resumed from the database midway, which rebuilds the model from the log as the report does.
#include "exercise/exercise.h"
#include "report/modelrun.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <map>
#include <vector>

using namespace cd;

class TestModelRerun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// q of every node after each processed minute of the live run.
    using Live = std::map<int, std::map<QString, double>>;

    static void sample(const exercise::Exercise &ex, Live &live)
    {
        const model::Cascade &m = ex.model();
        auto &row = live[m.minute()];
        for (int i = 0; i < m.nodeCount(); ++i)
            row[m.nodeId(i)] = m.q(i);
    }

private slots:
    void rerunEqualsLive_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("resumeMidway");
        const QDir dir(CROSSDRILL_SOURCE_DIR "/scenarios");
        const QStringList files = dir.entryList({"*.cxs.json"}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files) {
            QTest::newRow(qPrintable(f + " uninterrupted")) << dir.filePath(f) << false;
            QTest::newRow(qPrintable(f + " resumed")) << dir.filePath(f) << true;
        }
    }

    void rerunEqualsLive()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, resumeMidway);
        const scenario::LoadResult loaded = scenario::loadScenarioFile(scenario);
        QVERIFY(loaded.scenario);
        const scenario::Scenario &s = *loaded.scenario;
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString db = m_dir.filePath(QFileInfo(scenario).baseName() + (resumeMidway ? "-r" : "-u") + ".cxdb");
        exercise::ExerciseOptions options;
        options.speed = exercise::Clock::kMax;
        QString error;
        auto ex = exercise::Exercise::start(s, store::EventLog::create(db, f.readAll()), options, &error);
        QVERIFY2(ex, qPrintable(error));
        QString players = scenario;
        players.replace(".cxs.json", ".players.json");
        const auto loadScript = [&](exercise::Exercise &x) {
            if (!QFile::exists(players))
                return;
            auto script = exercise::loadPlayerScriptFile(players, x.scenario());
            QVERIFY2(script.script, qPrintable(script.errors.join('\n')));
            x.setScript(std::move(*script.script));
        };
        loadScript(*ex);
        const int end = s.meta.durationMin;
        QVERIFY(end > 40);
        const int shockAt = end / 4;
        const int resumeAt = end / 2;
        Live live;
        ex->advanceTo(0);
        sample(*ex, live);
        int changes = 0;
        for (int t = 1; t <= end && !ex->ended(); ++t) {
            if (t == shockAt) {
                const exercise::Outcome o = ex->perform(
                    "control", {{"do", "shock"}, {"node", s.graph.nodes.front().id}, {"c", 0.4}, {"to", t + 45}});
                QVERIFY2(o.ok, qPrintable(o.message));
            }
            if (resumeMidway && t == resumeAt) {
                ex.reset();  // as a crash would leave it: everything committed, the model gone
                ex = exercise::Exercise::resume(store::EventLog::open(db), options, &error);
                QVERIFY2(ex, qPrintable(error));
                loadScript(*ex);
            }
            ex->advanceTo(t);
            sample(*ex, live);
        }
        QVERIFY(ex->ended());
        const std::vector<store::Event> events = ex->log().read();
        const std::vector<report::ModelChange> logged = report::modelChanges(s, events);
        for (const report::ModelChange &c : logged)
            changes += c.effect ? 1 : 0;
        QVERIFY2(changes > 0, "the player script approves no mitigation: the test would not cover them");
        QVERIFY(std::any_of(logged.begin(), logged.end(), [](const auto &c) { return c.shock.has_value(); }));

        const auto rerun = report::runModel(s, logged, ex->minute(), &error);
        QVERIFY2(rerun, qPrintable(error));
        QCOMPARE(int(rerun->minutes.size()), int(live.size()));
        for (size_t i = 0; i < rerun->minutes.size(); ++i) {
            const int minute = rerun->minutes[i];
            QVERIFY(live.count(minute));
            for (const auto &[node, q] : live.at(minute))
                if (rerun->q.at(node)[i] != q)  // bit for bit: no tolerance
                    QFAIL(qPrintable(QString("%1 at minute %2: live q %3, re-run %4")
                                         .arg(node)
                                         .arg(minute)
                                         .arg(q, 0, 'g', 17)
                                         .arg(rerun->q.at(node)[i], 0, 'g', 17)));
        }
        const model::Cascade &m = ex->model();
        for (int i = 0; i < m.nodeCount(); ++i)
            QCOMPARE(rerun->integral.at(m.nodeId(i)), m.integral(i));
        QCOMPARE(int(rerun->breaches.size()), int(m.breaches().size()));
        for (size_t i = 0; i < m.breaches().size(); ++i) {
            QCOMPARE(rerun->breaches[i].node, m.breaches()[i].node);
            QCOMPARE(rerun->breaches[i].startMin, m.breaches()[i].startMin);
            QCOMPARE(rerun->breaches[i].atMin, m.breaches()[i].atMin);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelRerun)
#include "tst_model_rerun.moc"
