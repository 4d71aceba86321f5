#pragma once
// Removes the response at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveResponseCommand final : public RemoveItemCommand<scenario::Response>
{
public:
    RemoveResponseCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, responsesOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove response"))
    {}
};

}  // namespace cd::editor
