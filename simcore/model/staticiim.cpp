#include "model/staticiim.h"

#include "model/graph.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace cd::model {

using namespace Qt::StringLiterals;

namespace {

/// Only edges that carry something (weight > 0) matter for cycles and for hits.
struct Carries
{
    const DependencyGraph *g = nullptr;
    bool operator()(const boost::graph_traits<DependencyGraph>::edge_descriptor &e) const { return (*g)[e].weight > 0; }
};

/// Sparse rows of A*: for each v, its inputs (u, weight).
struct Rows
{
    std::vector<std::uint32_t> start;
    std::vector<std::uint32_t> col;
    std::vector<double> val;
};

Rows rowsOf(const Network &net)
{
    const auto n = std::size_t(net.nodeCount());
    Rows r;
    r.start.assign(n + 1, 0);
    for (std::size_t e = 0; e < net.edgeCount(); ++e)
        ++r.start[net.to[e] + 1];
    std::partial_sum(r.start.begin(), r.start.end(), r.start.begin());
    r.col.resize(net.edgeCount());
    r.val.resize(net.edgeCount());
    std::vector<std::uint32_t> fill(r.start.begin(), r.start.end() - 1);
    for (std::size_t e = 0; e < net.edgeCount(); ++e) {
        const std::uint32_t at = fill[net.to[e]]++;
        r.col[at] = net.from[e];
        r.val[at] = net.weight[e];
    }
    return r;
}

/// True when I - A_s (A_s: A* restricted to `nodes`) is a nonsingular M-matrix, i.e. rho(A_s) < 1:
/// Gaussian elimination without pivoting keeps every pivot positive.
bool denseStable(const Rows &rows, const std::vector<int> &nodes)
{
    const std::size_t m = nodes.size();
    std::map<int, std::size_t> local;
    for (std::size_t i = 0; i < m; ++i)
        local[nodes[i]] = i;
    std::vector<double> b(m * m, 0.0);
    for (std::size_t i = 0; i < m; ++i) {
        b[i * m + i] = 1.0;
        const auto v = std::size_t(nodes[i]);
        for (std::uint32_t k = rows.start[v]; k < rows.start[v + 1]; ++k)
            if (auto it = local.find(int(rows.col[k])); it != local.end())
                b[i * m + it->second] -= rows.val[k];
    }
    for (std::size_t p = 0; p < m; ++p) {
        const double pivot = b[p * m + p];
        if (!(pivot > 1e-12))
            return false;
        for (std::size_t i = p + 1; i < m; ++i) {
            const double f = b[i * m + p] / pivot;
            if (f == 0)
                continue;
            for (std::size_t j = p; j < m; ++j)
                b[i * m + j] -= f * b[p * m + j];
        }
    }
    return true;
}

/// Power iteration on A_s + I (primitive for an irreducible A_s): returns the estimate of rho(A_s)
/// and the Collatz-Wielandt bounds [lower, upper] on it.
struct Radius
{
    double estimate = 0;
    double lower = 0;
    double upper = 0;
};

Radius powerRadius(const Rows &rows, const std::vector<int> &nodes, int iterations)
{
    const std::size_t m = nodes.size();
    std::map<int, std::size_t> local;
    for (std::size_t i = 0; i < m; ++i)
        local[nodes[i]] = i;
    // Local sparse rows.
    std::vector<std::vector<std::pair<std::size_t, double>>> in(m);
    for (std::size_t i = 0; i < m; ++i) {
        const auto v = std::size_t(nodes[i]);
        for (std::uint32_t k = rows.start[v]; k < rows.start[v + 1]; ++k)
            if (auto it = local.find(int(rows.col[k])); it != local.end())
                in[i].emplace_back(it->second, rows.val[k]);
    }
    std::vector<double> x(m, 1.0);
    std::vector<double> y(m);
    Radius r;
    for (int it = 0; it < iterations; ++it) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = 0;
        double norm = 0;
        for (std::size_t i = 0; i < m; ++i) {
            double s = x[i];
            for (const auto &[j, w] : in[i])
                s += w * x[j];
            y[i] = s;
            lo = std::min(lo, s / x[i]);
            hi = std::max(hi, s / x[i]);
            norm = std::max(norm, s);
        }
        r.lower = lo - 1;
        r.upper = hi - 1;
        r.estimate = 0.5 * (r.lower + r.upper);
        if (r.lower >= 1 || r.upper < 1 - 1e-12 || hi - lo < 1e-13)
            break;
        for (std::size_t i = 0; i < m; ++i)
            x[i] = y[i] / norm;
    }
    return r;
}

/// A heavy cycle: from the group's heaviest edge, follow the heaviest edge staying in the group.
std::vector<int> heavyCycle(const Network &net, const std::vector<int> &nodes, double &product)
{
    std::vector<char> in(std::size_t(net.nodeCount()), 0);
    for (int v : nodes)
        in[std::size_t(v)] = 1;
    // Heaviest out-edge within the group per node (ties: smallest id).
    std::vector<long long> next(std::size_t(net.nodeCount()), -1);
    for (std::size_t e = 0; e < net.edgeCount(); ++e) {
        const auto u = net.from[e];
        const auto v = net.to[e];
        if (!in[u] || !in[v] || !(net.weight[e] > 0))
            continue;
        const long long cur = next[u];
        if (cur < 0 || net.weight[e] > net.weight[std::size_t(cur)] ||
            (net.weight[e] == net.weight[std::size_t(cur)] && net.ids[v] < net.ids[net.to[std::size_t(cur)]]))
            next[u] = (long long)e;
    }
    int start = nodes.front();
    for (int v : nodes)
        if (net.ids[std::size_t(v)] < net.ids[std::size_t(start)])
            start = v;
    std::vector<int> path;
    std::map<int, std::size_t> at;
    int v = start;
    while (!at.count(v) && next[std::size_t(v)] >= 0) {
        at[v] = path.size();
        path.push_back(v);
        v = int(net.to[std::size_t(next[std::size_t(v)])]);
    }
    std::vector<int> cycle(path.begin() + std::ptrdiff_t(at.count(v) ? at[v] : 0), path.end());
    product = 1;
    for (std::size_t i = 0; i < cycle.size(); ++i)
        product *= net.weight[std::size_t(next[std::size_t(cycle[i])])];
    cycle.push_back(cycle.empty() ? start : cycle.front());
    return cycle;
}

}  // namespace

std::vector<UnstableGroup> unstableGroups(const Network &net)
{
    // Structure only (edges that carry something): light enough for a million edges.
    using Structure = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Structure g(std::size_t(net.nodeCount()));
    for (std::size_t e = 0; e < net.edgeCount(); ++e)
        if (net.weight[e] > 0)
            boost::add_edge(net.from[e], net.to[e], g);
    std::vector<int> comp(std::size_t(net.nodeCount()));
    const int count =
        boost::strong_components(g, boost::make_iterator_property_map(comp.begin(), get(boost::vertex_index, g)));
    std::vector<std::vector<int>> groups(static_cast<std::size_t>(count));
    for (int v = 0; v < net.nodeCount(); ++v)
        groups[std::size_t(comp[std::size_t(v)])].push_back(v);
    std::vector<char> selfLoop(std::size_t(net.nodeCount()), 0);
    for (std::size_t e = 0; e < net.edgeCount(); ++e)
        if (net.from[e] == net.to[e] && net.weight[e] > 0)
            selfLoop[net.from[e]] = 1;

    const Rows rows = rowsOf(net);
    std::vector<UnstableGroup> out;
    for (const std::vector<int> &nodes : groups) {
        if (nodes.size() == 1 && !selfLoop[std::size_t(nodes.front())])
            continue;  // no cycle through it
        const Radius r = powerRadius(rows, nodes, 5000);
        const bool stable = nodes.size() <= 400 ? denseStable(rows, nodes) : r.upper < 1 - 1e-12;
        if (stable)
            continue;
        UnstableGroup u;
        u.nodes = nodes;
        u.radius = std::max(1.0, r.estimate);
        u.cycle = heavyCycle(net, nodes, u.cycleProduct);
        out.push_back(std::move(u));
    }
    std::sort(out.begin(), out.end(),
              [](const UnstableGroup &a, const UnstableGroup &b) { return a.nodes.front() < b.nodes.front(); });
    return out;
}

QString describeInstability(const Network &net, const std::vector<UnstableGroup> &groups)
{
    QStringList parts;
    for (const UnstableGroup &gr : groups) {
        QStringList members;
        for (int v : gr.nodes) {
            if (members.size() == 12) {
                members << QStringLiteral("... (%1 nodes)").arg(gr.nodes.size());
                break;
            }
            members << net.ids[std::size_t(v)];
        }
        QStringList cycle;
        for (int v : gr.cycle)
            cycle << net.ids[std::size_t(v)];
        parts << QStringLiteral("the group {%1} has a spectral radius of about %2 (>= 1); its cycle %3 has a weight "
                                "product of %4")
                     .arg(members.join(u", "_s), QString::number(gr.radius, 'g', 4), cycle.join(u" -> "_s),
                          QString::number(gr.cycleProduct, 'g', 4));
    }
    return u"unstable interdependency: the spectral radius of A* is >= 1, so the static model is unbounded: "_s +
           parts.join(u"; "_s) + u". Lower the weights on these cycles."_s;
}

std::vector<double> solveStaticUnclipped(const Network &net, const std::vector<double> &c)
{
    const auto n = std::size_t(net.nodeCount());
    std::vector<double> x(n, 0.0);
    if (n == 0)
        return x;
    if (n <= std::size_t(kDenseLimit)) {
        // LU with partial pivoting of M = I - A*.
        std::vector<double> m(n * n, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            m[i * n + i] = 1.0;
        for (std::size_t e = 0; e < net.edgeCount(); ++e)
            m[net.to[e] * n + net.from[e]] -= net.weight[e];
        std::vector<std::size_t> perm(n);
        std::iota(perm.begin(), perm.end(), 0);
        for (std::size_t p = 0; p < n; ++p) {
            std::size_t best = p;
            for (std::size_t i = p + 1; i < n; ++i)
                if (std::abs(m[i * n + p]) > std::abs(m[best * n + p]))
                    best = i;
            if (best != p) {
                std::swap_ranges(m.begin() + std::ptrdiff_t(p * n), m.begin() + std::ptrdiff_t(p * n + n),
                                 m.begin() + std::ptrdiff_t(best * n));
                std::swap(perm[p], perm[best]);
            }
            const double pivot = m[p * n + p];
            for (std::size_t i = p + 1; i < n; ++i) {
                const double f = (m[i * n + p] /= pivot);
                if (f == 0)
                    continue;
                for (std::size_t j = p + 1; j < n; ++j)
                    m[i * n + j] -= f * m[p * n + j];
            }
        }
        std::vector<double> y(n);
        for (std::size_t i = 0; i < n; ++i) {
            double s = c[perm[i]];
            for (std::size_t j = 0; j < i; ++j)
                s -= m[i * n + j] * y[j];
            y[i] = s;
        }
        for (std::size_t i = n; i-- > 0;) {
            double s = y[i];
            for (std::size_t j = i + 1; j < n; ++j)
                s -= m[i * n + j] * x[j];
            x[i] = s / m[i * n + i];
        }
    } else {
        const Rows rows = rowsOf(net);
        x = c;
        std::vector<double> y(n);
        for (int it = 0; it < 100000; ++it) {
            double change = 0;
            double size = 1;
            for (std::size_t v = 0; v < n; ++v) {
                double s = c[v];
                for (std::uint32_t k = rows.start[v]; k < rows.start[v + 1]; ++k)
                    s += rows.val[k] * x[rows.col[k]];
                y[v] = s;
                change = std::max(change, std::abs(s - x[v]));
                size = std::max(size, std::abs(s));
            }
            x.swap(y);
            if (change <= 1e-15 * size)
                break;
        }
    }
    return x;
}

std::vector<double> solveStatic(const Network &net, const std::vector<double> &c)
{
    std::vector<double> x = solveStaticUnclipped(net, c);
    for (double &v : x)
        v = std::clamp(v, 0.0, 1.0);
    return x;
}

std::vector<double> orderIndex(const Network &net, int k)
{
    const auto n = std::size_t(net.nodeCount());
    std::vector<double> p(n * n, 0.0);
    for (std::size_t e = 0; e < net.edgeCount(); ++e)
        p[net.to[e] * n + net.from[e]] = net.weight[e];
    const Rows rows = rowsOf(net);
    for (int step = 1; step < k; ++step) {
        // next = A* . p: row v is the sum over inputs u of w_uv * row u of p.
        std::vector<double> next(n * n, 0.0);
        for (std::size_t v = 0; v < n; ++v)
            for (std::uint32_t e = rows.start[v]; e < rows.start[v + 1]; ++e) {
                const double w = rows.val[e];
                const double *src = &p[std::size_t(rows.col[e]) * n];
                double *dst = &next[v * n];
                for (std::size_t u = 0; u < n; ++u)
                    dst[u] += w * src[u];
            }
        p.swap(next);
    }
    return p;
}

std::vector<RankEntry> dependencyRanking(const Network &net)
{
    const auto n = std::size_t(net.nodeCount());
    std::vector<RankEntry> out;
    std::vector<double> c(n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        c.assign(n, 0.0);
        c[u] = 1.0;
        const std::vector<double> q = solveStatic(net, c);
        out.push_back(RankEntry{int(u), std::accumulate(q.begin(), q.end(), 0.0)});
    }
    std::stable_sort(out.begin(), out.end(), [](const RankEntry &a, const RankEntry &b) { return a.total > b.total; });
    return out;
}

std::vector<double> hitTimes(const Network &net, int stepMin)
{
    const auto n = std::size_t(net.nodeCount());
    const DependencyGraph g = toBoostGraph(net);
    const Carries carries{&g};
    const boost::filtered_graph<DependencyGraph, Carries> fg(g, carries);
    const double step = std::max(1, stepMin);
    // A full loss drains a buffer of d hours in ceil(d*60/step) steps; a hop costs at least one step.
    const auto cost = boost::make_transform_value_property_map(
        [step](double autonomyH) { return std::max(1.0, std::ceil(autonomyH * 60.0 / step - 1e-9)) * step; },
        get(&EdgeProps::autonomyH, g));
    std::vector<double> out(n * n, kNever);
    std::vector<double> dist(n);
    for (std::size_t u = 0; u < n; ++u) {
        boost::dijkstra_shortest_paths(
            fg, u,
            boost::weight_map(cost)
                .distance_map(boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, fg)))
                .distance_inf(kNever));
        std::copy(dist.begin(), dist.end(), out.begin() + std::ptrdiff_t(u * n));
    }
    return out;
}

}  // namespace cd::model
