#pragma once
// The CSV interchange formats of docs/model.md:
// - edge list: header `from,to,weight,autonomy_h[,recharge_per_h,kind]` (columns after from,to in
//   any order), one edge per row; with an optional node CSV `id,rate_per_h,served,unit` (also
//   accepted: name, min_units, min_minutes, initial) that fixes the node order and attributes;
// - dense A* matrix: header of an empty cell then the ids; each row an id then a*_row,col
//   (edge col -> row with that weight and no autonomy).
// Errors are located as FILE:LINE with the column name; reading stops after 20 errors.

#include "model/network.h"

#include <QByteArray>

#include <optional>

namespace cd::model {

/// `nodes` may be null (nodes then come from the edges, in order of first appearance).
std::optional<Network> readEdgeListCsv(const QByteArray &edges, const QString &edgesFile, const QByteArray *nodes,
                                       const QString &nodesFile, scenario::Diagnostics *diagnostics);
std::optional<Network> readMatrixCsv(const QByteArray &data, const QString &file, scenario::Diagnostics *diagnostics);

/// Writers (shortest round-trip numbers): edge list, node CSV, dense matrix.
QByteArray writeEdgeListCsv(const Network &net);
QByteArray writeNodeCsv(const Network &net);
QByteArray writeMatrixCsv(const Network &net);

}  // namespace cd::model
