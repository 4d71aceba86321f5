// crossdrill analyze static|dynamic INPUT ... (docs/model.md "On the command line").
#include "cli/analyzeinput.h"
#include "cli/analyzeshocks.h"
#include "cli/analyzetext.h"
#include "cli/cli.h"
#include "cli/streamout.h"
#include "control/translations.h"
#include "model/cascade.h"
#include "model/staticiim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace cd::cli {

using namespace Qt::StringLiterals;

namespace {

int usage(const QString &message)
{
    err() << tr("crossdrill analyze: %1").arg(message) << Qt::endl;
    return Usage;
}

enum class Format { Text, Csv, Json };

/// The k-th order index as a dense matrix CSV (the layout of an A* matrix input): a header of an
/// empty cell and the ids, then each row's id and (A*^k)[row][col].
void writeOrderCsv(const model::Network &net, const std::vector<double> &index)
{
    StreamOut out(stdout);
    const auto n = std::size_t(net.nodeCount());
    for (std::size_t u = 0; u < n; ++u)
        out.raw(',').csvField(net.ids[u]);
    out.raw('\n');
    for (std::size_t v = 0; v < n; ++v) {
        out.csvField(net.ids[v]);
        for (std::size_t u = 0; u < n; ++u)
            out.raw(',').number(index[v * n + u]);
        out.raw('\n');
    }
}

int runStatic(const QCommandLineParser &p, AnalyzeInput &in, Format format, const QString &lang)
{
    const model::Network &net = *in.network;
    const bool json = format == Format::Json;
    ShockSource source;
    if (const auto problem = resolveShocks(p, in, false, source))
        return usage(*problem);
    const std::vector<scenario::Shock> &shocks = source.shocks;
    bool okOrder = true;
    const int order = p.isSet(u"order"_s) ? p.value(u"order"_s).toInt(&okOrder) : 2;
    if (!okOrder || order < 1)
        return usage(tr("--order must be a whole number >= 1"));

    const std::vector<model::UnstableGroup> unstable = model::unstableGroups(net);
    if (!unstable.empty()) {
        err() << in.file << ": error: " << model::describeInstability(net, unstable) << Qt::endl;
        return BadInput;
    }
    const std::vector<double> c = staticShock(net, shocks);
    if (format == Format::Text) {
        StaticText text{&in,
                        lang,
                        source,
                        c,
                        model::solveStatic(net, c),
                        model::solveStaticUnclipped(net, c),
                        p.isSet(u"order"_s) ? std::optional<int>(order) : std::nullopt};
        printStaticText(text);
        return Ok;
    }
    if (!json && p.isSet(u"order"_s)) {
        if (net.nodeCount() > model::kDenseLimit)
            return usage(
                QCoreApplication::translate("analyze", "the order index is computed for graphs of up to %1 nodes")
                    .arg(model::kDenseLimit));
        writeOrderCsv(net, model::orderIndex(net, order));
        return Ok;
    }
    const std::vector<double> q = model::solveStatic(net, c);
    StreamOut out(stdout);
    const auto n = std::size_t(net.nodeCount());
    if (!json) {
        out.raw("node,q\n");
        for (std::size_t v = 0; v < n; ++v)
            out.csvField(net.ids[v]).raw(',').number(q[v]).raw('\n');
        return Ok;
    }
    out.raw("{\n  \"nodes\": [");
    for (std::size_t v = 0; v < n; ++v)
        out.raw(v ? ", " : "").jsonString(net.ids[v]);
    out.raw("],\n  \"q\": {");
    for (std::size_t v = 0; v < n; ++v)
        out.raw(v ? ", " : "").jsonString(net.ids[v]).raw(": ").number(q[v]);
    out.raw('}');
    if (net.nodeCount() > model::kDenseLimit) {
        out.raw(",\n  \"note\": ");
        // Not translated: the machine formats are the same in every language.
        out.jsonString(QStringLiteral("ranking, order index and hit times are computed for graphs of up to %1 nodes")
                           .arg(model::kDenseLimit));
        out.raw("\n}\n");
        return Ok;
    }
    const std::vector<double> index = model::orderIndex(net, order);
    out.raw(",\n  \"order\": {\"k\": ").integer(order).raw(", \"index\": [");
    for (std::size_t v = 0; v < n; ++v) {
        out.raw(v ? ",\n    [" : "\n    [");
        for (std::size_t u = 0; u < n; ++u)
            out.raw(u ? ", " : "").number(index[v * n + u]);
        out.raw(']');
    }
    out.raw("]},\n  \"ranking\": [");
    const std::vector<model::RankEntry> ranking = model::dependencyRanking(net);
    for (std::size_t i = 0; i < ranking.size(); ++i)
        out.raw(i ? ",\n    " : "\n    ")
            .raw("{\"node\": ")
            .jsonString(net.ids[std::size_t(ranking[i].node)])
            .raw(", \"total\": ")
            .number(ranking[i].total)
            .raw('}');
    out.raw("],\n  \"hit_times_min\": {");
    const std::vector<double> hits = model::hitTimes(net, in.stepMin > 0 ? in.stepMin : 1);
    for (std::size_t u = 0; u < n; ++u) {
        out.raw(u ? ",\n    " : "\n    ").jsonString(net.ids[u]).raw(": {");
        for (std::size_t v = 0; v < n; ++v)
            out.raw(v ? ", " : "").jsonString(net.ids[v]).raw(": ").jsonNumber(hits[u * n + v]);
        out.raw('}');
    }
    out.raw("}\n}\n");
    return Ok;
}

/// Steps `cascade` to the horizon, following each node's course, and prints the text summary.
int printDynamicRun(model::Cascade &cascade, const AnalyzeInput &in, const ShockSource &source,
                    const std::vector<int> &columns, int step, int horizon, const QString &lang)
{
    DynamicText t{&in, lang, source, step, horizon, columns, {}, cascade.thresholds(), {}};
    t.course.resize(std::size_t(cascade.nodeCount()));
    const auto follow = [&](int minute) {
        for (const int v : columns) {
            NodeCourse &c = t.course[std::size_t(v)];
            const double q = cascade.q(v);
            if (q > c.peak) {
                c.peak = q;
                c.peakAt = minute;
            }
            if (c.degradedAt < 0 && q >= t.thresholds.degraded)
                c.degradedAt = minute;
            if (c.downAt < 0 && q >= t.thresholds.down)
                c.downAt = minute;
            c.last = q;
        }
    };
    follow(0);
    for (int n = 1; n <= horizon / step; ++n) {
        cascade.step();
        follow(n * step);
    }
    t.breaches = cascade.breaches();
    printDynamicText(t);
    return Ok;
}

int runDynamic(const QCommandLineParser &p, AnalyzeInput &in, Format format, const QString &lang)
{
    model::Network &net = *in.network;
    const bool json = format == Format::Json;
    const bool text = format == Format::Text;
    if (!p.isSet(u"horizon"_s))
        return usage(tr("dynamic analysis needs --horizon MIN"));
    bool ok = false;
    const int horizon = p.value(u"horizon"_s).toInt(&ok);
    if (!ok || horizon < 0)
        return usage(tr("--horizon must be a whole number of minutes >= 0"));
    int step = in.stepMin > 0 ? in.stepMin : 1;
    if (p.isSet(u"step"_s)) {
        step = p.value(u"step"_s).toInt(&ok);
        if (!ok || step < 1)
            return usage(tr("--step must be a whole number of minutes >= 1"));
    }
    int every = 1;
    if (p.isSet(u"every"_s)) {
        every = p.value(u"every"_s).toInt(&ok);
        if (!ok || every < 1)
            return usage(tr("--every must be a whole number >= 1"));
    }
    int threads = 0;  // one per core (the trajectory does not depend on it)
    if (p.isSet(u"threads"_s)) {
        threads = p.value(u"threads"_s).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return usage(tr("--threads must be between 1 and 256"));
    }
    QString error;
    ShockSource source;
    if (const auto problem = resolveShocks(p, in, true, source))
        return usage(*problem);
    const std::vector<scenario::Shock> &shocks = source.shocks;
    if (p.isSet(u"rate-all"_s)) {
        const auto k = parseNumber(p.value(u"rate-all"_s));
        if (!k || !(*k >= 0))
            return usage(tr("--rate-all must be a number >= 0 or inf"));
        std::fill(net.ratePerH.begin(), net.ratePerH.end(), *k);
    }
    for (const QString &arg : p.values(u"rate"_s)) {
        const qsizetype eq = arg.indexOf(u'=');
        const int v = eq > 0 ? net.indexOf(arg.left(eq)) : -1;
        if (eq <= 0)
            return usage(tr("--rate %1: expected NODE=K").arg(arg));
        if (v < 0)
            return usage(unknownNode(net, u"--rate"_s, arg.left(eq)));
        const auto k = parseNumber(arg.mid(eq + 1));
        if (!k || !(*k >= 0))
            return usage(tr("--rate %1: K must be a number >= 0 or inf").arg(arg));
        net.ratePerH[std::size_t(v)] = *k;
    }
    std::vector<int> columns;
    if (p.isSet(u"only"_s)) {
        for (const QString &id : p.value(u"only"_s).split(u',', Qt::SkipEmptyParts)) {
            const int v = net.indexOf(id.trimmed());
            if (v < 0)
                return usage(unknownNode(net, u"--only"_s, id.trimmed()));
            columns.push_back(v);
        }
    } else {
        columns.resize(std::size_t(net.nodeCount()));
        for (int v = 0; v < net.nodeCount(); ++v)
            columns[std::size_t(v)] = v;
    }

    model::CascadeOptions options;
    options.stepMin = step;
    options.clockStart = in.clockStart;
    options.explain = json;  // text mode reports breaches, which need no explanations
    options.threads = threads;
    options.integrals = json;  // the CSV has no integrals
    auto cascade = model::Cascade::create(std::shared_ptr<const model::Network>(in.network), shocks, options, &error);
    if (!cascade) {
        err() << in.file << ": error: " << error << Qt::endl;
        return BadInput;
    }
    const int last = horizon / step;
    if (text)
        return printDynamicRun(*cascade, in, source, columns, step, horizon, lang);
    StreamOut out(stdout);
    const auto row = [&](int n) {
        if (json) {
            out.raw(n ? ",\n    {\"t_min\": " : "\n    {\"t_min\": ").integer((long long)n * step).raw(", \"q\": [");
            for (std::size_t i = 0; i < columns.size(); ++i)
                out.raw(i ? ", " : "").number(cascade->q(columns[i]));
            out.raw("]}");
            return;
        }
        out.integer((long long)n * step);
        for (int v : columns)
            out.raw(',').number(cascade->q(v));
        out.raw('\n');
    };
    if (json) {
        out.raw("{\n  \"step_min\": ").integer(step).raw(",\n  \"horizon_min\": ").integer(horizon);
        out.raw(",\n  \"nodes\": [");
        for (std::size_t i = 0; i < columns.size(); ++i)
            out.raw(i ? ", " : "").jsonString(net.ids[std::size_t(columns[i])]);
        out.raw("],\n  \"trajectory\": [");
    } else {
        out.raw("t_min");
        for (int v : columns)
            out.raw(',').csvField(net.ids[std::size_t(v)]);
        out.raw('\n');
    }
    row(0);
    for (int n = 1; n <= last; ++n) {
        cascade->step();
        if (n % every == 0 || n == last)
            row(n);
    }
    if (!json)
        return Ok;
    out.raw("],\n  \"integral_node_hours\": {");
    for (std::size_t i = 0; i < columns.size(); ++i)
        out.raw(i ? ", " : "")
            .jsonString(net.ids[std::size_t(columns[i])])
            .raw(": ")
            .number(cascade->integral(columns[i]));
    out.raw("},\n  \"breaches\": [");
    const auto &breaches = cascade->breaches();
    for (std::size_t i = 0; i < breaches.size(); ++i)
        out.raw(i ? ",\n    " : "\n    ")
            .raw("{\"node\": ")
            .jsonString(breaches[i].node)
            .raw(", \"start_min\": ")
            .integer(breaches[i].startMin)
            .raw(", \"at_min\": ")
            .integer(breaches[i].atMin)
            .raw('}');
    out.raw("],\n  \"explanations\": [");
    const auto &changes = cascade->labelChanges();
    for (std::size_t i = 0; i < changes.size(); ++i)
        out.raw(i ? ",\n    " : "\n    ")
            .raw("{\"node\": ")
            .jsonString(changes[i].node)
            .raw(", \"t_min\": ")
            .integer(changes[i].minute)
            .raw(", \"from\": ")
            .jsonString(model::toString(changes[i].from))
            .raw(", \"to\": ")
            .jsonString(model::toString(changes[i].to))
            .raw(", \"text\": ")
            .jsonString(changes[i].text)
            .raw('}');
    out.raw("]\n}\n");
    return Ok;
}

/// The description in --help: what q is, its units and what the ranking says (docs/analyze.md).
QString analyzeHelp()
{
    return QCoreApplication::translate(
        "analyze",
        "Interdependency analysis (docs/model.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.\n\n"
        "q is a sector's inoperability: the share of its normal function that is lost, from 0 (working "
        "normally) to 1 (fully down); the text output shows it as a percentage. A shock C (0 to 1) is the "
        "share a sector loses directly; the rest comes through its dependencies (weight w: the share of a "
        "sector's function that needs the other).\n"
        "static: q at equilibrium, q = clip01((I - A*)^-1 c*), with c* the largest shock each sector gets at "
        "one time. The ranking takes each sector alone fully down and adds up q over all sectors: its total "
        "is in sectors' worth (1.00 = one sector fully down), so the top of the list is what the others "
        "depend on most. The order-K index (A*^K)[v][u] is how much v depends on u through chains of exactly "
        "K dependencies.\n"
        "dynamic: q minute by minute (steps of --step minutes), with each sector recovering at its rate per "
        "hour and autonomy buffers (hours) delaying what it feels.\n\n"
        "A scenario's shocks are its truth.shocks; --shock on a scenario needs --shock-mode add or replace.");
}

}  // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(analyzeHelp());
    p.addPositionalArgument(u"mode"_s, tr("static or dynamic"));
    p.addPositionalArgument(u"input"_s, tr("scenario (JSON), GraphML, edge-list CSV or A* matrix CSV"));
    p.addOption({u"help"_s, tr("Show this help.")});
    p.addOption(
        {u"shock"_s, tr("Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive)."), tr("shock")});
    p.addOption({u"shock-mode"_s,
                 QCoreApplication::translate("analyze", "With --shock on a scenario that has truth.shocks: add "
                                                        "(yours on top of them) or replace (only yours)."),
                 u"mode"_s});
    p.addOption({u"format"_s,
                 QCoreApplication::translate("analyze", "text (for people; the default on a terminal), csv (the "
                                                        "default otherwise) or json."),
                 u"format"_s});
    p.addOption({u"lang"_s,
                 QCoreApplication::translate("analyze", "Language of the text output and of the node names: ja or "
                                                        "en (default: the system's)."),
                 u"lang"_s});
    p.addOption({u"nodes"_s, tr("Node attributes (id,rate_per_h,served,unit) for an edge-list CSV."), tr("file")});
    p.addOption({u"order"_s,
                 QCoreApplication::translate("analyze", "Static: the order K of the interdependency index (A*^K). "
                                                        "Text: its largest entries; csv: the matrix instead of q; "
                                                        "json: always included (default 2)."),
                 u"k"_s});
    p.addOption({u"horizon"_s, tr("Dynamic: minutes to simulate."), tr("min")});
    p.addOption({u"step"_s, tr("Dynamic: step in minutes (default 1, or the scenario's step_min)."), tr("min")});
    p.addOption({u"rate"_s, tr("Dynamic: resilience rate NODE=K per hour (inf: instant)."), tr("rate")});
    p.addOption({u"rate-all"_s, tr("Dynamic: resilience rate K for every node."), tr("k")});
    p.addOption({u"only"_s, tr("Dynamic: only these node columns (ID,...)."), tr("ids")});
    p.addOption({u"every"_s, tr("Dynamic: print every Nth step and the last."), tr("n")});
    p.addOption(
        {u"threads"_s, tr("Dynamic: worker threads (default: one per core; results do not depend on it)."), tr("n")});
    if (!p.parse(args))
        return usage(p.errorText());
    const QString lang = p.isSet(u"lang"_s)                          ? p.value(u"lang"_s)
                         : QLocale().language() == QLocale::Japanese ? u"ja"_s
                                                                     : u"en"_s;
    if (lang != u"ja"_s && lang != u"en"_s)
        return usage(QCoreApplication::translate("analyze", "--lang must be ja or en"));
    gui::Translations translations;  // the text output, --help and the messages in that language
    translations.apply(lang);
    if (p.isSet(u"help"_s)) {
        out() << tr("Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--shock-mode add|replace] "
                    "[--order K] [--format text|csv|json] [--lang ja|en]\n"
                    "       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] "
                    "[--shock NODE=C[@FROM[..TO]]]... [--shock-mode add|replace] [--rate NODE=K]... [--rate-all K] "
                    "[--only ID,...] [--every N] [--format text|csv|json] [--lang ja|en]\n")
              << p.helpText() << Qt::flush;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos[0] != u"static"_s && pos[0] != u"dynamic"_s))
        return usage(tr("expected: analyze static|dynamic INPUT [options] (see --help)"));
    // Without --format: text for a person at a terminal, CSV for a pipe or a file (what scripts
    // always got).
    const QString format = p.isSet(u"format"_s) ? p.value(u"format"_s) : isatty(STDOUT_FILENO) ? u"text"_s : u"csv"_s;
    if (format != u"csv"_s && format != u"json"_s && format != u"text"_s)
        return usage(QCoreApplication::translate("analyze", "--format must be text, csv or json"));
    const bool dynamic = pos[0] == u"dynamic"_s;
    for (const char *name : {"horizon", "step", "rate", "rate-all", "only", "every", "threads"})
        if (!dynamic && p.isSet(QString::fromLatin1(name)))
            return usage(tr("--%1 is an option of dynamic analysis").arg(QString::fromLatin1(name)));
    if (dynamic && p.isSet(u"order"_s))
        return usage(tr("--order is an option of static analysis"));

    AnalyzeInput in;
    if (const int code = loadAnalyzeInput(pos[1], p.value(u"nodes"_s), in); code != Ok)
        return code;
    const Format f = format == u"json"_s ? Format::Json : format == u"csv"_s ? Format::Csv : Format::Text;
    return dynamic ? runDynamic(p, in, f, lang) : runStatic(p, in, f, lang);
}

}  // namespace cd::cli
