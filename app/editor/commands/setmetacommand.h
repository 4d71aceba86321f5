#pragma once
// Replaces the scenario's meta (id, title, summary, kind, start, duration, step, objectives) by
// an edited copy: one form field edit.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

namespace cd::editor {

class SetMetaCommand final : public EditCommand
{
public:
    SetMetaCommand(ScenarioDocument *document, scenario::Meta meta)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Edit scenario details")),
          m_before(document->scenario().meta), m_after(std::move(meta))
    {}
    void redo() override
    {
        scenario().meta = m_after;
        done();
    }
    void undo() override
    {
        scenario().meta = m_before;
        done();
    }

private:
    scenario::Meta m_before;
    scenario::Meta m_after;
};

}  // namespace cd::editor
