#pragma once
// Inserts an objective at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddObjectiveCommand final : public InsertItemCommand<scenario::Objective>
{
public:
    AddObjectiveCommand(ScenarioDocument *document, int index, scenario::Objective item)
        : InsertItemCommand(document, objectivesOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add objective %1").arg(item.id))
    {}
};

}  // namespace cd::editor
