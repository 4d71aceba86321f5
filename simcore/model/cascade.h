#pragma once
// The live interdependency model (docs/model.md "Dynamic analysis and the live exercise"): a delayed
// Dynamic Inoperability Input-Output Model with autonomy buffers, stepped forward by the exercise
// engine and queried for q, labels, impacts, breaches and explained label changes.
//
// Invariants: the trajectory is a pure function of (graph, shocks, step, the effects and live
// shocks with their times, the order in which they were given); it is bit-identical whatever the
// order of the graph's nodes/edges and whatever `threads`. Time only moves forward: stepTo()
// never goes back (re-run from a fresh Cascade, or clone(), for a what-if).

#include "scenario/scenario.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cd::model {

class Network;  // the validated, flat dependency graph (network.h)
class Kernel;   // the CSR step kernel (kernel.h)

/// State label of a node: ok when q < degraded, degraded when degraded <= q < down, down when q >= down.
enum class Label : unsigned char { Ok, Degraded, Down };
/// "ok", "degraded", "down".
QString toString(Label l);

struct Thresholds
{
    double degraded = 0.05;  ///< q >= degraded is at least degraded
    double down = 0.5;       ///< q >= down is down
    Label labelOf(double q) const { return q >= down ? Label::Down : (q >= degraded ? Label::Degraded : Label::Ok); }
};

/// A verification-level breach (docs/model.md): impact >= min_units (with q > 0) at every step of
/// [start, at], at - start == min_minutes; `at` is the first such time. The window may not reach
/// before minute 0 (an outage is not assumed to predate the exercise). One per node (the first).
struct Breach
{
    QString node;
    int startMin = 0;
    int atMin = 0;
    friend bool operator==(const Breach &, const Breach &) = default;
};

/// A change of a node's state label at a step, with an English explanation such as
/// "telecom degraded at 15:40: power input felt after its 3 h battery ran out".
struct LabelChange
{
    QString node;
    int minute = 0;
    Label from = Label::Ok;
    Label to = Label::Ok;
    QString text;
};

struct CascadeOptions
{
    int stepMin = 1;        ///< Delta, minutes (> 0)
    Thresholds thresholds;  ///< for labels and label changes
    QString clockStart;     ///< meta.start "HH:MM": explanations say clock times; empty: "+HH:MM"
    bool explain = true;    ///< record label changes with their texts
    /// Worker threads for the step kernel (results never depend on it); 0: one per core, fewer on
    /// small graphs (each thread gets at least 32768 nodes + edges).
    int threads = 1;
    /// Accumulate integral() at every step (a pass over the nodes' memory; off when unused).
    bool integrals = true;
};

class Cascade
{
public:
    /// Validates the graph and the shocks (known nodes, weights in [0,1], autonomy >= 0, ...).
    /// On error returns nullptr and sets *error to an English message naming the culprit.
    static std::unique_ptr<Cascade> create(const scenario::Graph &graph, const std::vector<scenario::Shock> &shocks,
                                           const CascadeOptions &options, QString *error);
    /// Same on an already validated network (e.g. read from GraphML or CSV).
    static std::unique_ptr<Cascade> create(std::shared_ptr<const Network> network,
                                           const std::vector<scenario::Shock> &shocks, const CascadeOptions &options,
                                           QString *error);
    ~Cascade();
    Cascade(const Cascade &) = delete;
    Cascade &operator=(const Cascade &) = delete;

    /// A copy in the same state (for a what-if branch); shares the immutable network.
    std::unique_ptr<Cascade> clone() const;

    // --- driving -------------------------------------------------------------------------
    /// Advances step by step while the next step's time t_n <= minute. Never goes back.
    void stepTo(int minute);
    /// Advances exactly one step.
    void step();
    /// A mitigation (docs/scenario-format.md responses[].effect) acting on every step n with t_n >= effectiveMinute,
    /// before that step's buffer update. AddAutonomy adds H to d_e and b_e once; ScaleWeight
    /// multiplies w_e; SetShock replaces the node's shock by C (overriding every shock given before
    /// this call, truth and live); SetRate sets k_v. If effectiveMinute <= minute() the effect acts
    /// from the next step (the current state is already computed). False + *error for an unknown
    /// node/edge or a bad value (negative autonomy, scale, shock or rate); a scaled weight is capped at 1.
    bool applyEffect(const scenario::Effect &effect, int effectiveMinute, QString *error = nullptr);
    /// A shock the control team adds live; it adds to the node's other active shocks on its closed
    /// interval [fromMin, toMin]. False + *error for an unknown node.
    bool addShock(const scenario::Shock &shock, QString *error = nullptr);

    // --- queries ---------------------------------------------------------------------------
    int minute() const;     ///< t_n of the current state
    int stepIndex() const;  ///< n
    int stepMin() const;    ///< Delta
    const Thresholds &thresholds() const;
    const Network &network() const;

    int nodeCount() const;
    /// Index of a node id in input order, -1 when unknown. Index-based queries use it.
    int indexOf(const QString &id) const;
    const QString &nodeId(int index) const;

    double q(int index) const;
    double q(const QString &id) const;  ///< 0 for an unknown id
    Label label(int index) const;
    Label label(const QString &id) const;
    double shock(int index) const;  ///< c_v at the current step
    /// Hours of autonomy left on the edge from -> to; nullopt when there is no such edge.
    std::optional<double> bufferLeftH(const QString &from, const QString &to) const;
    double impact(int index) const;  ///< q * served, in the node's unit
    double impact(const QString &id) const;
    double integral(int index) const;  ///< integral of q dt so far (trapezoid), node-hours; 0 if !options.integrals
    double integral(const QString &id) const;

    /// Breaches so far, in the order they happened (ties: node input order).
    const std::vector<Breach> &breaches() const;
    std::optional<Breach> breach(const QString &id) const;
    /// Label changes so far (empty when options.explain is false), in time then input order.
    const std::vector<LabelChange> &labelChanges() const;

private:
    Cascade();
    std::unique_ptr<Kernel> m_kernel;
};

}  // namespace cd::model
