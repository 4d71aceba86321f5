#include "editor/graphcanvas.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPalette>
#include <QtMath>

namespace cd::editor {

namespace {
constexpr qreal kRadius = 26;
constexpr int KindKey = 0;
constexpr int IndexKey = 1;
constexpr int IdKey = 2;
}  // namespace

GraphCanvas::GraphCanvas(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &GraphCanvas::emitSelection);
}

GraphCanvas::~GraphCanvas()
{
    // The scene (a child) clears its items, and so its selection, after this part is gone.
    disconnect(scene(), nullptr, this, nullptr);
}

QPointF GraphCanvas::positionOf(const QString &id, int index, int count)
{
    if (!m_positions.contains(id)) {
        const qreal angle = 2 * M_PI * index / qMax(1, count) - M_PI / 2;
        const qreal r = 60 + 22 * count;
        m_positions.insert(id, QPointF(r * qCos(angle), r * qSin(angle)));
    }
    return m_positions.value(id);
}

QPointF GraphCanvas::nodePosition(const QString &id) const
{
    return m_drawn.value(id);
}

void GraphCanvas::setGraph(const scenario::Graph &graph, const QString &lang, const QHash<QString, QPointF> &layout)
{
    int selKind = 0, selIndex = -1;
    if (!scene()->selectedItems().isEmpty()) {
        selKind = scene()->selectedItems().first()->data(KindKey).toInt();
        selIndex = scene()->selectedItems().first()->data(IndexKey).toInt();
    }
    const QSignalBlocker block(scene());
    scene()->clear();
    const QPalette pal = palette();
    const int count = int(graph.nodes.size());
    QHash<QString, QPointF> at;
    for (int i = 0; i < count; ++i) {
        const QString &id = graph.nodes[i].id;
        at.insert(id, layout.contains(id) ? layout.value(id) : positionOf(id, i, count));
    }
    m_drawn = at;
    for (int i = 0; i < int(graph.edges.size()); ++i) {
        const scenario::Edge &e = graph.edges[i];
        if (!at.contains(e.from) || !at.contains(e.to) || e.from == e.to)
            continue;
        const QPointF a = at[e.from], b = at[e.to];
        const QLineF full(a, b);
        QLineF line(full.pointAt(kRadius / full.length()), full.pointAt(1 - kRadius / full.length()));
        auto *item = scene()->addLine(line, QPen(pal.color(QPalette::Text), 1 + 3 * e.weight));
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(KindKey, int(ItemKind::Edge));
        item->setData(IndexKey, i);
        item->setToolTip(tr("%1 → %2: weight %3, autonomy %4 h").arg(e.from, e.to).arg(e.weight).arg(e.autonomyH));
        // Arrow head at the dependent end.
        const qreal ang = qAtan2(-line.dy(), line.dx());
        const QPointF tip = line.p2();
        QPolygonF head;
        head << tip << tip - QPointF(qSin(ang + M_PI / 3) * 9, qCos(ang + M_PI / 3) * 9)
             << tip - QPointF(qSin(ang + M_PI - M_PI / 3) * 9, qCos(ang + M_PI - M_PI / 3) * 9);
        auto *arrow = new QGraphicsPolygonItem(head, item);
        arrow->setBrush(pal.color(QPalette::Text));
        if (e.autonomyH > 0) {
            auto *label = new QGraphicsSimpleTextItem(tr("%1 h").arg(e.autonomyH), item);
            label->setPos(line.pointAt(0.5));
            label->setBrush(pal.color(QPalette::Link));
        }
    }
    for (int i = 0; i < count; ++i) {
        const scenario::Node &n = graph.nodes[i];
        auto *disc = scene()->addEllipse(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius, QPen(pal.color(QPalette::Text)),
                                         pal.color(QPalette::Base));
        disc->setPos(at[n.id]);
        disc->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable);
        disc->setData(KindKey, int(ItemKind::Node));
        disc->setData(IndexKey, i);
        disc->setData(IdKey, n.id);
        disc->setZValue(1);
        const QString name = n.name.get(lang).isEmpty() ? n.id : n.name.get(lang);
        auto *label = new QGraphicsSimpleTextItem(name, disc);
        label->setPos(-label->boundingRect().width() / 2, -label->boundingRect().height() / 2);
        disc->setToolTip(n.id);
    }
    if (selIndex >= 0)
        selectItem(ItemKind(selKind), selIndex);
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void GraphCanvas::selectItem(ItemKind kind, int index)
{
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(KindKey).toInt() == int(kind) && item->data(IndexKey).toInt() == index) {
            scene()->clearSelection();
            item->setSelected(true);
            ensureVisible(item);
            return;
        }
    }
}

void GraphCanvas::setConnectMode(bool on)
{
    m_connectMode = on;
    m_connectFrom.clear();
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

void GraphCanvas::emitSelection()
{
    const QList<QGraphicsItem *> sel = scene()->selectedItems();
    if (sel.isEmpty()) {
        emit selected(ItemKind::Node, -1);
        return;
    }
    emit selected(ItemKind(sel.first()->data(KindKey).toInt()), sel.first()->data(IndexKey).toInt());
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_connectMode) {
        QGraphicsItem *item = itemAt(event->position().toPoint());
        while (item && item->parentItem())
            item = item->parentItem();
        if (item && item->data(KindKey).toInt() == int(ItemKind::Node)) {
            const QString id = item->data(IdKey).toString();
            if (m_connectFrom.isEmpty()) {
                m_connectFrom = id;
                scene()->clearSelection();
                item->setSelected(true);
            } else if (id != m_connectFrom) {
                const QString from = m_connectFrom;
                m_connectFrom.clear();
                emit connectRequested(from, id);
            }
        }
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // Report dragged nodes; the command that records them redraws, so that arrows follow.
    QHash<QString, QPointF> moved;
    for (QGraphicsItem *item : scene()->selectedItems()) {
        const QString id = item->data(IdKey).toString();
        if (item->data(KindKey).toInt() == int(ItemKind::Node) && m_drawn.value(id) != item->pos())
            moved.insert(id, item->pos());
    }
    if (!moved.isEmpty())
        emit nodesMoved(moved, ++m_drags);
}

}  // namespace cd::editor
