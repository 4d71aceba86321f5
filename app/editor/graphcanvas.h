#pragma once
// The dependency graph drawn on a QGraphicsView: sectors as labelled discs, dependencies as
// arrows from the node depended upon to the dependent one (labelled with weight and autonomy).
// Node positions are not in the scenario: a node the user placed is drawn where the document's
// layout says; the others on a circle. Dragging nodes does not move them for good: the canvas
// reports the drag (nodesMoved) and the page pushes a MoveNodeCommand, which redraws.
// In connect mode, clicking two nodes asks to connect them.

#include "scenario/scenario.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

namespace cd::editor {

class GraphCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    enum class ItemKind { Node = 1, Edge = 2 };

    explicit GraphCanvas(QWidget *parent = nullptr);
    ~GraphCanvas() override;

    /// Redraws `graph`, in `lang` for the names, with the nodes `layout` places where it says,
    /// keeping the selection.
    void setGraph(const scenario::Graph &graph, const QString &lang, const QHash<QString, QPointF> &layout = {});
    /// Where node `id` is drawn now (a null point for an unknown node).
    QPointF nodePosition(const QString &id) const;
    void setConnectMode(bool on);
    /// Selects node or edge `index`.
    void selectItem(ItemKind kind, int index);

signals:
    /// The selection changed to a node or an edge (index -1: nothing).
    void selected(cd::editor::GraphCanvas::ItemKind kind, int index);
    /// Connect mode: the user clicked `from`, then `to`.
    void connectRequested(const QString &from, const QString &to);
    /// The user dropped dragged nodes at these positions; `drag` numbers the drag (from 1).
    void nodesMoved(const QHash<QString, QPointF> &positions, int drag);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void emitSelection();
    QPointF positionOf(const QString &id, int index, int count);

    QHash<QString, QPointF> m_positions;  ///< the canvas's own placement of unplaced nodes
    QHash<QString, QPointF> m_drawn;      ///< where each node is drawn now
    int m_drags = 0;
    bool m_connectMode = false;
    QString m_connectFrom;
};

}  // namespace cd::editor
