#pragma once
// Replaces the objective at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetObjectiveCommand final : public ReplaceItemCommand<scenario::Objective>
{
public:
    SetObjectiveCommand(ScenarioDocument *document, int index, scenario::Objective item)
        : ReplaceItemCommand(document, objectivesOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit objective"))
    {}
};

}  // namespace cd::editor
