// After-action report speed: the bundled scenario with its player script plus generated mail
// traffic (each mail a sent, a delivered and often a read event) until the log holds about
// 50,000 events; then the report is computed from the database and written as JSON, HTML and
// Markdown. Target: under 3 s. Prints figures; asserts nothing (never part of ctest).
#include "exercise/exercise.h"
#include "report/documents.h"
#include "report/report.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cd;

int main()
{
    QTextStream out(stdout);
    const QString dir = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/");
    QFile f(dir + QStringLiteral("nisc-2008-cross-sector.cxs.json"));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray json = f.readAll();
    const auto loaded = scenario::loadScenario(json, f.fileName());
    if (!loaded.scenario)
        return 1;
    const scenario::Scenario &s = *loaded.scenario;
    auto script = exercise::loadPlayerScriptFile(dir + QStringLiteral("nisc-2008-cross-sector.players.json"), s);
    if (!script.script)
        return 1;

    // Generated traffic: every minute, ~55 mails between player rooms, each read by its first
    // recipient a minute later.
    QStringList rooms;
    for (const scenario::Room &r : s.rooms)
        if (r.role != scenario::Role::Observer)
            rooms << r.id;
    int index = int(script.script->actions.size());
    int mailNo = 0;
    std::vector<exercise::ScriptAction> extra;
    static const char *kinds[] = {"report", "advisory", "query", "other"};
    for (int minute = 1; minute < s.meta.durationMin; ++minute)
        for (int k = 0; k < 55; ++k) {
            const QString from = rooms[(minute * 7 + k) % rooms.size()];
            const QString to = rooms[(minute * 3 + k * 5 + 1) % rooms.size()];
            if (from == to)
                continue;
            ++mailNo;
            extra.push_back({index++, minute, from,
                             QJsonObject{{QStringLiteral("do"), QStringLiteral("mail")},
                                         {QStringLiteral("to"), QJsonArray{to}},
                                         {QStringLiteral("kind"), QString::fromLatin1(kinds[k % 4])},
                                         {QStringLiteral("subject"), QStringLiteral("状況報告 %1").arg(mailNo)},
                                         {QStringLiteral("body"), QString(200, QLatin1Char('x'))}}});
        }
    auto &actions = script.script->actions;
    actions.insert(actions.end(), extra.begin(), extra.end());
    std::stable_sort(actions.begin(), actions.end(),
                     [](const exercise::ScriptAction &a, const exercise::ScriptAction &b) { return a.at < b.at; });

    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("bench.cxdb"));
    exercise::ExerciseOptions o;
    auto t = std::make_shared<qint64>(1700000000000);
    o.now = [t] { return (*t)++; };
    o.speed = exercise::Clock::kMax;
    QString error;
    {
        auto ex = exercise::Exercise::start(s, store::EventLog::create(db, json), o, &error);
        if (!ex) {
            out << error << '\n';
            return 1;
        }
        ex->setScript(std::move(*script.script));
        ex->onRefused([](const QString &, const QString &) {});
        ex->advanceTo(s.meta.durationMin);
    }

    auto log = store::EventLog::open(db);
    out << "exercise: " << log->lastSeq() << " events, " << s.graph.nodes.size() << " sectors\n";
    QElapsedTimer timer;
    timer.start();
    report::Report r;
    if (!report::computeFromLog(*log, &r, &error)) {
        out << error << '\n';
        return 1;
    }
    const qint64 computeMs = timer.elapsed();
    const QByteArray j = QJsonDocument(report::toJson(r)).toJson();
    const QString html = report::toHtml(r);
    const QString md = report::toMarkdown(r);
    const qint64 totalMs = timer.elapsed();
    out << "report: compute " << computeMs << " ms (" << r.mitigations.size() << " mitigations, "
        << 2 * r.mitigations.size() << " what-if runs), with JSON+HTML+Markdown " << totalMs << " ms ("
        << j.size() / 1024 << " + " << html.size() / 1024 << " + " << md.size() / 1024
        << " KiB); target < 3000 ms: " << (totalMs < 3000 ? "met" : "NOT met") << '\n';
    return 0;
}
