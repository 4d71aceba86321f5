#pragma once
// Removes the edge at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveEdgeCommand final : public RemoveItemCommand<scenario::Edge>
{
public:
    RemoveEdgeCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, edgesOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove dependency"))
    {}
};

}  // namespace cd::editor
