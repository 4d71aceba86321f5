#include "report/replaychart.h"

#include "report/documents.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace cd::gui {

namespace {

Qt::PenStyle penStyle(int i)
{
    // The same order as report::seriesDash: solid, dashed, dotted, dash-dot.
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[size_t(i) % std::size(styles)];
}

}  // namespace

ReplayChart::ReplayChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("replayChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_x = new QValueAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setRange(0, 1);
    m_y->setTitleText(QStringLiteral("q"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    setMinimumHeight(220);
}

QLineSeries *ReplayChart::line(const QColor &colour, Qt::PenStyle style, qreal width)
{
    auto *s = new QLineSeries(chart());
    QPen pen(colour, width, style);
    s->setPen(pen);
    chart()->addSeries(s);
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    return s;
}

void ReplayChart::setReport(const report::Report &r)
{
    m_report = &r;
    chart()->removeAllSeries();
    m_series.clear();
    m_nodes.clear();
    const int end = std::max(1, r.qMinutes.empty() ? r.endMin : r.qMinutes.back());
    m_x->setRange(0, end);
    m_x->setTitleText(tr("exercise minute"));
    int i = 0;
    for (const scenario::Node &n : r.scenario.graph.nodes) {
        QLineSeries *s = line(QColor(report::seriesColour(i)), penStyle(i), 1.5);
        s->setName(report::nodeName(r.scenario, n.id, r.lang));
        const auto it = r.q.find(n.id);
        if (it != r.q.end()) {
            QList<QPointF> points;
            for (size_t k = 0; k < r.qMinutes.size() && k < it->second.size(); ++k)
                points << QPointF(r.qMinutes[k], it->second[k]);
            s->replace(points);
        }
        m_series.push_back(s);
        m_nodes.push_back(n.id);
        ++i;
    }
    m_level = line(QColor(0xc0, 0, 0), Qt::DashLine, 1);
    m_cursor = line(QColor(0x40, 0x40, 0x40), Qt::SolidLine, 1.5);
    // The cursor and the level are not sectors: keep them out of the legend.
    for (QLegendMarker *marker : chart()->legend()->markers(m_cursor))
        marker->setVisible(false);
    for (QLegendMarker *marker : chart()->legend()->markers(m_level))
        marker->setVisible(false);
    setMinute(0);
}

void ReplayChart::setMinute(int minute)
{
    if (m_cursor)
        m_cursor->replace(QList<QPointF>{{double(minute), 0.0}, {double(minute), 1.0}});
}

void ReplayChart::highlight(const QString &node)
{
    if (!m_report)
        return;
    QString levelName;
    for (size_t i = 0; i < m_series.size(); ++i) {
        QPen pen = m_series[i]->pen();
        pen.setWidthF(m_nodes[i] == node ? 3.5 : 1.5);
        m_series[i]->setPen(pen);
    }
    m_level->clear();
    const scenario::Node *n = m_report->scenario.node(node);
    if (n && n->level && n->served > 0) {
        const double q = std::min(1.0, n->level->minUnits / n->served);
        const double end = m_x->max();
        m_level->replace(QList<QPointF>{{0.0, q}, {end, q}});
        levelName = tr("verification level of %1: %2 %3 (q %4) for %5 min")
                        .arg(report::nodeName(m_report->scenario, node, m_report->lang))
                        .arg(n->level->minUnits)
                        .arg(n->unit)
                        .arg(q, 0, 'f', 3)
                        .arg(n->level->minMinutes);
    }
    chart()->setTitle(levelName);
}

}  // namespace cd::gui
