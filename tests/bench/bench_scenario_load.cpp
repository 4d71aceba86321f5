// Scenario load / validate / save speed (prints figures; not a test).
// Run: cmake --build build/dev --target bench_scenario_load &&
//      build/dev/tests/bench/bench_scenario_load [FILE.cxs.json] [INJECTS]
// With FILE: times that file. Always: a synthetic scenario with INJECTS (default 5000) injects,
// every other one waiting on the previous one, so reference checks are exercised at scale.
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace cd::scenario;

namespace {

Scenario synthetic(int injects)
{
    Scenario s;
    s.meta.id = QStringLiteral("bench");
    s.meta.title = Text::fromPair(QStringLiteral("負荷試験"), QStringLiteral("bench"));
    s.meta.durationMin = injects + 60;
    for (int i = 0; i < 20; ++i) {
        Room r;
        r.id = QStringLiteral("room-%1").arg(i);
        r.name = Text::fromPlain(QStringLiteral("部屋 %1").arg(i));
        s.rooms.push_back(r);
    }
    s.personas.push_back(Persona{QStringLiteral("desk"), Text::fromPlain(QStringLiteral("窓口")), QString()});
    for (int i = 0; i < injects; ++i) {
        Inject in;
        in.id = QStringLiteral("I-%1").arg(i);
        if (i % 2 == 1) {
            Condition c;
            c.kind = Condition::Kind::Fired;
            c.ref = QStringLiteral("I-%1").arg(i - 1);
            c.plusMin = 5;
            in.when = c;
        } else {
            in.atMin = i;
        }
        in.from = QStringLiteral("persona:desk");
        in.to = {QStringLiteral("room-%1").arg(i % 20)};
        in.cc = {QStringLiteral("room-%1").arg((i + 1) % 20)};
        in.subject = Text::fromPair(QStringLiteral("件名 %1").arg(i), QStringLiteral("Subject %1").arg(i));
        in.body = Text::fromPlain(QStringLiteral("本文。停電の影響で通信が不安定です。").repeated(4));
        Expected e;
        e.id = QStringLiteral("E-%1").arg(i);
        e.room = in.to.front();
        e.withinMin = 30;
        in.expected.push_back(e);
        s.injects.push_back(in);
    }
    return s;
}

template<typename F> double millis(int runs, F f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6 / runs;
}

void measure(const char *label, const QByteArray &bytes)
{
    LoadResult r = loadScenario(bytes, QStringLiteral("bench"));
    if (!r.scenario) {
        std::printf("%s: does not load (%zu diagnostics)\n", label, r.diagnostics.size());
        return;
    }
    const Scenario s = *r.scenario;
    const int runs = bytes.size() > 1000000 ? 3 : 20;
    const double load = millis(runs, [&] { r = loadScenario(bytes, QStringLiteral("bench")); });
    const double validate = millis(runs, [&] { (void)validateScenario(s); });
    QByteArray saved;
    const double save = millis(runs, [&] { saved = saveScenario(s); });
    std::printf("%s: %lld bytes, %zu injects: load %.2f ms (%.1f MB/s), validate %.2f ms, save %.2f ms, "
                "stable %s\n",
                label, static_cast<long long>(bytes.size()), s.injects.size(), load,
                static_cast<double>(bytes.size()) / 1e3 / load, validate, save,
                saveScenario(*loadScenario(saved, QStringLiteral("again")).scenario) == saved ? "yes" : "NO");
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int injects = 5000;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool isNumber = false;
        const int n = args[i].toInt(&isNumber);
        if (isNumber) {
            injects = n;
            continue;
        }
        QFile f(args[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args[i]));
            return 2;
        }
        measure(qPrintable(args[i]), f.readAll());
    }
    measure("synthetic", saveScenario(synthetic(injects)));
    return 0;
}
