#pragma once
// The state of a running cascade and its step (docs/model.md "Dynamic analysis"), on flat arrays.
// Edges are stored in two sections: first every input without autonomy (always felt: the step reads
// only its source and weight), then every buffered input; each section is sorted by dependent node
// and, within a node, by the canonical rank (id order) of the node depended upon. The step walks
// each section as one flat loop (no per-node loop whose length the CPU cannot predict), adding the
// terms into a per-node accumulator: every node's input sum is accumulated in that fixed order
// (inputs without autonomy, then buffered ones, each by canonical rank), so the trajectory is
// bit-identical whatever the input order and whatever the number of threads (a node's update
// reads only the previous state). Internal to cd::model: use Cascade.

#include "model/cascade.h"
#include "model/network.h"

#include <atomic>
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <thread>
#include <unordered_map>
#include <vector>

namespace cd::model {

/// Worker threads kept for the whole run (spawning them per step cost more than some steps):
/// run() hands part p of a job to worker p - 1 and does part 0 itself.
class StepPool
{
public:
    explicit StepPool(int parts);
    ~StepPool();
    StepPool(const StepPool &) = delete;
    StepPool &operator=(const StepPool &) = delete;
    void run(const std::function<void(int)> &job);

private:
    void work(int part);
    std::vector<std::thread> m_threads;
    const std::function<void(int)> *m_job = nullptr;
    std::atomic<std::uint32_t> m_generation{0};
    std::atomic<int> m_left{0};
    bool m_stop = false;
};

class Kernel
{
public:
    static constexpr double kEmpty = 1e-9;  ///< a buffer at or below this is empty (docs/model.md)
    /// A source at or below this q is fine and its buffers refill (docs/model.md step 1): a recovering
    /// q decays geometrically and never reaches exactly 0, so "refill only at 0" never refilled.
    static constexpr double kFine = 1e-6;
    static constexpr std::uint32_t kPrefetch = 32;             ///< edges ahead whose source q is prefetched
    static constexpr std::size_t kMinWorkPerThread = 1 << 15;  ///< nodes + edges, below: fewer threads

    Kernel(std::shared_ptr<const Network> net, const CascadeOptions &options);

    void step();
    void stepTo(int minute);

    /// Position of edge u -> v, -1 when absent.
    long long csrPos(int u, int v) const;

    // Shocks and effects (cascade.cpp).
    struct ShockEntry
    {
        double c = 0;
        int from = 0;
        int to = INT_MAX;
        long long seq = 0;
    };
    struct NodeShocks
    {
        std::vector<ShockEntry> list;
        bool overridden = false;
        double overrideC = 0;
        long long overrideSeq = -1;
        double at(int t) const;
    };
    struct Pending
    {
        int minute = 0;
        long long seq = 0;
        scenario::Effect::Kind kind = scenario::Effect::Kind::AddAutonomy;
        double value = 0;
        int node = -1;
        long long pos = -1;  ///< input edge index for edge effects (positions change with the layout)
    };
    void addShock(int node, double c, int from, int to);
    void addPending(const Pending &p);

    std::shared_ptr<const Network> net;
    CascadeOptions opt;
    double dh = 1.0 / 60;  ///< Delta in hours
    int n = 0;             ///< step index of the current state

    // Nodes (input order).
    std::vector<double> q, qPrev, alpha, c, integral;
    std::vector<Label> labels;        ///< last recorded labels (explain only)
    std::vector<std::uint32_t> rank;  ///< canonical rank (id order)

    // Edges by position: [0, nu) inputs without autonomy, [nu, m) buffered ones. The inputs of
    // node v without autonomy are [uStart[v], uStart[v+1]), its buffered ones [bStart[v], bStart[v+1]).
    std::size_t nu = 0;
    std::vector<std::uint32_t> uStart, bStart;
    std::vector<std::uint32_t> src, dst;  ///< source and dependent node per position (src padded)
    std::vector<double> w, b;             ///< weight and buffer left (b = 0 on inputs without autonomy)
    /// Per position: index into `params` (d_e, rho_e * Delta_h). Graphs have few distinct
    /// pairs, so the step streams 4 bytes per buffered input instead of 16.
    std::vector<std::uint32_t> par;
    struct EdgeParams
    {
        double d = 0;
        double rhoDh = 0;
    };
    std::vector<EdgeParams> params;
    double autonomyAt(std::size_t e) const { return params[par[e]].d; }
    /// Calls f(position) for every input of v in the order of its sum.
    template<class F> void forInputs(std::size_t v, F &&f) const
    {
        for (std::uint32_t e = uStart[v]; e < uStart[v + 1]; ++e)
            f(e);
        for (std::uint32_t e = bStart[v]; e < bStart[v + 1]; ++e)
            f(e);
    }
    std::vector<std::int32_t> emptyAt;  ///< minute the buffer last ran out, -1 if not empty (explain only)
    std::vector<std::uint32_t> pos;     ///< input edge index -> position
    std::vector<EdgeKind> kindCsr;      ///< edge kinds by position (explain only)

    std::map<int, NodeShocks> shocks;  ///< only nodes with shocks or a set_shock
    std::vector<Pending> pending;      ///< sorted by (minute, seq)
    long long seq = 0;

    // Verification levels.
    std::vector<int> levelNodes;
    std::vector<int> lastBad;  ///< per level node: last minute impact was under the level
    std::vector<char> breached;
    std::vector<Breach> breaches;
    std::vector<LabelChange> changes;

private:
    void applyDue(int t);
    void updateShocks(int t);
    void computeRange(std::uint32_t lo, std::uint32_t hi, int t);
    template<bool Track> void computeRangeImpl(std::uint32_t lo, std::uint32_t hi, int t);
    void afterStep(int t);
    void layout(const std::vector<char> &buffered);
    void regroup();
    void makeChunks();
    std::uint32_t paramIndex(double d, double rhoDh);
    void checkBreaches(int t);

    std::vector<std::uint32_t> m_chunks;  ///< node boundaries of the thread chunks
    bool m_autoThreads = false;
    std::vector<double> m_acc;  ///< per node: the input sum being accumulated (0 between steps)
    /// The pool is not copied with the kernel (a clone makes its own when it first steps).
    struct PoolHolder
    {
        std::unique_ptr<StepPool> pool;
        PoolHolder() = default;
        PoolHolder(const PoolHolder &) {}
        PoolHolder &operator=(const PoolHolder &) { return *this; }
    };
    PoolHolder m_pool;
    struct ParamHash
    {
        std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t> &k) const
        {
            return std::size_t((k.first * 0x9E3779B97F4A7C15ull) ^
                               (k.second + (k.second << 17) + 0x632BE59BD9B4E019ull));
        }
    };
    /// Bit patterns of (d, rhoDh) -> index in `params`.
    std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t, ParamHash> m_paramIndex;
};

/// English explanation of a label change of node v, made right after the step at minute t
/// (explain.cpp).
QString explainChange(const Kernel &k, int v, Label from, Label to, int t);
/// Clock text for a minute: "15:40" after meta.start, else "+HH:MM".
QString clockText(const QString &clockStart, int minute);

}  // namespace cd::model
