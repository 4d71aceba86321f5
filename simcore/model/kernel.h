#pragma once
// The state of a running cascade and its step (CASCADE.md "Dynamic analysis"), on flat arrays.
// Edges are stored by dependent node (CSR) and, within a node, inputs without autonomy first, then
// the others, each part by the canonical rank (id order) of the node depended upon: every node's
// input sum is accumulated in that fixed order, so the
// trajectory is bit-identical whatever the input order and whatever the number of threads
// (a node's update reads only the previous state). Internal to cd::model: use Cascade.

#include "model/cascade.h"
#include "model/network.h"

#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace cd::model {

class Kernel
{
public:
    static constexpr double kEmpty = 1e-9;          ///< a buffer at or below this is empty (CASCADE.md)
    static constexpr std::uint32_t kPrefetch = 32;  ///< edges ahead whose source q is prefetched

    Kernel(std::shared_ptr<const Network> net, const CascadeOptions &options);

    void step();
    void stepTo(int minute);

    /// CSR position of edge u -> v, -1 when absent.
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
        long long pos = -1;  ///< CSR position for edge effects
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

    // Edges in CSR order: in-edges of node v are [inStart[v], inStart[v+1]).
    std::vector<std::uint32_t> inStart, src;
    std::vector<std::uint32_t> midStart;  ///< per node: first input with autonomy (those before have none)
    std::vector<double> w, d, rhoDh, b;
    std::vector<std::int32_t> emptyAt;  ///< minute the buffer last ran out, -1 if not empty (explain only)
    std::vector<std::uint32_t> pos;     ///< input edge index -> CSR position
    std::vector<EdgeKind> kindCsr;      ///< edge kinds in CSR order (explain only)

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
    void regroup(std::size_t csrPosition);
    void checkBreaches(int t);

    std::vector<std::uint32_t> m_chunks;  ///< node boundaries of the thread chunks
};

/// English explanation of a label change of node v, made right after the step at minute t
/// (explain.cpp).
QString explainChange(const Kernel &k, int v, Label from, Label to, int t);
/// Clock text for a minute: "15:40" after meta.start, else "+HH:MM".
QString clockText(const QString &clockStart, int minute);

}  // namespace cd::model
