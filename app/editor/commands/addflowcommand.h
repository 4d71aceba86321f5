#pragma once
// Inserts an expected flow at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddFlowCommand final : public InsertItemCommand<scenario::ExpectedFlow>
{
public:
    AddFlowCommand(ScenarioDocument *document, int index, scenario::ExpectedFlow item)
        : InsertItemCommand(document, flowsOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add expected flow %1").arg(item.id))
    {}
};

}  // namespace cd::editor
