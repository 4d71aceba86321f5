#pragma once
// The dependency graph drawn on a QGraphicsView: sectors as labelled discs, dependencies as
// arrows from the node depended upon to the dependent one (labelled with weight and autonomy).
// Node positions are a view matter (not in the scenario): laid out on a circle, then wherever
// the user drags them for this session. In connect mode, clicking two nodes asks to connect them.

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

    /// Redraws `graph` (not kept), in `lang` for the names, keeping the selection.
    void setGraph(const scenario::Graph &graph, const QString &lang);
    void setConnectMode(bool on);
    /// Selects node or edge `index`.
    void selectItem(ItemKind kind, int index);

signals:
    /// The selection changed to a node or an edge (index -1: nothing).
    void selected(cd::editor::GraphCanvas::ItemKind kind, int index);
    /// Connect mode: the user clicked `from`, then `to`.
    void connectRequested(const QString &from, const QString &to);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void emitSelection();
    QPointF positionOf(const QString &id, int index, int count);

    QHash<QString, QPointF> m_positions;
    scenario::Graph m_graph;
    QString m_lang;
    bool m_connectMode = false;
    QString m_connectFrom;
};

}  // namespace cd::editor
