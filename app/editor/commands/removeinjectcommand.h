#pragma once
// Removes the inject at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveInjectCommand final : public RemoveItemCommand<scenario::Inject>
{
public:
    RemoveInjectCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, injectsOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove inject"))
    {}
};

}  // namespace cd::editor
