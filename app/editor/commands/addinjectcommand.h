#pragma once
// Inserts an inject at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddInjectCommand final : public InsertItemCommand<scenario::Inject>
{
public:
    AddInjectCommand(ScenarioDocument *document, int index, scenario::Inject item)
        : InsertItemCommand(document, injectsOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add inject %1").arg(item.id))
    {}
};

}  // namespace cd::editor
