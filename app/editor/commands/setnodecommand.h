#pragma once
// Replaces the sector at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetNodeCommand final : public ReplaceItemCommand<scenario::Node>
{
public:
    SetNodeCommand(ScenarioDocument *document, int index, scenario::Node item)
        : ReplaceItemCommand(document, nodesOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit sector"))
    {}
};

}  // namespace cd::editor
