#pragma once
// Runs a golden report case (tests/data/report/<case>/scenario.cxs.json + players.json) headless
// at max speed with a fake clock into `db`, and computes its report.

#include "exercise/exercise.h"
#include "report/report.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>
#include <QString>

#include <memory>

namespace reportfixture {

inline QString casePath(const QString &name, const QString &file)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/report/") + name + QLatin1Char('/') + file;
}

/// Runs `scenarioFile` with the player script `playersFile` into `db` up to minute `until` (-1:
/// its end). Returns the error text, empty on success.
inline QString runScenario(const QString &scenarioFile, const QString &playersFile, const QString &db, int until = -1)
{
    QFile f(scenarioFile);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    const QByteArray json = f.readAll();
    const auto loaded = cd::scenario::loadScenario(json, f.fileName());
    if (!loaded.scenario) {
        QString e;
        for (const auto &d : loaded.diagnostics)
            e += d.format() + QLatin1Char('\n');
        return e;
    }
    cd::exercise::ExerciseOptions o;
    auto t = std::make_shared<qint64>(1700000000000);
    o.now = [t] { return (*t)++; };
    o.speed = cd::exercise::Clock::kMax;
    QString error;
    auto ex = cd::exercise::Exercise::start(*loaded.scenario, cd::store::EventLog::create(db, json), o, &error);
    if (!ex)
        return error;
    auto script = cd::exercise::loadPlayerScriptFile(playersFile, *loaded.scenario);
    if (!script.script)
        return script.errors.join(QLatin1Char('\n'));
    ex->setScript(std::move(*script.script));
    QStringList refused;
    ex->onRefused(
        [&refused](const QString &actor, const QString &why) { refused << actor + QStringLiteral(": ") + why; });
    ex->advanceTo(until < 0 ? loaded.scenario->meta.durationMin : until);
    return refused.join(QLatin1Char('\n'));
}

/// Runs the case to its end into `db`. Returns the error text, empty on success.
inline QString runCase(const QString &name, const QString &db)
{
    return runScenario(casePath(name, QStringLiteral("scenario.cxs.json")),
                       casePath(name, QStringLiteral("players.json")), db);
}

}  // namespace reportfixture
