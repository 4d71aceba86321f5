#include "model/kernel.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace cd::model {

Kernel::Kernel(std::shared_ptr<const Network> network, const CascadeOptions &options)
    : net(std::move(network)), opt(options)
{
    const Network &g = *net;
    const auto nn = std::size_t(g.nodeCount());
    const std::size_t m = g.edgeCount();
    opt.stepMin = std::max(1, opt.stepMin);
    opt.threads = std::max(1, opt.threads);
    dh = double(opt.stepMin) / 60.0;

    q = g.initial;
    qPrev = q;
    alpha.resize(nn);
    for (std::size_t v = 0; v < nn; ++v)
        alpha[v] = std::min(1.0, g.ratePerH[v] * dh);  // inf * dh = inf -> 1
    c.assign(nn, 0.0);
    integral.assign(nn, 0.0);
    labels.resize(nn);
    for (std::size_t v = 0; v < nn; ++v)
        labels[v] = opt.thresholds.labelOf(q[v]);
    rank = g.canonicalRanks();

    // CSR by dependent node, each node's inputs in canonical order of their source.
    inStart.assign(nn + 1, 0);
    for (std::size_t e = 0; e < m; ++e)
        ++inStart[g.to[e] + 1];
    std::partial_sum(inStart.begin(), inStart.end(), inStart.begin());
    std::vector<std::uint32_t> order(m);
    {
        std::vector<std::uint32_t> fill(inStart.begin(), inStart.end() - 1);
        for (std::size_t e = 0; e < m; ++e)
            order[fill[g.to[e]]++] = std::uint32_t(e);
    }
    // Within a node: inputs without autonomy first (always felt: the step reads only their source
    // and weight), then buffered ones; each part in canonical order of the source.
    midStart.resize(nn);
    for (std::size_t v = 0; v < nn; ++v) {
        const auto first = order.begin() + inStart[v];
        const auto last = order.begin() + inStart[v + 1];
        std::sort(first, last, [&](std::uint32_t a, std::uint32_t b2) {
            const bool ba = g.autonomyH[a] != 0;
            const bool bb = g.autonomyH[b2] != 0;
            return ba != bb ? bb : rank[g.from[a]] < rank[g.from[b2]];
        });
        midStart[v] = std::uint32_t(
            std::partition_point(first, last, [&](std::uint32_t e) { return g.autonomyH[e] == 0; }) - order.begin());
    }
    src.assign(m + kPrefetch, 0);  // padded: the step prefetches kPrefetch edges ahead
    w.resize(m);
    d.resize(m);
    rhoDh.resize(m);
    b.resize(m);
    pos.resize(m);
    for (std::size_t i = 0; i < m; ++i) {
        const std::uint32_t e = order[i];
        src[i] = g.from[e];
        w[i] = g.weight[e];
        d[i] = g.autonomyH[e];
        rhoDh[i] = g.rechargePerH[e] * dh;
        b[i] = d[i];
        pos[e] = std::uint32_t(i);
    }
    if (opt.explain) {
        emptyAt.resize(m);
        kindCsr.resize(m);
        for (std::size_t i = 0; i < m; ++i) {
            emptyAt[i] = b[i] <= kEmpty ? 0 : -1;
            kindCsr[i] = g.kind[order[i]];
        }
    }

    for (int v = 0; v < int(nn); ++v)
        if (g.levels[std::size_t(v)])
            levelNodes.push_back(v);
    lastBad.assign(levelNodes.size(), INT_MIN);
    breached.assign(levelNodes.size(), 0);

    // Thread chunks balanced on edges + nodes.
    m_chunks.push_back(0);
    const int parts = std::min<int>(opt.threads, std::max<int>(1, int(nn)));
    const double per = double(m + nn) / parts;
    for (int p = 1; p < parts; ++p) {
        std::uint32_t v = m_chunks.back();
        while (v < nn && double(inStart[v] + v) < per * p)
            ++v;
        m_chunks.push_back(v);
    }
    m_chunks.push_back(std::uint32_t(nn));
}

long long Kernel::csrPos(int u, int v) const
{
    if (v < 0 || u < 0 || std::size_t(v) + 1 >= inStart.size())
        return -1;
    for (std::uint32_t e = inStart[std::size_t(v)]; e < inStart[std::size_t(v) + 1]; ++e)
        if (src[e] == std::uint32_t(u))
            return e;
    return -1;
}

void Kernel::stepTo(int minute)
{
    while ((n + 1) * opt.stepMin <= minute)
        step();
}

void Kernel::step()
{
    const int t = (n + 1) * opt.stepMin;
    applyDue(t);
    updateShocks(t);
    std::swap(q, qPrev);
    if (m_chunks.size() <= 2) {
        computeRange(0, std::uint32_t(q.size()), t);
    } else {
        std::vector<std::jthread> workers;
        for (std::size_t p = 1; p + 1 < m_chunks.size(); ++p)
            workers.emplace_back([this, p, t] { computeRange(m_chunks[p], m_chunks[p + 1], t); });
        computeRange(m_chunks[0], m_chunks[1], t);
    }
    ++n;
    afterStep(t);
}

void Kernel::computeRange(std::uint32_t lo, std::uint32_t hi, int t)
{
    if (opt.explain)
        computeRangeImpl<true>(lo, hi, t);
    else
        computeRangeImpl<false>(lo, hi, t);
}

template<bool Track> void Kernel::computeRangeImpl(std::uint32_t lo, std::uint32_t hi, int t)
{
    const double *const qp = qPrev.data();
    const std::uint32_t *const s = src.data();
    const double *const wp = w.data();
    const double *const dp = d.data();
    const double *const rp = rhoDh.data();
    double *const bp = b.data();
    const double step = dh;
    for (std::uint32_t v = lo; v < hi; ++v) {
        double sum = 0;
        const std::uint32_t mid = midStart[v];
        for (std::uint32_t e = inStart[v]; e < mid; ++e) {
            __builtin_prefetch(qp + s[e + kPrefetch]);
            sum += wp[e] * qp[s[e]];  // no autonomy: the buffer is always empty, x_e = q_u
        }
        const std::uint32_t end = inStart[v + 1];
        for (std::uint32_t e = mid; e < end; ++e) {
            // Branch-free (the signs of q_u are unpredictable): both buffer updates, then a select.
            __builtin_prefetch(qp + s[e + kPrefetch]);
            const double qu = qp[s[e]];
            const double be0 = bp[e];
            const double drained = std::max(0.0, be0 - qu * step);
            const double charged = std::min(dp[e], be0 + rp[e]);
            const double be = qu > 0 ? drained : charged;
            bp[e] = be;
            // x_e = q_u when the buffer is empty, else 0 (adding +0 leaves the sum unchanged).
            const double x = be <= kEmpty ? qu : 0.0;
            sum += wp[e] * x;
            if constexpr (Track) {
                if (be <= kEmpty) {
                    if (emptyAt[e] < 0)
                        emptyAt[e] = t;
                } else {
                    emptyAt[e] = -1;
                }
            }
        }
        const double prev = qp[v];
        const double x = prev + alpha[v] * (sum + c[v] - prev);
        const double next = x > 0 ? (x > 1 ? 1.0 : x) : 0.0;  // clip01 (and never -0)
        q[v] = next;
        integral[v] += 0.5 * (prev + next) * step;  // trapezoid, node-hours
    }
}

void Kernel::afterStep(int t)
{
    // The integral is accumulated in the step itself; labels are only tracked for explanations
    // (label() is computed from q on demand).
    const std::size_t nn = q.size();
    for (std::size_t v = 0; opt.explain && v < nn; ++v) {
        const Label l = opt.thresholds.labelOf(q[v]);
        if (l == labels[v])
            continue;
        if (opt.explain)
            changes.push_back(LabelChange{net->ids[v], t, labels[v], l, explainChange(*this, int(v), labels[v], l, t)});
        labels[v] = l;
    }
    checkBreaches(t);
}

void Kernel::checkBreaches(int t)
{
    for (std::size_t i = 0; i < levelNodes.size(); ++i) {
        if (breached[i])
            continue;
        const int v = levelNodes[i];
        const LevelSpec &l = *net->levels[std::size_t(v)];
        const double impact = q[std::size_t(v)] * net->served[std::size_t(v)];
        if (!(q[std::size_t(v)] > 0 && impact >= l.minUnits)) {
            lastBad[i] = t;
            continue;
        }
        const int start = t - l.minMinutes;
        if (start >= 0 && lastBad[i] < start) {
            breached[i] = 1;
            breaches.push_back(Breach{net->ids[std::size_t(v)], start, t});
        }
    }
}

void Kernel::applyDue(int t)
{
    std::size_t done = 0;
    for (; done < pending.size() && pending[done].minute <= t; ++done) {
        const Pending &p = pending[done];
        switch (p.kind) {
        case scenario::Effect::Kind::AddAutonomy: {
            const auto at = std::size_t(p.pos);
            const bool wasZero = d[at] == 0;
            d[at] += p.value;
            b[at] += p.value;
            if (wasZero && d[at] != 0)
                regroup(at);
            break;
        }
        case scenario::Effect::Kind::ScaleWeight:
            w[std::size_t(p.pos)] = std::min(1.0, w[std::size_t(p.pos)] * p.value);
            break;
        case scenario::Effect::Kind::SetShock: {
            NodeShocks &ns = shocks[p.node];
            ns.overridden = true;
            ns.overrideC = p.value;
            ns.overrideSeq = p.seq;
            break;
        }
        case scenario::Effect::Kind::SetRate:
            alpha[std::size_t(p.node)] = std::min(1.0, p.value * dh);
            break;
        }
    }
    pending.erase(pending.begin(), pending.begin() + std::ptrdiff_t(done));
}

void Kernel::regroup(std::size_t at)
{
    // The edge at CSR position `at` gained autonomy: move it to its node's buffered part, keeping
    // both parts in canonical order (rare: effects only).
    const auto v =
        std::size_t(std::upper_bound(inStart.begin(), inStart.end(), std::uint32_t(at)) - inStart.begin() - 1);
    const std::uint32_t lo = inStart[v];
    const std::uint32_t hi = inStart[v + 1];
    std::vector<std::uint32_t> local(hi - lo);
    std::iota(local.begin(), local.end(), lo);
    std::stable_sort(local.begin(), local.end(), [&](std::uint32_t a, std::uint32_t b2) {
        const bool ba = d[a] != 0;
        const bool bb = d[b2] != 0;
        return ba != bb ? bb : rank[src[a]] < rank[src[b2]];
    });
    std::vector<std::uint32_t> inputOf(hi - lo);
    for (std::size_t e = 0; e < pos.size(); ++e)
        if (pos[e] >= lo && pos[e] < hi)
            inputOf[pos[e] - lo] = std::uint32_t(e);
    const auto permute = [&](auto &arr) {
        if (arr.empty())
            return;
        std::vector<std::decay_t<decltype(arr[0])>> tmp;
        for (std::uint32_t old : local)
            tmp.push_back(arr[old]);
        std::copy(tmp.begin(), tmp.end(), arr.begin() + lo);
    };
    permute(src);
    permute(w);
    permute(d);
    permute(rhoDh);
    permute(b);
    permute(emptyAt);
    permute(kindCsr);
    for (std::uint32_t i = 0; i < local.size(); ++i)
        pos[inputOf[local[i] - lo]] = lo + i;
    std::uint32_t mid = lo;
    while (mid < hi && d[mid] == 0)
        ++mid;
    midStart[v] = mid;
}

double Kernel::NodeShocks::at(int t) const
{
    double sum = overridden ? overrideC : 0.0;
    for (const ShockEntry &s : list)
        if ((!overridden || s.seq > overrideSeq) && s.from <= t && t <= s.to)
            sum += s.c;
    return sum;
}

void Kernel::updateShocks(int t)
{
    for (const auto &[v, ns] : shocks)
        c[std::size_t(v)] = ns.at(t);
}

void Kernel::addShock(int node, double cv, int from, int to)
{
    shocks[node].list.push_back(ShockEntry{cv, from, to, seq++});
    c[std::size_t(node)] = shocks[node].at(n * opt.stepMin);
}

void Kernel::addPending(const Pending &p)
{
    auto it = std::upper_bound(pending.begin(), pending.end(), p, [](const Pending &a, const Pending &x) {
        return a.minute != x.minute ? a.minute < x.minute : a.seq < x.seq;
    });
    pending.insert(it, p);
}

}  // namespace cd::model
