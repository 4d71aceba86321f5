#pragma once
// Inserts a survey question at an index (the end to append).

#include "editor/commands/listcommands.h"

#include <QCoreApplication>

namespace cd::editor {

class AddQuestionCommand final : public InsertItemCommand<scenario::SurveyQuestion>
{
public:
    AddQuestionCommand(ScenarioDocument *document, int index, scenario::SurveyQuestion item)
        : InsertItemCommand(document, surveyOf, index, item,
                            QCoreApplication::translate("cd::editor::Commands", "Add survey question %1").arg(item.id))
    {}
};

}  // namespace cd::editor
