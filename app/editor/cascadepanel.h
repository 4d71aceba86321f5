#pragma once
// "What will the cascade do": the model run on the truth as edited, recomputed shortly after
// every edit: breach times per sector in a table and q(t) of the hit sectors in a chart, so
// a controller can tune autonomy and weights and see the effect at once.

#include <QWidget>

class QChartView;
class QLabel;
class QTableView;
class QTimer;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChart();

    ScenarioDocument *m_document;
    CascadeModel *m_model;
    QLabel *m_status;
    QTableView *m_table;
    QChartView *m_chart;
    QTimer *m_timer;
    QString m_lang = QStringLiteral("en");
};

}  // namespace cd::editor
