#pragma once
// The sector board dock: the board table, a chart of q(t) per sector (selecting a sector in
// the board highlights its line), and the selected sector's explanation (its dependencies and
// the autonomy left on each).

#include <QDockWidget>

#include <vector>

class QLineSeries;
class QChart;
class QChartView;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QValueAxis;

namespace cd::gui {

class ExerciseSession;
class GraphView;
class SectorBoardModel;

class SectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectorDock)

public:
    SectorDock(ExerciseSession &session, QWidget *parent = nullptr);
    ~SectorDock() override;

    SectorBoardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Samples the model (called when the minute changes).
    void refresh();
    void explain(const QString &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ExerciseSession &m_session;
    SectorBoardModel *m_model;
    QTableView *m_view;
    QChart *m_chart;
    QChartView *m_chartView;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    std::vector<QLineSeries *> m_series;
    GraphView *m_graph;
    QTabWidget *m_views;
    QTextBrowser *m_explain;
    QString m_explained;
    int m_sampled = -1;
};

}  // namespace cd::gui
