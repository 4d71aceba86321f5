#pragma once
// Replaces the site at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetSiteCommand final : public ReplaceItemCommand<scenario::Site>
{
public:
    SetSiteCommand(ScenarioDocument *document, int index, scenario::Site item)
        : ReplaceItemCommand(document, sitesOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit site"))
    {}
};

}  // namespace cd::editor
