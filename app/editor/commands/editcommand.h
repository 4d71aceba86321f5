#pragma once
// Base of every edit of a ScenarioDocument: one QUndoCommand subclass per kind of edit, one file
// each (docs/contributing.md).
//
// Ownership rules, written once here:
// - The document owns the scenario and its QUndoStack; the stack owns the commands, so a
//   command's document pointer is valid for the command's whole life. A command is never
//   shared and never kept outside the stack.
// - A command stores VALUES (the item before and after, an index), never pointers or
//   references into the scenario: vectors reallocate on every insert.
// - redo() and undo() change the scenario only through scenario(), then call done() once, so
//   views refresh and validation is scheduled. undo() restores the scenario exactly
//   (operator== with the state before redo()), which tests check for every command.
// - Indices are checked when the command is made (the caller's job) and asserted on use.

#include "editor/scenariodocument.h"

#include <QUndoCommand>

namespace cd::editor {

class EditCommand : public QUndoCommand
{
public:
    explicit EditCommand(ScenarioDocument *document, const QString &text = {})
        : QUndoCommand(text), m_document(document)
    {}

protected:
    scenario::Scenario &scenario() { return m_document->edit(); }
    /// The graph canvas's node positions (ScenarioDocument::layout()).
    QHash<QString, QPointF> &layout() { return m_document->editLayout(); }
    void done() { m_document->touched(); }
    ScenarioDocument *document() const { return m_document; }

private:
    ScenarioDocument *m_document;
};

}  // namespace cd::editor
