#pragma once
// Replaces the inject at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetInjectCommand final : public ReplaceItemCommand<scenario::Inject>
{
public:
    SetInjectCommand(ScenarioDocument *document, int index, scenario::Inject item)
        : ReplaceItemCommand(document, injectsOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit inject"))
    {}
};

}  // namespace cd::editor
