#pragma once
// Removes the shock at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveShockCommand final : public RemoveItemCommand<scenario::Shock>
{
public:
    RemoveShockCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, shocksOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove shock"))
    {}
};

}  // namespace cd::editor
