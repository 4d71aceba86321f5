#pragma once
// Replaces the survey question at an index by an edited copy (one form field edit).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class SetQuestionCommand final : public ReplaceItemCommand<scenario::SurveyQuestion>
{
public:
    SetQuestionCommand(ScenarioDocument *document, int index, scenario::SurveyQuestion item)
        : ReplaceItemCommand(document, surveyOf, index, std::move(item),
                             QCoreApplication::translate("cd::editor::Commands", "Edit survey question"))
    {}
};

}  // namespace cd::editor
