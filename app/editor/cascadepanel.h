#pragma once
// "What will the cascade do": the model run on the truth as edited, recomputed shortly after
// every edit: breach times per sector in a table and q(t) of the hit sectors in a chart, so
// a controller can tune autonomy and weights and see the effect at once. Each sector's line has
// its colour and dash in every chart (views/seriesstyle.h, by its place in the scenario); the
// legend under the chart names them all, and a click on a name or a row makes its line bold.

#include <QWidget>

#include <vector>

class QChartView;
class QLabel;
class QLineSeries;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cd::gui {
class SeriesLegend;
}

namespace cd::editor {

class CascadeModel;
class ScenarioDocument;

class CascadePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CascadePanel)

public:
    explicit CascadePanel(ScenarioDocument *document, QWidget *parent = nullptr);
    CascadeModel *model() const { return m_model; }
    void setLanguage(const QString &lang);
    /// Recomputes now (instead of after the debounce).
    void recompute();
    QChartView *chartView() const { return m_chart; }
    gui::SeriesLegend *legend() const { return m_legend; }
    /// The chart's lines (the sectors the cascade reaches) and their rows in model().
    const std::vector<QLineSeries *> &series() const { return m_series; }
    const std::vector<int> &seriesRows() const { return m_seriesRows; }
    /// Makes the line of sector `id` bold (empty: none).
    void highlight(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChart();

    ScenarioDocument *m_document;
    CascadeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
    QTableView *m_table;
    QChartView *m_chart;
    gui::SeriesLegend *m_legend;
    QTimer *m_timer;
    std::vector<QLineSeries *> m_series;
    std::vector<int> m_seriesRows;
    QString m_highlighted;
    QString m_lang = QStringLiteral("en");
};

}  // namespace cd::editor
