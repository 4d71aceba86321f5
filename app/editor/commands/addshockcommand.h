#pragma once
// Inserts a shock at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddShockCommand final : public InsertItemCommand<scenario::Shock>
{
public:
    AddShockCommand(ScenarioDocument *document, int index, scenario::Shock item)
        : InsertItemCommand(document, shocksOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add shock %1").arg(item.node))
    {}
};

}  // namespace cd::editor
