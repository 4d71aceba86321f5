#include "editor/cascadepanel.h"

#include "editor/cascademodel.h"
#include "editor/scenariodocument.h"
#include "views/serieslegend.h"
#include "views/seriesstyle.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace cd::editor {

CascadePanel::CascadePanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CascadeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_status(new QLabel(this)), m_table(new QTableView(this)), m_chart(new QChartView(this)),
      m_legend(new gui::SeriesLegend(this)), m_timer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CascadeModel::RawRole);
    m_table->setObjectName(QStringLiteral("cascadeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Tall enough for the axes' labels (shorter, they read "…"); the legend under it adds its rows.
    m_chart->setMinimumHeight(210);
    m_legend->setObjectName(QStringLiteral("cascadeLegend"));
    m_status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(gui::SeriesLegend::under(m_chart, m_legend));
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);  // the table scrolls; the chart gets most of the height
    splitter->setStretchFactor(1, 2);
    connect(m_legend, &gui::SeriesLegend::entryClicked, this,
            [this](int i) { highlight(m_model->rows().at(size_t(m_seriesRows.at(size_t(i)))).id); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const QModelIndex row = m_proxy->mapToSource(i);
        if (row.isValid() && row.row() < int(m_model->rows().size()))
            highlight(m_model->rows()[size_t(row.row())].id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &CascadePanel::recompute);
    connect(m_document, &ScenarioDocument::changed, m_timer, qOverload<>(&QTimer::start));
    recompute();
}

void CascadePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute();
    QWidget::changeEvent(event);
}

void CascadePanel::setLanguage(const QString &lang)
{
    m_lang = lang;
    recompute();
}

void CascadePanel::recompute()
{
    m_timer->stop();
    m_model->compute(m_document->scenario(), m_lang);
    if (!m_model->error().isEmpty()) {
        m_status->setText(tr("The model cannot run: %1").arg(m_model->error()));
    } else {
        int breached = 0;
        for (const CascadeModel::Row &r : m_model->rows())
            breached += r.breachAt.has_value();
        m_status->setText(tr("Over %1 with the truth's %n shock(s): %2 sector(s) breach their verification level.",
                             nullptr, int(m_document->scenario().truth.shocks.size()))
                              .arg(scenario::formatOffset(m_document->scenario().meta.durationMin))
                              .arg(breached));
    }
    updateChart();
}

void CascadePanel::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Inoperability q(t)"));
    chart->legend()->hide();  // m_legend, under the chart, shows every line
    m_series.clear();
    m_seriesRows.clear();
    std::vector<gui::SeriesLegend::Entry> entries;
    auto *x = new QValueAxis;
    x->setTitleText(tr("hours"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const int step = m_model->sampleMinutes();
    qreal maxH = 1;
    for (int row = 0; row < int(m_model->rows().size()); ++row) {
        const CascadeModel::Row &r = m_model->rows()[size_t(row)];
        if (r.peak < 0.01)
            continue;  // only the sectors the cascade reaches
        auto *series = new QLineSeries;
        series->setName(r.name.isEmpty() ? r.id : r.name);
        // The rows are the scenario's sectors in order: the colour is the sector's in every chart.
        series->setPen(gui::seriesPen(row));
        entries.push_back({series->name(), series->pen()});
        m_series.push_back(series);
        m_seriesRows.push_back(row);
        for (int i = 0; i < int(r.samples.size()); ++i)
            series->append(i * step / 60.0, r.samples[i]);
        maxH = qMax(maxH, std::ceil((r.samples.size() - 1) * step / 60.0));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(0, maxH);
    // One tick per hour (whole-hour labels never repeat), at most 13.
    x->setTickCount(qBound(2, int(maxH) + 1, 13));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_legend->setEntries(std::move(entries));
    highlight(m_highlighted);
}

void CascadePanel::highlight(const QString &id)
{
    m_highlighted = id;
    m_legend->setHighlighted(-1);
    for (size_t i = 0; i < m_series.size(); ++i) {
        const bool lit = m_model->rows()[size_t(m_seriesRows[i])].id == id;
        QPen pen = m_series[i]->pen();
        pen.setWidthF(lit ? gui::kSeriesHighlightWidth : gui::kSeriesWidth);
        m_series[i]->setPen(pen);
        if (lit)
            m_legend->setHighlighted(int(i));
    }
}

}  // namespace cd::editor
