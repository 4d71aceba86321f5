#pragma once
// Recognising a model input from its content (docs/model.md "On the command line"): a scenario
// (JSON), GraphML, an edge-list CSV (header starts from,to) or an A* matrix CSV (header starts
// with an empty cell).

#include "model/network.h"

#include <QByteArray>

#include <optional>

namespace cd::model {

enum class InputKind { Scenario, Graphml, EdgeList, Matrix, Unknown };

InputKind detectInputKind(const QByteArray &data);

/// Reads a GraphML, edge-list or matrix input (not a scenario: that needs the scenario loader).
/// `nodes` (node CSV) is only used with an edge list. Returns nullopt with diagnostics.
/// Largest graph file read (docs/input-limits.md): 1,000,000 edges take ~40 MB as an edge list.
inline constexpr qint64 kMaxGraphBytes = 1024LL * 1024 * 1024;
std::optional<Network> readGraphInput(InputKind kind, const QByteArray &data, const QString &file,
                                      const QByteArray *nodes, const QString &nodesFile,
                                      scenario::Diagnostics *diagnostics);

}  // namespace cd::model
