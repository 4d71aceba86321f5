#pragma once
// Removes the site at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveSiteCommand final : public RemoveItemCommand<scenario::Site>
{
public:
    RemoveSiteCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, sitesOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove site"))
    {}
};

}  // namespace cd::editor
