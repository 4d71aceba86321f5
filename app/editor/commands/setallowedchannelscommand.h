#pragma once
// Sets meta.channels, the channels the exercise allows (docs/scenario-format.md; empty: all three): one
// change of the details page's channel boxes.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

#include <vector>

namespace cd::editor {

class SetAllowedChannelsCommand final : public EditCommand
{
public:
    SetAllowedChannelsCommand(ScenarioDocument *document, std::vector<scenario::Channel> channels)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Set the allowed channels")),
          m_before(document->scenario().meta.channels), m_after(std::move(channels))
    {}
    void redo() override
    {
        scenario().meta.channels = m_after;
        done();
    }
    void undo() override
    {
        scenario().meta.channels = m_before;
        done();
    }

private:
    std::vector<scenario::Channel> m_before;
    std::vector<scenario::Channel> m_after;
};

}  // namespace cd::editor
