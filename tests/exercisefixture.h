#pragma once
// Shared helpers for the exercise engine tests: start a scenario from tests/data/exercise with a
// fake clock (no sleeps), find events.

#include "exercise/exercise.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>
#include <QString>

#include <memory>

namespace fixture {

using cd::exercise::Exercise;
using cd::store::Event;

inline QString dataPath(const QString &name)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/exercise/") + name;
}

/// A wall clock that moves 1 ms each time it is read.
inline cd::exercise::TimeSource fakeTime()
{
    auto t = std::make_shared<qint64>(1700000000000);
    return [t] { return (*t)++; };
}

inline cd::exercise::ExerciseOptions options()
{
    cd::exercise::ExerciseOptions o;
    o.now = fakeTime();
    o.speed = cd::exercise::Clock::kMax;
    return o;
}

/// Starts `scenario` (a file in tests/data/exercise) into `db`, with the player script if given.
inline std::unique_ptr<Exercise> start(const QString &scenario, const QString &script, const QString &db,
                                       QString *error)
{
    QFile f(dataPath(scenario));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return nullptr;
    }
    const QByteArray json = f.readAll();
    const auto loaded = cd::scenario::loadScenario(json, scenario);
    if (!loaded.scenario) {
        for (const auto &d : loaded.diagnostics)
            *error += d.format() + QLatin1Char('\n');
        return nullptr;
    }
    auto ex = Exercise::start(*loaded.scenario, cd::store::EventLog::create(db, json), options(), error);
    if (ex && !script.isEmpty()) {
        auto s = cd::exercise::loadPlayerScriptFile(dataPath(script), *loaded.scenario);
        if (!s.script) {
            *error = s.errors.join(QLatin1Char('\n'));
            return nullptr;
        }
        ex->setScript(std::move(*s.script));
    }
    return ex;
}

inline const Event *find(const std::vector<Event> &events, const QString &kind, const QString &key,
                         const QString &value)
{
    for (const Event &e : events)
        if (e.kind == kind && (key.isEmpty() || e.payload.value(key).toString() == value))
            return &e;
    return nullptr;
}

}  // namespace fixture
