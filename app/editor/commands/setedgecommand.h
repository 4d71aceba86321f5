#pragma once
// Replaces the edge at an index by an edited copy (weight, autonomy, ...).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetEdgeCommand final : public ReplaceItemCommand<scenario::Edge>
{
public:
    SetEdgeCommand(ScenarioDocument *document, int index, scenario::Edge edge)
        : ReplaceItemCommand(document, edgesOf, index, std::move(edge),
                             QCoreApplication::translate("cd::editor::Commands", "Edit dependency"))
    {}
};

}  // namespace cd::editor
