#pragma once
// Replaces the response at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetResponseCommand final : public ReplaceItemCommand<scenario::Response>
{
public:
    SetResponseCommand(ScenarioDocument *document, int index, scenario::Response item)
        : ReplaceItemCommand(document, responsesOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit response"))
    {}
};

}  // namespace cd::editor
