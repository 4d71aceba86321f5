#pragma once
// Replaces the room at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetRoomCommand final : public ReplaceItemCommand<scenario::Room>
{
public:
    SetRoomCommand(ScenarioDocument *document, int index, scenario::Room item)
        : ReplaceItemCommand(document, roomsOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit room"))
    {}
};

}  // namespace cd::editor
