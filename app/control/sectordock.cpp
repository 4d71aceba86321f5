#include "control/sectordock.h"

#include "control/controlsession.h"
#include "report/modelrun.h"
#include "views/eventtext.h"
#include "views/graphview.h"
#include "views/sectorboardmodel.h"
#include "views/serieslegend.h"
#include "views/seriesstyle.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QValueAxis>

namespace cd::gui {

SectorDock::SectorDock(ControlSession &session, QWidget *parent)
    : QDockWidget(parent), m_session(session), m_model(new SectorBoardModel(session.scenario(), this)),
      m_view(new QTableView(this)), m_chart(new QChart), m_chartView(new QChartView(m_chart, this)),
      m_axisX(new QValueAxis(this)), m_axisY(new QValueAxis(this)), m_graph(new GraphView(session.scenario(), this)),
      m_legend(new SeriesLegend(this)), m_views(new QTabWidget(this)), m_explain(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sectorDock"));
    m_view->setObjectName(QStringLiteral("sectorBoard"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SectorBoardModel::SectorColumn, 170);
    m_view->setColumnWidth(SectorBoardModel::BreachColumn, 150);
    // Compact rows: fourteen sectors fit above the chart at 1920x1080 (see fitBoard()).
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisY->setRange(0, 1);
    const int duration = std::max(60, session.scenario().meta.durationMin);
    m_axisX->setRange(0, duration);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    // About six labels, on round minutes (every hour for a six-hour exercise): never crowded
    // into "…" in either language.
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(std::max(10, (duration / 6 + 9) / 10 * 10));
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    // QChart's legend beside the plot showed a dozen sectors at most: m_legend, under the chart,
    // shows them all, each with its line's colour and dash (the report's, views/seriesstyle.h).
    m_chart->legend()->hide();
    m_legend->setObjectName(QStringLiteral("sectorLegend"));
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    for (size_t k = 0; k < session.scenario().graph.nodes.size(); ++k) {
        auto *series = new QLineSeries(m_chart);
        series->setPen(seriesPen(int(k)));
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.push_back(series);
    }
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Tall enough for both axes' labels and titles (at 1400x900 the console gives the sector dock
    // 3/5 of the right column; the board and the explanation keep the rest).
    m_chartView->setMinimumHeight(kChartMinHeight);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        for (size_t k = 0; k < m_series.size(); ++k) {
            QPen pen = m_series[k]->pen();
            pen.setWidthF(int(k) == i.row() ? kSeriesHighlightWidth : kSeriesWidth);
            m_series[k]->setPen(pen);
        }
        m_legend->setHighlighted(i.row());
        explain(i.data(SectorBoardModel::NodeIdRole).toString());
    });
    // The board's rows are the series' order: a click on the legend selects (and highlights) one.
    connect(m_legend, &SeriesLegend::entryClicked, m_view, &QTableView::selectRow);
    connect(&session, &ControlSession::clockChanged, this, &SectorDock::refresh);
    connect(&session, &ControlSession::modelRebuilt, this, [this] {
        chartHistory();
        m_sampled = -1;
        refresh();
    });

    connect(m_graph, &GraphView::nodeClicked, this, [this](const QString &node) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, 0).data(SectorBoardModel::NodeIdRole).toString() == node)
                m_view->selectRow(r);
        explain(node);
    });
    m_views->addTab(SeriesLegend::under(m_chartView, m_legend), QString());
    m_views->addTab(m_graph, QString());
    auto *split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    split->addWidget(m_view);
    split->addWidget(m_views);
    split->addWidget(m_explain);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setChildrenCollapsible(false);
    m_view->setMinimumHeight(70);
    m_explain->setMinimumHeight(36);
    setWidget(split);
    retranslateUi();
    chartHistory();
    refresh();
    m_view->selectRow(0);
}

SectorDock::~SectorDock() = default;

void SectorDock::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    fitBoard();
}

void SectorDock::fitBoard()
{
    // The board takes the height of all its rows when the dock has it to spare beyond the chart's
    // minimum: every sector is in sight without scrolling. Otherwise the chart gets its minimum
    // and the board what is left (and scrolls).
    const int board = m_view->horizontalHeader()->sizeHint().height() +
                      m_model->rowCount() * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() +
                      m_view->horizontalScrollBar()->sizeHint().height() + 2;
    const int total = m_split->height() - 2 * m_split->handleWidth();
    const int rest = total - board;
    // The chart's tab: the tab bar, the chart at its minimum and every legend entry (as many rows
    // as the legend takes at its width).
    const int chart = m_views->minimumSizeHint().height();
    if (rest < chart + m_explain->minimumHeight()) {
        // Too short for both: the chart keeps its minimum, the board the rest (it scrolls).
        m_split->setSizes({total - chart - m_explain->minimumHeight(), chart, m_explain->minimumHeight()});
        return;
    }
    const int explain = std::max(m_explain->minimumHeight(), rest / 5);
    m_split->setSizes({board, rest - explain, explain});
}

void SectorDock::chartHistory()
{
    // Before the minute the exercise resumes at (refresh() samples that one from the live model).
    const int minute = m_session.model() ? m_session.minute() : 0;
    if (minute <= 0)
        return;
    const scenario::Scenario &s = m_session.scenario();
    QString error;
    const auto run = report::runModel(s, m_session.modelChanges(), minute - 1, &error);
    if (!run) {
        qWarning("q(t) chart: the model could not be re-run: %s", qPrintable(error));
        return;
    }
    for (size_t k = 0; k < m_series.size(); ++k) {
        const auto q = run->q.find(s.graph.nodes[k].id);
        if (q == run->q.end())
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(run->minutes.size()));
        for (size_t i = 0; i < run->minutes.size() && i < q->second.size(); ++i)
            if (run->minutes[i] < minute)
                points << QPointF(run->minutes[i], q->second[i]);
        m_series[k]->replace(points);
    }
}

void SectorDock::refresh()
{
    m_model->setEnded(m_session.ended());
    const int minute = m_session.minute();
    if (minute == m_sampled || !m_session.model())
        return;
    const model::Cascade &model = *m_session.model();
    m_model->refresh(model, minute);
    for (size_t k = 0; k < m_series.size(); ++k)
        m_series[k]->append(minute, model.q(m_session.scenario().graph.nodes[k].id));
    m_graph->refresh(model);
    m_sampled = minute;
    if (!m_explained.isEmpty())
        explain(m_explained);
}

void SectorDock::explain(const QString &node)
{
    m_explained = node;
    const scenario::Scenario &s = m_session.scenario();
    const scenario::Node *n = s.node(node);
    if (!n || !m_session.model()) {
        m_explain->clear();
        return;
    }
    const QString lang = uiLanguage();
    const model::Cascade &model = *m_session.model();
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                       .arg(n->name.get(lang).toHtmlEscaped(), tr("q = %1 (%2 of %3 %4 affected)")
                                                                   .arg(model.q(node), 0, 'f', 3)
                                                                   .arg(model.impact(node), 0, 'f', 0)
                                                                   .arg(n->served, 0, 'f', 0)
                                                                   .arg(n->unit)
                                                                   .toHtmlEscaped());
    for (const scenario::Edge &e : s.graph.edges) {
        if (e.to != node)
            continue;
        const auto left = model.bufferLeftH(e.from, e.to);
        const scenario::Node *from = s.node(e.from);
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("depends on %1 (weight %2, q %3): autonomy left %4 h of %5 h")
                             .arg(from ? from->name.get(lang) : e.from)
                             .arg(e.weight)
                             .arg(model.q(e.from), 0, 'f', 2)
                             .arg(left.value_or(0), 0, 'f', 1)
                             .arg(e.autonomyH)
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p><small>%1</small></p>").arg(n->notes.get(lang).toHtmlEscaped());
    m_explain->setHtml(html);
}

void SectorDock::retranslateUi()
{
    const QString lang = uiLanguage();
    setWindowTitle(tr("Sectors (control view of the model)"));
    m_model->setLanguage(lang);
    m_graph->setLanguage(lang);
    m_views->setTabText(0, tr("q(t) chart"));
    m_views->setTabText(1, tr("Dependency graph"));
    m_axisX->setTitleText(tr("exercise minute"));
    m_axisY->setTitleText(tr("q"));
    std::vector<SeriesLegend::Entry> entries;
    for (size_t k = 0; k < m_series.size(); ++k) {
        m_series[k]->setName(m_session.scenario().graph.nodes[k].name.get(lang));
        entries.push_back({m_series[k]->name(), seriesPen(int(k))});
    }
    m_legend->setEntries(std::move(entries));
    if (!m_explained.isEmpty())
        explain(m_explained);
}

void SectorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace cd::gui
