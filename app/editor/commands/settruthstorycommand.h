#pragma once
// Replaces the truth's texts (root cause and narrative), leaving the shocks alone.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

namespace cd::editor {

class SetTruthStoryCommand final : public EditCommand
{
public:
    SetTruthStoryCommand(ScenarioDocument *document, scenario::Text rootCause, scenario::Text narrative)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Edit root cause")),
          m_before{document->scenario().truth.rootCause, document->scenario().truth.narrative},
          m_after{std::move(rootCause), std::move(narrative)}
    {}
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    struct Story
    {
        scenario::Text rootCause;
        scenario::Text narrative;
    };
    void apply(const Story &story)
    {
        scenario().truth.rootCause = story.rootCause;
        scenario().truth.narrative = story.narrative;
        done();
    }
    Story m_before;
    Story m_after;
};

}  // namespace cd::editor
