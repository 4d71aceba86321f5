#pragma once
// Removes the survey question at an index; undo puts it back in place.

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class RemoveQuestionCommand final : public RemoveItemCommand<scenario::SurveyQuestion>
{
public:
    RemoveQuestionCommand(ScenarioDocument *document, int index)
        : RemoveItemCommand(document, surveyOf, index,
                            QCoreApplication::translate("cd::editor::Commands", "Remove survey question"))
    {}
};

}  // namespace cd::editor
