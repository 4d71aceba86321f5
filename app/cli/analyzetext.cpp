#include "cli/analyzetext.h"

#include "cli/cli.h"
#include "model/staticiim.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cd::cli {

namespace {

/// Rows a table lists before it says how many more there are (the machine formats give all).
constexpr int kMaxRows = 30;

QString percent(double q)
{
    return QString::number(q * 100, 'f', 1) + QStringLiteral(" %");
}

QString padLeft(const QString &s, int width)
{
    return s.rightJustified(width, QLatin1Char(' '));
}

QString minuteText(int minute)
{
    return minute < 0 ? QStringLiteral("-") : scenario::formatOffset(minute);
}

QString shockHeading(const ShockSource &s)
{
    switch (s.kind) {
    case ShockSource::Kind::None:
        return QCoreApplication::translate("analyze", "No shock: nothing is hit, so every q is 0 %. Give one with "
                                                      "--shock NODE=C (C from 0 to 1).");
    case ShockSource::Kind::Truth:
        return QCoreApplication::translate("analyze", "Shock: the scenario's hidden cause (truth.shocks).");
    case ShockSource::Kind::Given:
        return QCoreApplication::translate("analyze", "Shock: given with --shock.");
    case ShockSource::Kind::Added:
        return QCoreApplication::translate("analyze",
                                           "Shock: the scenario's truth.shocks with --shock added (--shock-mode add).");
    case ShockSource::Kind::Replaced:
        return QCoreApplication::translate(
            "analyze", "Shock: given with --shock, instead of the scenario's truth.shocks (--shock-mode replace).");
    }
    return {};
}

QString impactText(const model::Network &net, int v, double q)
{
    const double served = net.served[std::size_t(v)];
    if (!(served > 0) || q <= 0)
        return {};
    const QString unit = net.units[std::size_t(v)];
    return QCoreApplication::translate("analyze", "about %1 %2")
        .arg(QLocale(QLocale::English).toString(qlonglong(std::llround(q * served))), unit)
        .trimmed();
}

}  // namespace

QString nodeLabel(const AnalyzeInput &in, int v, const QString &lang)
{
    const QString &id = in.network->ids[std::size_t(v)];
    QString name;
    if (std::size_t(v) < in.names.size())
        name = in.names[std::size_t(v)].get(lang);
    else if (std::size_t(v) < in.network->names.size())
        name = in.network->names[std::size_t(v)];
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

void printStaticText(const StaticText &t)
{
    const AnalyzeInput &in = *t.in;
    const model::Network &net = *in.network;
    const int n = net.nodeCount();
    QTextStream &o = out();
    o << QCoreApplication::translate("analyze", "Static analysis of %1 (Inoperability Input-Output Model)").arg(in.file)
      << "\n\n";
    o << shockHeading(t.source) << '\n';
    if (t.source.kind == ShockSource::Kind::Truth)
        o << QCoreApplication::translate("analyze", "c* per sector: its largest total shock at one time.") << '\n';
    for (int v = 0; v < n; ++v)
        if (t.c[std::size_t(v)] != 0)
            o << "  " << padLeft(percent(t.c[std::size_t(v)]), 8) << "  " << nodeLabel(in, v, t.lang) << '\n';
    o << '\n'
      << QCoreApplication::translate("analyze",
                                     "q, the inoperability at equilibrium: the share of each sector's function that "
                                     "is lost (0 % works normally, 100 % is fully down), largest first:")
      << '\n';
    std::vector<int> byQ(static_cast<std::size_t>(n));
    std::iota(byQ.begin(), byQ.end(), 0);
    std::stable_sort(byQ.begin(), byQ.end(), [&](int a, int b) { return t.q[std::size_t(a)] > t.q[std::size_t(b)]; });
    int listed = 0;
    int zero = 0;
    for (const int v : byQ) {
        const double q = t.q[std::size_t(v)];
        if (q <= 0) {
            ++zero;
            continue;
        }
        if (listed++ >= kMaxRows)
            continue;
        o << "  " << padLeft(percent(q), 8) << "  " << nodeLabel(in, v, t.lang);
        if (t.raw[std::size_t(v)] > 1)
            o << "  "
              << QCoreApplication::translate("analyze", "(clipped from %1)").arg(percent(t.raw[std::size_t(v)]));
        if (const QString impact = impactText(net, v, q); !impact.isEmpty())
            o << "  " << impact;
        o << '\n';
    }
    if (listed > kMaxRows)
        o << "  "
          << QCoreApplication::translate("analyze", "(%1 more not listed; --format csv gives every node)")
                 .arg(listed - kMaxRows)
          << '\n';
    if (zero > 0)
        o << "  " << QCoreApplication::translate("analyze", "(%1 at 0 % not listed)").arg(zero) << '\n';

    if (n > model::kDenseLimit) {
        o << '\n'
          << QCoreApplication::translate("analyze", "The ranking and the order index are computed for graphs of up "
                                                    "to %1 nodes.")
                 .arg(model::kDenseLimit)
          << '\n';
        o.flush();
        return;
    }
    o << '\n'
      << QCoreApplication::translate("analyze",
                                     "What the others depend on most: each sector alone fully down (c* = 100 %), "
                                     "the total q of all sectors in sectors' worth (1.00 = one sector fully down); "
                                     "'others' leaves out the sector itself:")
      << '\n';
    const std::vector<model::RankEntry> ranking = model::dependencyRanking(net);
    for (std::size_t i = 0; i < ranking.size() && i < std::size_t(kMaxRows); ++i) {
        // The sector itself counts 1: (I - A*)^-1 has a diagonal >= 1, so its q is clipped to 1.
        const double self = 1.0;
        o << "  " << padLeft(QString::number(i + 1) + QLatin1Char('.'), 4) << "  "
          << QCoreApplication::translate("analyze", "total %1  others %2")
                 .arg(QString::number(ranking[i].total, 'f', 2), QString::number(ranking[i].total - self, 'f', 2))
          << "  " << nodeLabel(in, ranking[i].node, t.lang) << '\n';
    }
    if (ranking.size() > std::size_t(kMaxRows))
        o << "  "
          << QCoreApplication::translate("analyze", "(%1 more not listed; --format json gives every node)")
                 .arg(ranking.size() - std::size_t(kMaxRows))
          << '\n';

    if (t.order) {
        const int k = *t.order;
        o << '\n'
          << QCoreApplication::translate("analyze", "Order-%1 interdependency index (A*^%1)[v][u]: how much v depends "
                                                    "on u through chains of exactly %1 dependencies, largest first:")
                 .arg(k)
          << '\n';
        const std::vector<double> index = model::orderIndex(net, k);
        std::vector<std::size_t> pairs;
        for (std::size_t i = 0; i < index.size(); ++i)
            if (index[i] > 0)
                pairs.push_back(i);
        std::stable_sort(pairs.begin(), pairs.end(), [&](std::size_t a, std::size_t b) { return index[a] > index[b]; });
        for (std::size_t i = 0; i < pairs.size() && i < std::size_t(kMaxRows); ++i) {
            const int v = int(pairs[i] / std::size_t(n));
            const int u = int(pairs[i] % std::size_t(n));
            o << "  " << padLeft(QString::number(index[pairs[i]], 'f', 4), 8) << "  "
              << QCoreApplication::translate("analyze", "%1 depends on %2")
                     .arg(nodeLabel(in, v, t.lang), nodeLabel(in, u, t.lang))
              << '\n';
        }
        if (pairs.empty())
            o << "  " << QCoreApplication::translate("analyze", "(none: no chain is that long)") << '\n';
        else if (pairs.size() > std::size_t(kMaxRows))
            o << "  "
              << QCoreApplication::translate("analyze", "(%1 more pairs; --format csv gives the matrix)")
                     .arg(pairs.size() - std::size_t(kMaxRows))
              << '\n';
    }
    o.flush();
}

void printDynamicText(const DynamicText &t)
{
    const AnalyzeInput &in = *t.in;
    QTextStream &o = out();
    o << QCoreApplication::translate("analyze", "Dynamic analysis of %1: %2 min in steps of %3 min (delayed dynamic "
                                                "inoperability model with autonomy buffers)")
             .arg(in.file)
             .arg(t.horizon)
             .arg(t.step)
      << "\n\n";
    o << shockHeading(t.source) << '\n';
    for (const scenario::Shock &s : t.source.shocks) {
        const int v = in.network->indexOf(s.node);
        o << "  " << padLeft(percent(s.c), 8) << "  " << (v >= 0 ? nodeLabel(in, v, t.lang) : s.node) << "  "
          << (s.toMin ? QCoreApplication::translate("analyze", "from %1 to %2")
                            .arg(scenario::formatOffset(s.fromMin), scenario::formatOffset(*s.toMin))
                      : QCoreApplication::translate("analyze", "from %1 on").arg(scenario::formatOffset(s.fromMin)))
          << '\n';
    }
    o << '\n'
      << QCoreApplication::translate("analyze",
                                     "q, the inoperability: the share of each sector's function that is lost (0 % "
                                     "works normally, 100 % is fully down). 'degraded' is the first time q reached "
                                     "%1, 'down' the first time it reached %2. Largest peak first:")
             .arg(percent(t.thresholds.degraded), percent(t.thresholds.down))
      << '\n';
    o << "  " << padLeft(QCoreApplication::translate("analyze", "peak"), 8) << "  "
      << padLeft(QCoreApplication::translate("analyze", "at"), 6) << "  "
      << padLeft(QCoreApplication::translate("analyze", "degraded"), 8) << "  "
      << padLeft(QCoreApplication::translate("analyze", "down"), 6) << "  "
      << padLeft(QCoreApplication::translate("analyze", "at the end"), 10) << '\n';
    std::vector<int> rows = t.columns;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return t.course[std::size_t(a)].peak > t.course[std::size_t(b)].peak; });
    int listed = 0;
    int untouched = 0;
    for (const int v : rows) {
        const NodeCourse &c = t.course[std::size_t(v)];
        if (c.peak <= 0) {
            ++untouched;
            continue;
        }
        if (listed++ >= kMaxRows)
            continue;
        o << "  " << padLeft(percent(c.peak), 8) << "  " << padLeft(minuteText(c.peakAt), 6) << "  "
          << padLeft(minuteText(c.degradedAt), 8) << "  " << padLeft(minuteText(c.downAt), 6) << "  "
          << padLeft(percent(c.last), 10) << "  " << nodeLabel(in, v, t.lang) << '\n';
    }
    if (listed > kMaxRows)
        o << "  "
          << QCoreApplication::translate("analyze", "(%1 more not listed; --format csv gives every node)")
                 .arg(listed - kMaxRows)
          << '\n';
    if (untouched > 0)
        o << "  " << QCoreApplication::translate("analyze", "(%1 never hit, not listed)").arg(untouched) << '\n';
    if (!t.breaches.empty()) {
        o << '\n' << QCoreApplication::translate("analyze", "Verification levels breached:") << '\n';
        for (const model::Breach &b : t.breaches) {
            const int v = in.network->indexOf(b.node);
            o << "  "
              << QCoreApplication::translate("analyze", "%1: from %2 (level held for its duration at %3)")
                     .arg(v >= 0 ? nodeLabel(in, v, t.lang) : b.node, scenario::formatOffset(b.startMin),
                          scenario::formatOffset(b.atMin))
              << '\n';
        }
    }
    o.flush();
}

}  // namespace cd::cli
