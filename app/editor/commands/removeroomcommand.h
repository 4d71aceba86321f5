#pragma once
// Removes the room at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveRoomCommand final : public RemoveItemCommand<scenario::Room>
{
public:
    RemoveRoomCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, roomsOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove room"))
    {}
};

}  // namespace cd::editor
