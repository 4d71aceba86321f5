#pragma once
// Loading the INPUT of `crossdrill analyze`: its kind recognised from its content (a scenario,
// GraphML, an edge-list CSV with optional --nodes, or an A* matrix CSV), errors printed located.

#include "model/network.h"
#include "scenario/scenario.h"

#include <QString>

#include <memory>
#include <vector>

namespace cd::cli {

struct AnalyzeInput
{
    QString file;
    std::shared_ptr<model::Network> network;
    std::vector<scenario::Shock> truthShocks;  ///< a scenario's truth.shocks
    QString clockStart;                        ///< a scenario's meta.start
    int stepMin = 0;                           ///< a scenario's meta.step_min, 0 otherwise
    std::vector<scenario::Text> names;         ///< a scenario's node names (ja/en) by node index, else empty
};

/// Returns an exit code: Ok, BadInput (diagnostics printed) or Usage (unreadable file).
int loadAnalyzeInput(const QString &path, const QString &nodesPath, AnalyzeInput &out);

}  // namespace cd::cli
