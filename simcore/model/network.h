#pragma once
// The dependency graph as flat arrays (docs/model.md "The graph"): what every reader produces and
// what the step kernel, the static analysis and the writers consume. Flat because a generated
// graph may have a million edges: one QString per edge would not fit the memory budget.
// Nodes and edges are kept in input order; `from`/`to` are node indices.
// Invariants after validateNetwork() gave no error: weights in [0,1], autonomy finite and >= 0,
// recharge >= 0, rates >= 0 (inf allowed), unique ids, no two edges u -> v.

#include "model/idmap.h"
#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace cd::model {

/// Edge kinds of docs/model.md; the explanation names the buffer after them ("battery").
enum class EdgeKind : std::uint8_t { Power, Communications, Data, Fuel, Water, Transport, Finance, Staff, Other };
QString toString(EdgeKind k);
std::optional<EdgeKind> edgeKindFrom(QStringView s);
QStringList edgeKindNames();

/// A node's verification level (docs/domain.md), compact.
struct LevelSpec
{
    double minUnits = 0;
    int minMinutes = 0;
    friend bool operator==(const LevelSpec &, const LevelSpec &) = default;
};

class Network
{
public:
    QString file;  ///< where it came from, for messages

    // Nodes, input order.
    std::vector<QString> ids;
    std::vector<QString> names;  ///< display name (English if given), may be empty
    std::vector<double> ratePerH;
    std::vector<double> served;
    std::vector<QString> units;
    std::vector<double> initial;
    std::vector<std::optional<LevelSpec>> levels;
    std::vector<int> nodeLines;  ///< source line per node (0 unknown), for located errors

    // Edges u -> v ("v depends on u"), input order.
    std::vector<std::uint32_t> from;
    std::vector<std::uint32_t> to;
    std::vector<double> weight;
    std::vector<double> autonomyH;
    std::vector<double> rechargePerH;
    std::vector<EdgeKind> kind;
    std::vector<int> edgeLines;  ///< source line per edge (0 unknown)

    int nodeCount() const { return int(ids.size()); }
    std::size_t edgeCount() const { return from.size(); }

    /// Appends a node with the defaults of docs/model.md (rate inf, served 0); returns its index.
    /// `index` false: the caller indexes the ids itself and hands that index over with
    /// useByteIndex() (a reader of a million rows saves building a second hash of every id).
    int addNode(const QString &id, int line = 0, bool index = true);
    /// Takes an index of every id (UTF-8 bytes -> node, ids known to be unique) in place of the
    /// one addNode() builds.
    void useByteIndex(IdMap &&index);
    /// Appends an edge with the defaults (autonomy 0, recharge 1, kind other).
    void addEdge(int u, int v, double w, int line = 0);
    /// Index of an id, -1 when unknown (uses the index built by addNode).
    int indexOf(const QString &id) const
    {
        if (!m_bytes)
            return m_index.value(id, -1);
        const QByteArray u = id.toUtf8();
        return int(m_bytes->find(std::string_view(u.constData(), std::size_t(u.size()))));
    }
    /// Index of edge u -> v, -1 when absent (linear; for effects and queries, not hot paths).
    long long edgeIndex(int u, int v) const;

    /// Ranks of the nodes when sorted by id: the canonical order that makes results independent of
    /// the input order.
    std::vector<std::uint32_t> canonicalRanks() const;

    void reserve(std::size_t nodes, std::size_t edges);
    /// True when every id went through addNode() and none was repeated (the index has one entry
    /// per node): then the ids are known to be unique without another hash table.
    bool idsIndexedUnique() const { return m_bytes || m_index.size() == qsizetype(ids.size()); }

private:
    QHash<QString, int> m_index;
    std::shared_ptr<IdMap> m_bytes;  ///< when set, the index (shared by copies until one adds a node)
};

/// Checks the invariants above; errors are located by line when known, else by "node X" or "edge X -> Y".
scenario::Diagnostics validateNetwork(const Network &net);

/// Builds from a scenario graph (node "en" name, levels, initial q); errors carry JSON paths
/// (graph.edges[3].from) and come from validateNetwork() too. Returns nullopt on error.
std::optional<Network> networkFromScenario(const scenario::Graph &g, const QString &file,
                                           scenario::Diagnostics *diagnostics);

}  // namespace cd::model
