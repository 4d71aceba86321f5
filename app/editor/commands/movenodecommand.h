#pragma once
// Moves sectors on the graph canvas: the new positions of one drag (one or several selected
// nodes), kept in the document's layout (ScenarioDocument::layout(), not in the scenario).
// Undo puts each node back where it was, or back to the canvas's own placement when the user
// had never placed it. Consecutive commands of the same drag merge into one undo step.

#include "editor/commands/editcommand.h"

#include <QHash>
#include <QPointF>

#include <optional>

namespace cd::editor {

class MoveNodeCommand final : public EditCommand
{
public:
    /// `to`: node id -> new position; `drag` numbers the drag (GraphCanvas::nodesMoved).
    MoveNodeCommand(ScenarioDocument *document, const QHash<QString, QPointF> &to, int drag = 0);
    void redo() override;
    void undo() override;
    int id() const override { return 0x4d4e; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QHash<QString, std::optional<QPointF>> m_before;
    QHash<QString, QPointF> m_after;
    int m_drag;
};

}  // namespace cd::editor
