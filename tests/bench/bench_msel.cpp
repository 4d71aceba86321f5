// MSEL export/import speed on a large synthetic MSEL (prints figures; not a test).
// Run: cmake --build build/dev --target bench_msel && build/dev/tests/bench/bench_msel [INJECTS]
#include "scenario/csv.h"
#include "scenario/loader.h"
#include "scenario/msel.h"
#include "scenario/saver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace cd::scenario;

namespace {

Scenario synthetic(int injects)
{
    Scenario s;
    s.meta.id = QStringLiteral("bench");
    s.meta.title = Text::fromPlain(QStringLiteral("bench"));
    s.meta.start = QStringLiteral("09:00");
    s.meta.durationMin = injects + 60;
    for (const char *id : {"nisc", "mic", "op-a"}) {
        Room r;
        r.id = QString::fromLatin1(id);
        r.name = Text::fromPlain(r.id);
        r.role = Role::Operator;
        s.rooms.push_back(r);
    }
    s.personas.push_back(
        Persona{QStringLiteral("desk"), Text::fromPlain(QStringLiteral("Desk")), QStringLiteral("customer")});
    for (int i = 0; i < injects; ++i) {
        Inject in;
        in.id = QStringLiteral("I-%1").arg(i);
        in.atMin = i;
        in.from = QStringLiteral("persona:desk");
        in.to = {QStringLiteral("op-a")};
        in.cc = {QStringLiteral("mic"), QStringLiteral("nisc")};
        in.subject =
            Text::fromPair(QStringLiteral("「至急」件名 %1, 停電").arg(i), QStringLiteral("Urgent \"%1\"").arg(i));
        in.body = Text::fromPair(QStringLiteral("本文の一行目。\n二行目、読点あり。"),
                                 QStringLiteral("Line one.\nLine two, comma."));
        in.expected.push_back(Expected{QStringLiteral("E-%1").arg(i), QStringLiteral("op-a"), Action::Report,
                                       QStringLiteral("mic"), 30, 1});
        in.controlNotes = Text::fromPlain(QStringLiteral("notes"));
        s.injects.push_back(in);
    }
    return s;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    const Scenario s = synthetic(n);
    if (const Diagnostics d = validateScenario(s); hasErrors(d)) {
        std::fprintf(stderr, "synthetic scenario is invalid: %s\n", qPrintable(d.front().format()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const QByteArray bytes = msel::exportCsv(s);
    const qint64 exportMs = t.restart();
    const csv::ReadResult rows = csv::read(bytes);
    const qint64 readMs = t.restart();
    const msel::ImportResult imported = msel::importCsv(bytes, QStringLiteral("bench.csv"), s);
    const qint64 importMs = t.restart();
    const LoadResult reloaded = loadScenario(saveScenario(s), QStringLiteral("bench.json"));
    const qint64 loadMs = t.elapsed();
    std::printf(
        "injects %d, CSV %lld bytes\nexport %lld ms\ncsv read %lld ms (%zu rows)\nimport+validate %lld ms (%s)\n"
        "of which the loader alone (save + load the same scenario) %lld ms\n",
        n, static_cast<long long>(bytes.size()), static_cast<long long>(exportMs), static_cast<long long>(readMs),
        rows.rows.size(), static_cast<long long>(importMs),
        imported.scenario && imported.scenario->injects == s.injects ? "round trip equal" : "ROUND TRIP DIFFERS",
        static_cast<long long>(loadMs));
    return imported.scenario ? 0 : 1;
}
