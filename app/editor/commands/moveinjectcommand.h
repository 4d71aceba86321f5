#pragma once
// Moves an inject within the MSEL (the order of injects due at the same minute).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class MoveInjectCommand final : public MoveItemCommand<scenario::Inject>
{
public:
    MoveInjectCommand(ScenarioDocument *document, int from, int to)
        : MoveItemCommand(document, injectsOf, from, to,
                          QCoreApplication::translate("cd::editor::Commands", "Move inject"))
    {}
};

}  // namespace cd::editor
