#pragma once
// Removes the expected flow at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveFlowCommand final : public RemoveItemCommand<scenario::ExpectedFlow>
{
public:
    RemoveFlowCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, flowsOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove expected flow"))
    {}
};

}  // namespace cd::editor
