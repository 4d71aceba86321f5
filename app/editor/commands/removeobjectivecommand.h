#pragma once
// Removes the objective at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveObjectiveCommand final : public RemoveItemCommand<scenario::Objective>
{
public:
    RemoveObjectiveCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, objectivesOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove objective"))
    {}
};

}  // namespace cd::editor
