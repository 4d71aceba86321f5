#pragma once
// GraphML interchange (yEd, Gephi, NetworkX) through Boost's GraphML support. Node ids are the
// GraphML ids; the data keys' attr.name are the attribute names of docs/model.md: nodes name,
// rate_per_h, served, unit (and min_units, min_minutes, initial); edges weight, autonomy_h,
// recharge_per_h, kind. Numbers may be declared int, long, float or double; other keys are ignored.

#include "model/network.h"

#include <QByteArray>

#include <optional>

namespace cd::model {

/// Reads the first graph of a GraphML document. Errors (malformed XML, undirected graph, unknown
/// endpoints, bad values, missing weights) are located by line.
std::optional<Network> readGraphml(const QByteArray &data, const QString &file, scenario::Diagnostics *diagnostics);

/// Writes a directed GraphML document that NetworkX, Gephi and yEd open, ids as GraphML ids.
QByteArray writeGraphml(const Network &net);

}  // namespace cd::model
