// Engine throughput: the bundled 6-hour scenario with its player script, run headless at max
// speed (every minute processed, one durable transaction per minute with events). Prints figures.
#include "exercise/exercise.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <climits>

// Usage: bench_exercise [SCENARIO PLAYERS] (default: the bundled ones, from the source tree's root).
int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    const QString scenarioPath =
        argc > 2 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("scenarios/nisc-2008-cross-sector.cxs.json");
    const QString playersPath =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("scenarios/nisc-2008-cross-sector.players.json");
    QFile f(scenarioPath);
    if (!f.open(QIODevice::ReadOnly)) {
        out << "cannot read " << scenarioPath << '\n';
        return 2;
    }
    const QByteArray json = f.readAll();
    const auto loaded = cd::scenario::loadScenario(json, scenarioPath);
    const auto script = loaded.scenario ? cd::exercise::loadPlayerScriptFile(playersPath, *loaded.scenario)
                                        : cd::exercise::ScriptLoad{};
    if (!loaded.scenario || !script.script) {
        out << "the bundled scenario or its script does not load\n";
        return 1;
    }
    QTemporaryDir dir;
    for (int run = 0; run < 3; ++run) {
        cd::exercise::ExerciseOptions options;
        options.speed = cd::exercise::Clock::kMax;
        QString error;
        QElapsedTimer timer;
        timer.start();
        auto ex = cd::exercise::Exercise::start(
            *loaded.scenario, cd::store::EventLog::create(dir.filePath(QStringLiteral("b%1.cxdb").arg(run)), json),
            options, &error);
        if (!ex) {
            out << error << '\n';
            return 1;
        }
        ex->setScript(*script.script);
        ex->advanceTo(INT_MAX);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("run %1: %2 exercise minutes, %3 events in %4 s (%5 events/s, %6 exercise min/s)\n")
                   .arg(run)
                   .arg(ex->minute())
                   .arg(ex->log().lastSeq())
                   .arg(s, 0, 'f', 3)
                   .arg(qint64(double(ex->log().lastSeq()) / s))
                   .arg(qint64(ex->minute() / s));
        out.flush();
    }
    return 0;
}
