#pragma once
// Replaces one top-level section edited as a JSON fragment (personas, sites, responses,
// channels, expected flows, survey, objectives). The fragment is parsed by the strict loader
// into a whole Scenario, so the command simply swaps the scenario before and after: exact undo.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

namespace cd::editor {

class ReplaceSectionCommand final : public EditCommand
{
public:
    ReplaceSectionCommand(ScenarioDocument *document, scenario::Scenario after, const QString &section)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Edit %1").arg(section)),
          m_before(document->scenario()), m_after(std::move(after))
    {}
    void redo() override
    {
        scenario() = m_after;
        done();
    }
    void undo() override
    {
        scenario() = m_before;
        done();
    }

private:
    scenario::Scenario m_before;
    scenario::Scenario m_after;
};

}  // namespace cd::editor
