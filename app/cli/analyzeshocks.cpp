#include "cli/analyzeshocks.h"

#include "scenario/diagnostic.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace cd::cli {

using namespace Qt::StringLiterals;

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

std::optional<QString> resolveShocks(const QCommandLineParser &p, const AnalyzeInput &in, bool dynamic,
                                     ShockSource &out)
{
    std::vector<scenario::Shock> given;
    QString error;
    for (const QString &arg : p.values(u"shock"_s)) {
        scenario::Shock s;
        if (!parseShock(arg, dynamic, *in.network, s, error))
            return error;
        given.push_back(s);
    }
    const QString mode = p.value(u"shock-mode"_s);
    if (p.isSet(u"shock-mode"_s) && mode != u"add"_s && mode != u"replace"_s)
        return QCoreApplication::translate("analyze", "--shock-mode must be add or replace");
    if (p.isSet(u"shock-mode"_s) && given.empty())
        return QCoreApplication::translate("analyze", "--shock-mode goes with --shock");
    if (given.empty()) {
        out.kind = in.truthShocks.empty() ? ShockSource::Kind::None : ShockSource::Kind::Truth;
        out.shocks = in.truthShocks;
        return std::nullopt;
    }
    if (in.truthShocks.empty()) {
        out.kind = ShockSource::Kind::Given;
        out.shocks = given;
        return std::nullopt;
    }
    if (!p.isSet(u"shock-mode"_s))
        return QCoreApplication::translate("analyze", "the scenario already has shocks in truth.shocks (%1): say "
                                                      "--shock-mode add to add yours to them, or --shock-mode "
                                                      "replace to use only yours")
            .arg(in.truthShocks.size());
    out.kind = mode == u"add"_s ? ShockSource::Kind::Added : ShockSource::Kind::Replaced;
    out.shocks = mode == u"add"_s ? in.truthShocks : std::vector<scenario::Shock>{};
    out.shocks.insert(out.shocks.end(), given.begin(), given.end());
    return std::nullopt;
}

}  // namespace cd::cli
