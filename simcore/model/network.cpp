#include "model/network.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <string_view>

namespace cd::model {

using namespace Qt::StringLiterals;

using scenario::Diagnostic;
using scenario::Diagnostics;

namespace {

const char *const kKindNames[] = {"power",     "communications", "data",  "fuel", "water",
                                  "transport", "finance",        "staff", "other"};

Diagnostic error(const QString &file, int line, const QString &message, const QString &path = {})
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.message = scenario::boundText(message);
    d.path = path;
    return d;
}

QString num(double x)
{
    return QString::number(x, 'g', 10);
}

}  // namespace

QString toString(EdgeKind k)
{
    return QString::fromLatin1(kKindNames[int(k)]);
}

std::optional<EdgeKind> edgeKindFrom(QStringView s)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i)
        if (s == QLatin1String(kKindNames[i]))
            return EdgeKind(i);
    return std::nullopt;
}

QStringList edgeKindNames()
{
    QStringList l;
    for (const char *n : kKindNames)
        l << QString::fromLatin1(n);
    return l;
}

int Network::addNode(const QString &id, int line, bool index)
{
    const int i = nodeCount();
    ids.push_back(id);
    names.emplace_back();
    ratePerH.push_back(scenario::kInfiniteRate);
    served.push_back(0);
    units.emplace_back();
    initial.push_back(0);
    levels.emplace_back();
    nodeLines.push_back(line);
    if (m_bytes) {
        if (m_bytes.use_count() > 1)
            m_bytes = std::make_shared<IdMap>(*m_bytes);
        const QByteArray u = id.toUtf8();
        m_bytes->insert(std::string_view(u.constData(), std::size_t(u.size())), std::uint32_t(i));
    } else if (index) {
        m_index.insert(id, i);
    }
    return i;
}

void Network::useByteIndex(IdMap &&index)
{
    m_bytes = std::make_shared<IdMap>(std::move(index));
    m_index.clear();
}

void Network::addEdge(int u, int v, double w, int line)
{
    from.push_back(std::uint32_t(u));
    to.push_back(std::uint32_t(v));
    weight.push_back(w);
    autonomyH.push_back(0);
    rechargePerH.push_back(1);
    kind.push_back(EdgeKind::Other);
    edgeLines.push_back(line);
}

long long Network::edgeIndex(int u, int v) const
{
    for (std::size_t e = 0; e < from.size(); ++e)
        if (from[e] == std::uint32_t(u) && to[e] == std::uint32_t(v))
            return (long long)e;
    return -1;
}

std::vector<std::uint32_t> Network::canonicalRanks() const
{
    // Code-unit order of the ids (as QString's operator<). The first 8 code units of each id,
    // zero padded, make a 128-bit key whose order agrees with that order wherever two keys
    // differ (a shorter id is a prefix of the longer one where it is padded); equal keys fall back
    // to comparing the whole ids. Sorting the keys in place costs no pointer chase per comparison.
    struct Key
    {
        std::uint64_t hi = 0;
        std::uint64_t lo = 0;
        std::uint32_t node = 0;
    };
    const auto view = [this](std::uint32_t i) {
        return std::u16string_view(reinterpret_cast<const char16_t *>(ids[i].utf16()), std::size_t(ids[i].size()));
    };
    std::vector<Key> keys(ids.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        const std::u16string_view id = view(i);
        Key &k = keys[i];
        for (std::size_t j = 0; j < 8; ++j) {
            const std::uint64_t unit = j < id.size() ? id[j] : 0;
            (j < 4 ? k.hi : k.lo) |= unit << (48 - 16 * (j % 4));
        }
        k.node = i;
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.hi != b.hi)
            return a.hi < b.hi;
        if (a.lo != b.lo)
            return a.lo < b.lo;
        return view(a.node) < view(b.node);
    });
    std::vector<std::uint32_t> rank(ids.size());
    for (std::uint32_t r = 0; r < keys.size(); ++r)
        rank[keys[r].node] = r;
    return rank;
}

void Network::reserve(std::size_t nodes, std::size_t edges)
{
    ids.reserve(nodes);
    names.reserve(nodes);
    ratePerH.reserve(nodes);
    served.reserve(nodes);
    units.reserve(nodes);
    initial.reserve(nodes);
    levels.reserve(nodes);
    nodeLines.reserve(nodes);
    m_index.reserve(qsizetype(nodes));
    from.reserve(edges);
    to.reserve(edges);
    weight.reserve(edges);
    autonomyH.reserve(edges);
    rechargePerH.reserve(edges);
    kind.reserve(edges);
    edgeLines.reserve(edges);
}

Diagnostics validateNetwork(const Network &net)
{
    Diagnostics out;
    const auto nodeWhere = [&](int i) { return QStringLiteral("node '%1'").arg(net.ids[i]); };
    const auto edgeWhere = [&](std::size_t e) {
        return QStringLiteral("edge %1 -> %2").arg(net.ids[net.from[e]], net.ids[net.to[e]]);
    };
    QHash<QString, int> seen;
    const bool unique = net.idsIndexedUnique();  // else look for the duplicate
    for (int i = 0; i < net.nodeCount(); ++i) {
        const int line = i < int(net.nodeLines.size()) ? net.nodeLines[i] : 0;
        const auto add = [&](const QString &m) { out.push_back(error(net.file, line, nodeWhere(i) + u": "_s + m)); };
        if (net.ids[i].isEmpty())
            out.push_back(error(net.file, line, QStringLiteral("node %1 has an empty id").arg(i + 1)));
        else if (unique) {
            // known unique
        } else if (auto it = seen.constFind(net.ids[i]); it != seen.constEnd())
            add(QStringLiteral("duplicate id (first defined as node %1)").arg(*it + 1));
        else
            seen.insert(net.ids[i], i);
        if (!(net.ratePerH[i] >= 0))
            add(QStringLiteral("rate_per_h must be >= 0 or inf, not %1").arg(num(net.ratePerH[i])));
        if (!(net.served[i] >= 0) || std::isinf(net.served[i]))
            add(QStringLiteral("served must be a finite number >= 0, not %1").arg(num(net.served[i])));
        if (!(net.initial[i] >= 0 && net.initial[i] <= 1))
            add(QStringLiteral("initial q must be in [0,1], not %1").arg(num(net.initial[i])));
        if (const auto &l = net.levels[i]) {
            if (!(l->minUnits >= 0) || std::isinf(l->minUnits))
                add(QStringLiteral("level min_units must be a finite number >= 0"));
            if (l->minMinutes < 0)
                add(QStringLiteral("level min_minutes must be >= 0"));
        }
    }
    const auto n = std::uint32_t(net.nodeCount());
    for (std::size_t e = 0; e < net.edgeCount(); ++e) {
        const int line = e < net.edgeLines.size() ? net.edgeLines[e] : 0;
        if (net.from[e] >= n || net.to[e] >= n) {
            out.push_back(error(net.file, line, QStringLiteral("edge %1 refers to an unknown node").arg(e + 1)));
            continue;
        }
        const auto add = [&](const QString &m) { out.push_back(error(net.file, line, edgeWhere(e) + u": "_s + m)); };
        if (!(net.weight[e] >= 0 && net.weight[e] <= 1))
            add(QStringLiteral("weight must be in [0,1], not %1").arg(num(net.weight[e])));
        if (!(net.autonomyH[e] >= 0) || std::isinf(net.autonomyH[e]))
            add(QStringLiteral("autonomy_h must be a finite number >= 0, not %1").arg(num(net.autonomyH[e])));
        if (!(net.rechargePerH[e] >= 0) || std::isinf(net.rechargePerH[e]))
            add(QStringLiteral("recharge_per_h must be a finite number >= 0, not %1").arg(num(net.rechargePerH[e])));
    }
    if (!out.empty())
        return out;
    // Parallel edges: the sum over a node's inputs must have one term per input. Sorting the keys
    // alone is cheap; the edges are located only when there is a duplicate.
    const auto key = [&](std::size_t e) { return (std::uint64_t(net.to[e]) << 32) | net.from[e]; };
    {
        // Edges grouped by dependent node (counting sort), a stamp per source: linear, and the
        // edges are located only when there is a duplicate.
        const std::size_t m = net.edgeCount();
        std::vector<std::uint32_t> start(std::size_t(n) + 1, 0);
        for (std::size_t e = 0; e < m; ++e)
            ++start[net.to[e] + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<std::uint32_t> byTo(m);
        for (std::size_t e = 0; e < m; ++e)
            byTo[start[net.to[e]]++] = std::uint32_t(e);  // start[v] becomes the end of v's group
        std::vector<std::uint32_t> stamp(n, UINT32_MAX);
        bool duplicate = false;
        for (std::uint32_t v = 0, i = 0; v < n && !duplicate; ++v) {
            for (; i < start[v]; ++i) {
                std::uint32_t &s = stamp[net.from[byTo[i]]];
                if (s == v) {
                    duplicate = true;
                    break;
                }
                s = v;
            }
        }
        if (!duplicate)
            return out;
    }
    QHash<std::uint64_t, std::size_t> first;
    for (std::size_t e = 0; e < net.edgeCount() && out.size() < 20; ++e) {
        const auto it = first.constFind(key(e));
        if (it == first.constEnd()) {
            first.insert(key(e), e);
            continue;
        }
        const int line = e < net.edgeLines.size() ? net.edgeLines[e] : 0;
        out.push_back(error(net.file, line,
                            edgeWhere(e) + QStringLiteral(": duplicate edge (first given as edge %1)").arg(*it + 1)));
    }
    return out;
}

std::optional<Network> networkFromScenario(const scenario::Graph &g, const QString &file,
                                           scenario::Diagnostics *diagnostics)
{
    const scenario::SuggestionScope suggestions;
    Network net;
    net.file = file;
    Diagnostics diags;
    net.reserve(g.nodes.size(), g.edges.size());
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const scenario::Node &n = g.nodes[i];
        const int k = net.addNode(n.id);
        net.names[k] = n.name.get(QStringLiteral("en"));
        net.ratePerH[k] = n.ratePerH;
        net.served[k] = n.served;
        net.units[k] = n.unit;
        net.initial[k] = n.initial;
        if (n.level)
            net.levels[k] = LevelSpec{n.level->minUnits, n.level->minMinutes};
    }
    QStringList known;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const scenario::Edge &ed = g.edges[e];
        const int u = net.indexOf(ed.from);
        const int v = net.indexOf(ed.to);
        const QString path = QStringLiteral("graph.edges[%1]").arg(e);
        if (u < 0 || v < 0) {
            const QString bad = u < 0 ? ed.from : ed.to;
            QString m = QStringLiteral("%1: unknown node '%2'").arg(path, scenario::echo(bad));
            if (known.isEmpty())
                known = QStringList(net.ids.begin(), net.ids.end());  // once, not per bad edge
            if (const QString dym = scenario::didYouMean(bad, known); !dym.isEmpty())
                m += QStringLiteral(" (did you mean '%1'?)").arg(dym);
            diags.push_back(error(file, 0, m, path + (u < 0 ? u".from"_s : u".to"_s)));
            continue;
        }
        net.addEdge(u, v, ed.weight);
        net.autonomyH.back() = ed.autonomyH;
        net.rechargePerH.back() = ed.rechargePerH;
        const auto kind = edgeKindFrom(ed.kind);
        if (!kind)
            diags.push_back(error(
                file, 0,
                QStringLiteral("%1: unknown kind '%2' (one of %3)").arg(path, ed.kind, edgeKindNames().join(u", "_s)),
                path + u".kind"_s));
        net.kind.back() = kind.value_or(EdgeKind::Other);
    }
    if (diags.empty())
        diags = validateNetwork(net);
    if (diagnostics)
        diagnostics->insert(diagnostics->end(), diags.begin(), diags.end());
    if (scenario::hasErrors(diags))
        return std::nullopt;
    return net;
}

}  // namespace cd::model
