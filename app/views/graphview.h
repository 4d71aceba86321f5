#pragma once
// The dependency graph as the control team watches it: sectors on a circle, coloured by their
// state (ok, degraded, down; a red ring once the verification level is breached), and each
// dependency drawn with the share of its autonomy buffer left (a draining buffer turns the
// edge from grey to red and prints the hours left). Clicking a sector asks for its explanation.

#include "model/cascade.h"
#include "scenario/scenario.h"

#include <QGraphicsView>

#include <vector>

class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace cd::gui {

class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    GraphView(const scenario::Scenario &scenario, QWidget *parent = nullptr);
    ~GraphView() override;

    void refresh(const model::Cascade &model);
    void setLanguage(const QString &lang);

signals:
    void nodeClicked(const QString &node);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const scenario::Scenario &m_scenario;
    std::vector<QGraphicsEllipseItem *> m_nodes;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    std::vector<QGraphicsLineItem *> m_edges;
    std::vector<QGraphicsSimpleTextItem *> m_edgeLabels;
};

}  // namespace cd::gui
