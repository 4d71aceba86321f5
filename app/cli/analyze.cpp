// crossdrill analyze static|dynamic INPUT ... (CASCADE.md "On the command line").
#include "cli/analyzeinput.h"
#include "cli/cli.h"
#include "cli/streamout.h"
#include "model/cascade.h"
#include "model/staticiim.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>

namespace cd::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("analyze", text);
}

int usage(const QString &message)
{
    err() << tr("crossdrill analyze: %1").arg(message) << Qt::endl;
    return Usage;
}

std::optional<double> parseNumber(const QString &s)
{
    if (s.trimmed().compare(u"inf"_s, Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString unknownNode(const model::Network &net, const QString &option, const QString &id)
{
    QString m = tr("%1: unknown node '%2'").arg(option, id);
    if (net.nodeCount() <= 5000) {
        const QString d = scenario::didYouMean(id, QStringList(net.ids.begin(), net.ids.end()));
        if (!d.isEmpty())
            m += tr(" (did you mean '%1'?)").arg(d);
    }
    return m;
}

/// --shock NODE=C[@FROM[..TO]]; `dynamic` allows the time window.
bool parseShock(const QString &arg, bool dynamic, const model::Network &net, scenario::Shock &out, QString &error)
{
    const qsizetype eq = arg.indexOf(u'=');
    if (eq <= 0) {
        error = tr("--shock %1: expected NODE=C%2").arg(arg, dynamic ? u"[@FROM[..TO]]"_s : QString());
        return false;
    }
    out.node = arg.left(eq);
    if (net.indexOf(out.node) < 0) {
        error = unknownNode(net, u"--shock"_s, out.node);
        return false;
    }
    QString value = arg.mid(eq + 1);
    const qsizetype at = value.indexOf(u'@');
    if (at >= 0) {
        if (!dynamic) {
            error = tr("--shock %1: a static shock has no time window").arg(arg);
            return false;
        }
        const QString window = value.mid(at + 1);
        value = value.left(at);
        const qsizetype dots = window.indexOf(u".."_s);
        bool okFrom = false;
        bool okTo = true;
        out.fromMin = (dots < 0 ? window : window.left(dots)).toInt(&okFrom);
        if (dots >= 0)
            out.toMin = window.mid(dots + 2).toInt(&okTo);
        if (!okFrom || !okTo || out.fromMin < 0 || (out.toMin && *out.toMin < out.fromMin)) {
            error = tr("--shock %1: FROM and TO are minutes, FROM <= TO").arg(arg);
            return false;
        }
    }
    const auto c = parseNumber(value);
    if (!c || !std::isfinite(*c)) {
        error = tr("--shock %1: '%2' is not a number").arg(arg, value);
        return false;
    }
    out.c = *c;
    return true;
}

/// Static c*: given shocks, or the peak of the scenario's truth.shocks per node.
std::vector<double> staticShock(const model::Network &net, const std::vector<scenario::Shock> &shocks)
{
    std::vector<double> c(std::size_t(net.nodeCount()), 0.0);
    for (int v = 0; v < net.nodeCount(); ++v) {
        double peak = 0;
        for (const scenario::Shock &probe : shocks) {
            if (probe.node != net.ids[std::size_t(v)])
                continue;
            double sum = 0;
            for (const scenario::Shock &s : shocks)
                if (s.node == probe.node && s.fromMin <= probe.fromMin && probe.fromMin <= s.toMin.value_or(INT_MAX))
                    sum += s.c;
            peak = std::max(peak, sum);
        }
        c[std::size_t(v)] = peak;
    }
    return c;
}

int runStatic(const QCommandLineParser &p, AnalyzeInput &in, bool json)
{
    const model::Network &net = *in.network;
    std::vector<scenario::Shock> shocks;
    QString error;
    for (const QString &arg : p.values(u"shock"_s)) {
        scenario::Shock s;
        if (!parseShock(arg, false, net, s, error))
            return usage(error);
        shocks.push_back(s);
    }
    if (shocks.empty())
        shocks = in.truthShocks;
    bool okOrder = true;
    const int order = p.isSet(u"order"_s) ? p.value(u"order"_s).toInt(&okOrder) : 2;
    if (!okOrder || order < 1)
        return usage(tr("--order must be a whole number >= 1"));

    const std::vector<model::UnstableGroup> unstable = model::unstableGroups(net);
    if (!unstable.empty()) {
        err() << in.file << ": error: " << model::describeInstability(net, unstable) << Qt::endl;
        return BadInput;
    }
    const std::vector<double> q = model::solveStatic(net, staticShock(net, shocks));
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
        out.jsonString(
            tr("ranking, order index and hit times are computed for graphs of up to %1 nodes").arg(model::kDenseLimit));
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

int runDynamic(const QCommandLineParser &p, AnalyzeInput &in, bool json)
{
    model::Network &net = *in.network;
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
    int threads = 1;
    if (p.isSet(u"threads"_s)) {
        threads = p.value(u"threads"_s).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return usage(tr("--threads must be between 1 and 256"));
    }
    QString error;
    std::vector<scenario::Shock> shocks;
    for (const QString &arg : p.values(u"shock"_s)) {
        scenario::Shock s;
        if (!parseShock(arg, true, net, s, error))
            return usage(error);
        shocks.push_back(s);
    }
    if (shocks.empty())
        shocks = in.truthShocks;
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
    options.explain = json;
    options.threads = threads;
    auto cascade = model::Cascade::create(std::shared_ptr<const model::Network>(in.network), shocks, options, &error);
    if (!cascade) {
        err() << in.file << ": error: " << error << Qt::endl;
        return BadInput;
    }
    const int last = horizon / step;
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

}  // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Interdependency analysis (CASCADE.md) of a scenario, GraphML, edge-list CSV "
                                   "or A* matrix CSV."));
    p.addPositionalArgument(u"mode"_s, tr("static or dynamic"));
    p.addPositionalArgument(u"input"_s, tr("scenario (JSON), GraphML, edge-list CSV or A* matrix CSV"));
    p.addOption({u"help"_s, tr("Show this help.")});
    p.addOption(
        {u"shock"_s, tr("Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive)."), tr("shock")});
    p.addOption({u"format"_s, tr("csv (default) or json."), tr("format")});
    p.addOption({u"nodes"_s, tr("Node attributes (id,rate_per_h,served,unit) for an edge-list CSV."), tr("file")});
    p.addOption({u"order"_s, tr("Static: the order K of the interdependency index (default 2)."), tr("k")});
    p.addOption({u"horizon"_s, tr("Dynamic: minutes to simulate."), tr("min")});
    p.addOption({u"step"_s, tr("Dynamic: step in minutes (default 1, or the scenario's step_min)."), tr("min")});
    p.addOption({u"rate"_s, tr("Dynamic: resilience rate NODE=K per hour (inf: instant)."), tr("rate")});
    p.addOption({u"rate-all"_s, tr("Dynamic: resilience rate K for every node."), tr("k")});
    p.addOption({u"only"_s, tr("Dynamic: only these node columns (ID,...)."), tr("ids")});
    p.addOption({u"every"_s, tr("Dynamic: print every Nth step and the last."), tr("n")});
    p.addOption({u"threads"_s, tr("Dynamic: worker threads (results do not depend on it)."), tr("n")});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << tr("Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]\n"
                    "       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] "
                    "[--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] "
                    "[--every N] [--format csv|json]\n")
              << p.helpText() << Qt::flush;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos[0] != u"static"_s && pos[0] != u"dynamic"_s))
        return usage(tr("expected: analyze static|dynamic INPUT [options] (see --help)"));
    const QString format = p.isSet(u"format"_s) ? p.value(u"format"_s) : u"csv"_s;
    if (format != u"csv"_s && format != u"json"_s)
        return usage(tr("--format must be csv or json"));
    const bool dynamic = pos[0] == u"dynamic"_s;
    for (const char *name : {"horizon", "step", "rate", "rate-all", "only", "every", "threads"})
        if (!dynamic && p.isSet(QString::fromLatin1(name)))
            return usage(tr("--%1 is an option of dynamic analysis").arg(QString::fromLatin1(name)));
    if (dynamic && p.isSet(u"order"_s))
        return usage(tr("--order is an option of static analysis"));

    AnalyzeInput in;
    if (const int code = loadAnalyzeInput(pos[1], p.value(u"nodes"_s), in); code != Ok)
        return code;
    const bool json = format == u"json"_s;
    return dynamic ? runDynamic(p, in, json) : runStatic(p, in, json);
}

}  // namespace cd::cli
