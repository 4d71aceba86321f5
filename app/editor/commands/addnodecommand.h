#pragma once
// Inserts a sector at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddNodeCommand final : public InsertItemCommand<scenario::Node>
{
public:
    AddNodeCommand(ScenarioDocument *document, int index, scenario::Node item)
        : InsertItemCommand(document, nodesOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add sector %1").arg(item.id))
    {}
};

}  // namespace cd::editor
