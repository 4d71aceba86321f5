#pragma once
// Inserts a persona at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddPersonaCommand final : public InsertItemCommand<scenario::Persona>
{
public:
    AddPersonaCommand(ScenarioDocument *document, int index, scenario::Persona item)
        : InsertItemCommand(document, personasOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add persona %1").arg(item.id))
    {}
};

}  // namespace cd::editor
