#pragma once
// The debrief's q(t) chart: one line per sector over the whole exercise (the report's model
// re-run), each in its own colour and line style with a legend, a vertical cursor at the replayed
// minute, and the verification level (min_units / served, as q) of the sector selected on the
// board drawn as a dashed horizontal line with its line made bold. The legend is a SeriesLegend
// put under the chart by its owner (legend()): every sector in sight, however many.

#include "report/report.h"

#include <QChartView>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace cd::gui {

class SeriesLegend;

class ReplayChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayChart)

public:
    explicit ReplayChart(QWidget *parent = nullptr);

    void setReport(const report::Report &report);
    void setMinute(int minute);
    /// Highlights `node` (empty: none) and draws its verification level.
    void highlight(const QString &node);
    const std::vector<QLineSeries *> &series() const { return m_series; }
    /// The sectors' legend (one entry per series, in their order), for the owner to place.
    SeriesLegend *seriesLegend() const { return m_legend; }
    /// The sectors in the series' order.
    const std::vector<QString> &nodes() const { return m_nodes; }
    QLineSeries *levelLine() const { return m_level; }

private:
    QLineSeries *line(const QPen &pen);

    const report::Report *m_report = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<QLineSeries *> m_series;
    std::vector<QString> m_nodes;
    QLineSeries *m_cursor = nullptr;
    QLineSeries *m_level = nullptr;
    SeriesLegend *m_legend;
};

}  // namespace cd::gui
