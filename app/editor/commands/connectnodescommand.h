#pragma once
// Adds a dependency edge from -> to ("to depends on from") at the end of the edge list.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class ConnectNodesCommand final : public InsertItemCommand<scenario::Edge>
{
public:
    ConnectNodesCommand(ScenarioDocument *document, scenario::Edge edge)
        : InsertItemCommand(
              document, edgesOf, int(document->scenario().graph.edges.size()), edge,
              QCoreApplication::translate("cd::editor::Commands", "Connect %1 to %2").arg(edge.from, edge.to))
    {}
};

}  // namespace cd::editor
