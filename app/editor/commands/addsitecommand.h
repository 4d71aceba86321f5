#pragma once
// Inserts a site at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddSiteCommand final : public InsertItemCommand<scenario::Site>
{
public:
    AddSiteCommand(ScenarioDocument *document, int index, scenario::Site item)
        : InsertItemCommand(document, sitesOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add site %1").arg(item.id))
    {}
};

}  // namespace cd::editor
