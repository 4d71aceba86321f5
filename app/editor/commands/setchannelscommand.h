#pragma once
// Replaces the channels' realism (which node mail, phone and web run on, when they fail or how
// much they slow) by an edited copy: one form field edit.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

namespace cd::editor {

class SetChannelsCommand final : public EditCommand
{
public:
    SetChannelsCommand(ScenarioDocument *document, scenario::Channels channels)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Edit channels")),
          m_before(document->scenario().channels), m_after(std::move(channels))
    {}
    void redo() override
    {
        scenario().channels = m_after;
        done();
    }
    void undo() override
    {
        scenario().channels = m_before;
        done();
    }

private:
    scenario::Channels m_before;
    scenario::Channels m_after;
};

}  // namespace cd::editor
