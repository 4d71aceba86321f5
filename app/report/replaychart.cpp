#include "report/replaychart.h"

#include "report/documents.h"
#include "views/serieslegend.h"
#include "views/seriesstyle.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace cd::gui {

ReplayChart::ReplayChart(QWidget *parent) : QChartView(new QChart, parent), m_legend(new SeriesLegend(this))
{
    setObjectName(QStringLiteral("replayChart"));
    m_legend->setObjectName(QStringLiteral("replayLegend"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->hide();  // m_legend shows every sector (this one cut the list off)
    connect(m_legend, &SeriesLegend::entryClicked, this, [this](int i) { highlight(m_nodes.at(size_t(i))); });
    m_x = new QValueAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setRange(0, 1);
    m_y->setTitleText(QStringLiteral("q"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    setMinimumHeight(220);
}

QLineSeries *ReplayChart::line(const QPen &pen)
{
    auto *s = new QLineSeries(chart());
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
    std::vector<SeriesLegend::Entry> entries;
    for (const scenario::Node &n : r.scenario.graph.nodes) {
        QLineSeries *s = line(seriesPen(int(m_series.size())));
        s->setName(report::nodeName(r.scenario, n.id, r.lang));
        entries.push_back({s->name(), s->pen()});
        const auto it = r.q.find(n.id);
        if (it != r.q.end()) {
            QList<QPointF> points;
            for (size_t k = 0; k < r.qMinutes.size() && k < it->second.size(); ++k)
                points << QPointF(r.qMinutes[k], it->second[k]);
            s->replace(points);
        }
        m_series.push_back(s);
        m_nodes.push_back(n.id);
    }
    m_legend->setEntries(std::move(entries));
    // The cursor and the level are not sectors: they stay out of the legend.
    m_level = line(QPen(QColor(0xc0, 0, 0), 1, Qt::DashLine));
    m_cursor = line(QPen(QColor(0x40, 0x40, 0x40), 1.5));
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
    m_legend->setHighlighted(-1);
    for (size_t i = 0; i < m_series.size(); ++i) {
        QPen pen = m_series[i]->pen();
        pen.setWidthF(m_nodes[i] == node ? kSeriesHighlightWidth : kSeriesWidth);
        m_series[i]->setPen(pen);
        if (m_nodes[i] == node)
            m_legend->setHighlighted(int(i));
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
