#pragma once
// Inserts a response at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddResponseCommand final : public InsertItemCommand<scenario::Response>
{
public:
    AddResponseCommand(ScenarioDocument *document, int index, scenario::Response item)
        : InsertItemCommand(document, responsesOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add response %1").arg(item.id))
    {}
};

}  // namespace cd::editor
