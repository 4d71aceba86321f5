#pragma once
// Static analysis (docs/model.md "Static analysis"): the Inoperability Input-Output Model
// q = clip01((I - A*)^-1 c*), its stability check naming the cycles responsible, the k-th order
// interdependency index (A*^k)[v][u], the ranking of what the rest depends on most and the
// earliest time each node is hit when one fails (shortest paths with autonomy as delay).

#include "model/network.h"

#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace cd::model {

/// A strongly connected group of nodes whose own spectral radius is >= 1.
struct UnstableGroup
{
    std::vector<int> nodes;   ///< input order
    double radius = 0;        ///< estimate of the group's spectral radius
    std::vector<int> cycle;   ///< a heavy cycle in the group: n0 -> n1 -> ... -> n0
    double cycleProduct = 0;  ///< product of the cycle's weights
};

/// The groups (strongly connected components) whose spectral radius is >= 1; empty when the
/// spectral radius of A* is < 1 and the static model is bounded.
std::vector<UnstableGroup> unstableGroups(const Network &net);
/// "unstable interdependency: ..." naming each group and its cycle.
QString describeInstability(const Network &net, const std::vector<UnstableGroup> &groups);

/// Graphs up to this many nodes get the dense analyses (LU, ranking, k-th order index, hit times).
inline constexpr int kDenseLimit = 1000;

/// q = clip01((I - A*)^-1 c) (clipped after solving); c in input order. Requires a stable network
/// (check unstableGroups() first). Dense LU with partial pivoting up to kDenseLimit nodes, else
/// Jacobi iteration on the sparse matrix.
std::vector<double> solveStatic(const Network &net, const std::vector<double> &c);
/// (I - A*)^-1 c before clipping: components above 1 say how far past a full loss the demand for
/// a node's function is (solveStatic clips them to 1, docs/model.md).
std::vector<double> solveStaticUnclipped(const Network &net, const std::vector<double> &c);

/// (A*^k)[v][u], row-major n*n (v rows). k >= 1.
std::vector<double> orderIndex(const Network &net, int k);

struct RankEntry
{
    int node = 0;
    double total = 0;  ///< sum_v q_v when this node alone is fully down
};
/// Sorted by total, largest first (ties: input order).
std::vector<RankEntry> dependencyRanking(const Network &net);

inline constexpr double kNever = std::numeric_limits<double>::infinity();
/// Minutes after u fails until v first feels it, row-major n*n (u rows): a hop with autonomy d
/// costs max(1, ceil(d*60 / step)) steps, as in the dynamic model under a full loss; hops of
/// weight 0 do not carry; kNever when unreachable.
std::vector<double> hitTimes(const Network &net, int stepMin);

}  // namespace cd::model
