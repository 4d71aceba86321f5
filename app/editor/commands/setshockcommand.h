#pragma once
// Replaces the shock at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetShockCommand final : public ReplaceItemCommand<scenario::Shock>
{
public:
    SetShockCommand(ScenarioDocument *document, int index, scenario::Shock item)
        : ReplaceItemCommand(document, shocksOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit shock"))
    {}
};

}  // namespace cd::editor
