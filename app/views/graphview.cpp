#include "views/graphview.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPen>

#include <cmath>
#include <numbers>

namespace cd::gui {

namespace {
constexpr double kRadius = 260;
constexpr double kNode = 22;
}  // namespace

GraphView::GraphView(const scenario::Scenario &scenario, QWidget *parent) : QGraphicsView(parent), m_scenario(scenario)
{
    setObjectName(QStringLiteral("graphView"));
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    const auto &nodes = scenario.graph.nodes;
    const int n = int(nodes.size());
    std::vector<QPointF> pos;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * i / std::max(1, n) - std::numbers::pi / 2;
        pos.emplace_back(kRadius * std::cos(a), kRadius * std::sin(a));
    }
    for (const scenario::Edge &e : scenario.graph.edges) {
        int from = -1, to = -1;
        for (int i = 0; i < n; ++i) {
            from = nodes[size_t(i)].id == e.from ? i : from;
            to = nodes[size_t(i)].id == e.to ? i : to;
        }
        auto *line =
            scene->addLine(QLineF(pos[size_t(std::max(0, from))], pos[size_t(std::max(0, to))]), QPen(Qt::gray, 1.5));
        line->setZValue(-1);
        m_edges.push_back(line);
        auto *label = scene->addSimpleText(QString());
        label->setPos(line->line().center());
        label->setBrush(QColor(0xc6, 0x28, 0x28));
        m_edgeLabels.push_back(label);
    }
    for (int i = 0; i < n; ++i) {
        auto *dot = scene->addEllipse(-kNode, -kNode, 2 * kNode, 2 * kNode, QPen(Qt::black, 1.5),
                                      QBrush(QColor(0xc8, 0xe6, 0xc9)));
        dot->setPos(pos[size_t(i)]);
        dot->setData(0, nodes[size_t(i)].id);
        m_nodes.push_back(dot);
        auto *label = scene->addSimpleText(nodes[size_t(i)].id);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        label->setData(0, nodes[size_t(i)].id);
        m_labels.push_back(label);
    }
    setLanguage(QStringLiteral("en"));
}

GraphView::~GraphView() = default;

void GraphView::setLanguage(const QString &lang)
{
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const scenario::Node &n = m_scenario.graph.nodes[i];
        m_labels[i]->setText(n.name.isEmpty() ? n.id : n.name.get(lang));
        const QRectF r = m_labels[i]->boundingRect();
        m_labels[i]->setPos(m_nodes[i]->pos() + QPointF(-r.width() / 2, kNode + 2));
    }
}

void GraphView::refresh(const model::Cascade &model)
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const QString &id = m_scenario.graph.nodes[i].id;
        const model::Label l = model.label(id);
        const QColor c = l == model::Label::Down       ? QColor(0xe5, 0x39, 0x35)
                         : l == model::Label::Degraded ? QColor(0xff, 0xc1, 0x07)
                                                       : QColor(0x81, 0xc7, 0x84);
        m_nodes[i]->setBrush(c);
        m_nodes[i]->setPen(model.breach(id) ? QPen(QColor(0xb7, 0x1c, 0x1c), 6) : QPen(Qt::black, 1.5));
        m_nodes[i]->setToolTip(QStringLiteral("%1: q = %2").arg(id).arg(model.q(id), 0, 'f', 3));
    }
    for (size_t k = 0; k < m_edges.size(); ++k) {
        const scenario::Edge &e = m_scenario.graph.edges[k];
        const auto left = model.bufferLeftH(e.from, e.to);
        const double share = e.autonomyH > 0 && left ? std::clamp(*left / e.autonomyH, 0.0, 1.0) : 1.0;
        const bool draining = e.autonomyH > 0 && share < 1.0;
        const QColor c =
            draining ? QColor::fromRgbF(0.5 + 0.5 * (1 - share), 0.5 * share, 0.5 * share) : QColor(Qt::gray);
        m_edges[k]->setPen(QPen(c, 1.5 + 4 * e.weight));
        m_edgeLabels[k]->setText(draining ? QStringLiteral("%1 h").arg(left.value_or(0), 0, 'f', 1) : QString());
    }
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (QGraphicsItem *item = itemAt(event->position().toPoint()); item && item->data(0).isValid())
        emit nodeClicked(item->data(0).toString());
    QGraphicsView::mousePressEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

}  // namespace cd::gui
