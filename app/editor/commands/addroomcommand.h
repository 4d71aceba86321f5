#pragma once
// Inserts a room at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddRoomCommand final : public InsertItemCommand<scenario::Room>
{
public:
    AddRoomCommand(ScenarioDocument *document, int index, scenario::Room item)
        : InsertItemCommand(document, roomsOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add room %1").arg(item.id))
    {}
};

}  // namespace cd::editor
