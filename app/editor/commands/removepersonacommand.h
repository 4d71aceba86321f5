#pragma once
// Removes the persona at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemovePersonaCommand final : public RemoveItemCommand<scenario::Persona>
{
public:
    RemovePersonaCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, personasOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove persona"))
    {}
};

}  // namespace cd::editor
