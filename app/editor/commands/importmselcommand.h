#pragma once
// Replaces every inject by those of an imported MSEL spreadsheet (msel::importCsv), as one
// undo step.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>

#include <vector>

namespace cd::editor {

class ImportMselCommand final : public EditCommand
{
public:
    ImportMselCommand(ScenarioDocument *document, std::vector<scenario::Inject> injects)
        : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Import MSEL")),
          m_before(document->scenario().injects), m_after(std::move(injects))
    {}
    void redo() override
    {
        scenario().injects = m_after;
        done();
    }
    void undo() override
    {
        scenario().injects = m_before;
        done();
    }

private:
    std::vector<scenario::Inject> m_before;
    std::vector<scenario::Inject> m_after;
};

}  // namespace cd::editor
