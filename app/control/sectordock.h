#pragma once
// The sector board dock: the board table, a chart of q(t) per sector (selecting a sector in
// the board highlights its line), and the selected sector's explanation (its dependencies and
// the autonomy left on each). The chart covers the whole exercise: a reopened one is re-run
// from its log (the report's model re-run) up to the minute it resumes at, then sampled live.
// It works on any ControlSession with a model(): the engine's here, a controller seat's copy
// (app/control/remote/remoteseatsession.h), whose chart is re-run the same way from the events
// the seat received.

#include <QDockWidget>

#include <vector>

class QLineSeries;
class QSplitter;
class QChart;
class QChartView;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QValueAxis;

namespace cd::gui {

class ControlSession;
class GraphView;
class SectorBoardModel;
class SeriesLegend;

class SectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectorDock)

public:
    /// The q(t) chart's minimum height (px) at which its axis labels read in full.
    static constexpr int kChartMinHeight = 210;

    SectorDock(ControlSession &session, QWidget *parent = nullptr);
    ~SectorDock() override;

    SectorBoardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }
    /// The chart's legend (under it): one entry per series, in their order.
    SeriesLegend *legend() const { return m_legend; }
    /// One line per graph node, in the scenario's order.
    const std::vector<QLineSeries *> &series() const { return m_series; }
    /// Samples the model (called when the minute changes).
    void refresh();
    void explain(const QString &node);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void chartHistory();
    void fitBoard();

    ControlSession &m_session;
    SectorBoardModel *m_model;
    QTableView *m_view;
    QChart *m_chart;
    QChartView *m_chartView;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    std::vector<QLineSeries *> m_series;
    QSplitter *m_split = nullptr;
    GraphView *m_graph;
    SeriesLegend *m_legend;
    QTabWidget *m_views;
    QTextBrowser *m_explain;
    QString m_explained;
    int m_sampled = -1;
};

}  // namespace cd::gui
