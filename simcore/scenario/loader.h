#pragma once
// Strict scenario loader (docs/scenario-format.md). Reports every problem in one pass, located by line
// and column; never crashes and never returns a half-loaded scenario: `scenario` is set only
// when there are no errors.

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cd::scenario {

struct LoadResult
{
    std::optional<Scenario> scenario;  ///< set iff diagnostics hold no error
    Diagnostics diagnostics;
    bool unreadable = false;  ///< the file could not be opened or read (exit code 2)
};

/// Parses and validates `json`; `fileName` is used in diagnostics only.
/// Every diagnostic has a line and column (of the offending value; of the key for an unknown or
/// duplicate key; of the enclosing object for a missing key) and a JSON `path` with 0-based
/// indices ("injects[0].to[1]", "graph.edges[2].weight"); a JSON syntax error stops the load
/// and has an empty path. Diagnostics are sorted by position.
/// A scenario file may be at most kMaxScenarioBytes and hold at most json::kMaxValues values
/// (docs/input-limits.md); larger input is refused with one diagnostic before it is parsed.
LoadResult loadScenario(const QByteArray &json, const QString &fileName);
inline constexpr qint64 kMaxScenarioBytes = 32LL * 1024 * 1024;
/// Reads the file then parses it; an unreadable file gives one diagnostic and `unreadable`.
LoadResult loadScenarioFile(const QString &path);

/// Semantic checks on an in-memory scenario (references, duplicates, times, values), as the
/// loader runs them after parsing; the editor calls this on every edit. Diagnostics carry the
/// JSON `path` of the offending value and no line (the document has none).
Diagnostics validateScenario(const Scenario &s, const QString &fileName = {});

}  // namespace cd::scenario
