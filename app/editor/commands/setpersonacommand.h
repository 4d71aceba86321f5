#pragma once
// Replaces the persona at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetPersonaCommand final : public ReplaceItemCommand<scenario::Persona>
{
public:
    SetPersonaCommand(ScenarioDocument *document, int index, scenario::Persona item)
        : ReplaceItemCommand(document, personasOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit persona"))
    {}
};

}  // namespace cd::editor
