#pragma once
// Replaces the expected flow at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetFlowCommand final : public ReplaceItemCommand<scenario::ExpectedFlow>
{
public:
    SetFlowCommand(ScenarioDocument *document, int index, scenario::ExpectedFlow item)
        : ReplaceItemCommand(document, flowsOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit expected flow"))
    {}
};

}  // namespace cd::editor
