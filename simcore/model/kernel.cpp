#include "model/kernel.h"

#include <algorithm>
#include <bit>
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
    const bool autoThreads = opt.threads <= 0;
    if (autoThreads)
        opt.threads = int(std::max(1u, std::thread::hardware_concurrency()));
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

    std::vector<char> buffered(m);
    for (std::size_t e = 0; e < m; ++e)
        buffered[e] = g.autonomyH[e] != 0;
    layout(buffered);
    b.resize(m);
    par.resize(m);
    // Read the network in input order and scatter (random writes do not stall like random reads).
    // With a second thread, it scatters the sources, dependents and weights meanwhile.
    std::thread helper;
    const auto scatterGraph = [&] {
        src.resize(m + kPrefetch, 0);  // padded: the step prefetches kPrefetch edges ahead
        dst.resize(m);
        w.resize(m);
        for (std::size_t e = 0; e < m; ++e) {
            const std::uint32_t i = pos[e];
            src[i] = g.from[e];
            dst[i] = g.to[e];
            w[i] = g.weight[e];
        }
    };
    if (opt.threads > 1 && m >= kMinWorkPerThread)
        helper = std::thread(scatterGraph);
    else
        scatterGraph();
    // Consecutive edges often share their (d, rho) pair: the last one is remembered.
    std::uint64_t lastD = ~0ull;
    std::uint64_t lastR = ~0ull;
    std::uint32_t lastPar = 0;
    for (std::size_t e = 0; e < m; ++e) {
        const std::uint32_t i = pos[e];
        b[i] = g.autonomyH[e];
        const double rhoDh = g.rechargePerH[e] * dh;
        const auto dBits = std::bit_cast<std::uint64_t>(g.autonomyH[e]);
        const auto rBits = std::bit_cast<std::uint64_t>(rhoDh);
        if (dBits != lastD || rBits != lastR) {
            lastPar = paramIndex(g.autonomyH[e], rhoDh);
            lastD = dBits;
            lastR = rBits;
        }
        par[i] = lastPar;
    }
    if (helper.joinable())
        helper.join();
    if (opt.explain) {
        emptyAt.resize(m);
        kindCsr.resize(m);
        for (std::size_t e = 0; e < m; ++e) {
            const std::uint32_t i = pos[e];
            emptyAt[i] = b[i] <= kEmpty ? 0 : -1;
            kindCsr[i] = g.kind[e];
        }
    }
    m_acc.assign(nn, 0.0);

    for (int v = 0; v < int(nn); ++v)
        if (g.levels[std::size_t(v)])
            levelNodes.push_back(v);
    lastBad.assign(levelNodes.size(), INT_MIN);
    breached.assign(levelNodes.size(), 0);
    m_autoThreads = autoThreads;
    makeChunks();
}

void Kernel::layout(const std::vector<char> &buffered)
{
    // Positions: two counting sorts, the edges by the rank of their source, then distributed
    // stably to their section and node (no comparison sort, no random lookups in a comparator).
    const Network &g = *net;
    const auto nn = std::size_t(g.nodeCount());
    const std::size_t m = g.edgeCount();
    std::vector<std::uint32_t> byRank(m);
    {
        std::vector<std::uint32_t> start(nn + 1, 0);
        for (std::size_t e = 0; e < m; ++e)
            ++start[rank[g.from[e]] + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (std::size_t e = 0; e < m; ++e)
            byRank[start[rank[g.from[e]]]++] = std::uint32_t(e);
    }
    uStart.assign(nn + 1, 0);
    bStart.assign(nn + 1, 0);
    for (std::size_t e = 0; e < m; ++e)
        ++(buffered[e] ? bStart : uStart)[g.to[e] + 1];
    std::partial_sum(uStart.begin(), uStart.end(), uStart.begin());
    nu = uStart[nn];
    bStart[0] = std::uint32_t(nu);
    std::partial_sum(bStart.begin(), bStart.end(), bStart.begin());
    std::vector<std::uint32_t> fillU(uStart.begin(), uStart.end() - 1);
    std::vector<std::uint32_t> fillB(bStart.begin(), bStart.end() - 1);
    pos.resize(m);
    for (const std::uint32_t e : byRank) {
        const std::uint32_t v = g.to[e];
        pos[e] = buffered[e] ? fillB[v]++ : fillU[v]++;
    }
}

void Kernel::makeChunks()
{
    const bool autoThreads = m_autoThreads;
    // Thread chunks balanced on edges + nodes. Threads asked for are used (at most one per node);
    // automatic ones get enough work each.
    const std::size_t nn = q.size();
    const std::size_t m = src.size() - kPrefetch;
    m_chunks.clear();
    m_chunks.push_back(0);
    const std::size_t cap =
        autoThreads ? std::max<std::size_t>(1, (m + nn) / kMinWorkPerThread) : std::max<std::size_t>(1, nn);
    const int parts = int(std::min(cap, std::size_t(opt.threads)));
    const double per = double(m + nn) / parts;
    const auto work = [&](std::uint32_t v) { return double(uStart[v] + (bStart[v] - nu) + v); };
    for (int p = 1; p < parts; ++p) {
        std::uint32_t v = m_chunks.back();
        while (v < nn && work(v) < per * p)
            ++v;
        m_chunks.push_back(v);
    }
    m_chunks.push_back(std::uint32_t(nn));
}

long long Kernel::csrPos(int u, int v) const
{
    if (v < 0 || u < 0 || std::size_t(v) + 1 >= uStart.size())
        return -1;
    long long found = -1;
    forInputs(std::size_t(v), [&](std::uint32_t e) {
        if (src[e] == std::uint32_t(u))
            found = e;
    });
    return found;
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
        if (!m_pool.pool)
            m_pool.pool = std::make_unique<StepPool>(int(m_chunks.size()) - 1);
        m_pool.pool->run([this, t](int p) { computeRange(m_chunks[std::size_t(p)], m_chunks[std::size_t(p) + 1], t); });
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
    const std::uint32_t *const d = dst.data();
    const double *const wp = w.data();
    const std::uint32_t *const pp = par.data();
    const EdgeParams *const prm = params.data();
    double *const bp = b.data();
    double *const acc = m_acc.data();
    // Inputs without autonomy: the buffer is always empty, x_e = q_u. The sources are random, so
    // their q is prefetched kPrefetch edges ahead (src is padded for that).
    for (std::uint32_t e = uStart[lo], end = uStart[hi]; e < end; ++e) {
        __builtin_prefetch(qp + s[e + kPrefetch]);
        acc[d[e]] += wp[e] * qp[s[e]];
    }
    const double step = dh;
    for (std::uint32_t e = bStart[lo], end = bStart[hi]; e < end; ++e) {
        // Both buffer updates, then a select (the signs of q_u are unpredictable).
        __builtin_prefetch(qp + s[e + kPrefetch]);
        const double qu = qp[s[e]];
        const double be0 = bp[e];
        const EdgeParams &pe = prm[pp[e]];
        const double drained = std::max(0.0, be0 - qu * step);
        const double charged = std::min(pe.d, be0 + pe.rhoDh);
        const double be = qu > kFine ? drained : charged;
        bp[e] = be;
        // x_e = q_u when the buffer is empty, else 0: adding w * 0 = +0 would leave the sum
        // (>= +0) unchanged, so the weight is read only for an empty buffer.
        if (be <= kEmpty) {
            acc[d[e]] += wp[e] * qu;
            if constexpr (Track) {
                if (emptyAt[e] < 0)
                    emptyAt[e] = t;
            }
        } else if constexpr (Track) {
            emptyAt[e] = -1;
        }
    }
    const bool integrate = opt.integrals;
    for (std::uint32_t v = lo; v < hi; ++v) {
        const double sum = acc[v];
        acc[v] = 0;
        const double prev = qp[v];
        const double x = prev + alpha[v] * (sum + c[v] - prev);
        const double next = x > 0 ? (x > 1 ? 1.0 : x) : 0.0;  // clip01 (and never -0)
        q[v] = next;
        if (integrate)
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
            const auto at = std::size_t(pos[std::size_t(p.pos)]);
            const EdgeParams old = params[par[at]];
            par[at] = paramIndex(old.d + p.value, old.rhoDh);
            b[at] += p.value;
            if (old.d == 0 && autonomyAt(at) != 0)
                regroup();
            break;
        }
        case scenario::Effect::Kind::ScaleWeight:
            w[pos[std::size_t(p.pos)]] = std::min(1.0, w[pos[std::size_t(p.pos)]] * p.value);
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

void Kernel::regroup()
{
    // An input without autonomy gained some: it moves to the buffered section. Rare (effects
    // only), so the whole layout is rebuilt and every per-position array follows it.
    const std::size_t m = pos.size();
    std::vector<char> buffered(m);
    for (std::size_t e = 0; e < m; ++e)
        buffered[e] = autonomyAt(pos[e]) != 0;
    const std::vector<std::uint32_t> oldPos = pos;
    layout(buffered);
    const auto permute = [&](auto &arr) {
        if (arr.empty())
            return;
        auto tmp = arr;
        for (std::size_t e = 0; e < m; ++e)
            tmp[pos[e]] = arr[oldPos[e]];
        arr.swap(tmp);
    };
    permute(src);
    permute(dst);
    permute(w);
    permute(par);
    permute(b);
    permute(emptyAt);
    permute(kindCsr);
    makeChunks();
    m_pool.pool.reset();
}

std::uint32_t Kernel::paramIndex(double dv, double rhoDh)
{
    const std::pair<std::uint64_t, std::uint64_t> key{std::bit_cast<std::uint64_t>(dv),
                                                      std::bit_cast<std::uint64_t>(rhoDh)};
    const auto [it, added] = m_paramIndex.try_emplace(key, std::uint32_t(params.size()));
    if (added)
        params.push_back(EdgeParams{dv, rhoDh});
    return it->second;
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

StepPool::StepPool(int parts)
{
    for (int p = 1; p < parts; ++p)
        m_threads.emplace_back([this, p] { work(p); });
}

StepPool::~StepPool()
{
    m_stop = true;
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void StepPool::run(const std::function<void(int)> &job)
{
    m_job = &job;
    m_left.store(int(m_threads.size()), std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    job(0);
    // A short spin (the parts are balanced), then sleep until the last worker is done.
    for (int spin = 0; spin < 4096; ++spin) {
        if (m_left.load(std::memory_order_acquire) == 0)
            return;
        __builtin_ia32_pause();
    }
    for (int left = m_left.load(std::memory_order_acquire); left != 0; left = m_left.load(std::memory_order_acquire))
        m_left.wait(left, std::memory_order_acquire);
}

void StepPool::work(int part)
{
    std::uint32_t seen = 0;
    for (;;) {
        std::uint32_t g = m_generation.load(std::memory_order_acquire);
        for (int spin = 0; g == seen && spin < 4096; ++spin) {
            __builtin_ia32_pause();
            g = m_generation.load(std::memory_order_acquire);
        }
        while (g == seen) {
            m_generation.wait(seen, std::memory_order_acquire);
            g = m_generation.load(std::memory_order_acquire);
        }
        seen = g;
        if (m_stop)
            return;
        (*m_job)(part);
        if (m_left.fetch_sub(1, std::memory_order_acq_rel) == 1)
            m_left.notify_one();
    }
}

}  // namespace cd::model
