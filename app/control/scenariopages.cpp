#include "control/scenariopages.h"

#include "views/mselmodel.h"
#include "views/roommodel.h"
#include "views/sectormodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace cd::gui {

ScenarioPages::ScenarioPages(QWidget *parent)
    : QTabWidget(parent), m_msel(new MselModel(this)), m_rooms(new RoomModel(this)), m_sectors(new SectorModel(this)),
      m_filter(new QLineEdit(this))
{
    setDocumentMode(true);
    m_mselView = addTable(m_msel, MselModel::Time);
    m_mselView->horizontalHeader()->setSectionResizeMode(MselModel::Subject, QHeaderView::Stretch);
    m_roomView = addTable(m_rooms, -1);
    m_roomView->horizontalHeader()->setSectionResizeMode(RoomModel::Name, QHeaderView::Stretch);
    m_sectorView = addTable(m_sectors, -1);
    m_sectorView->horizontalHeader()->setSectionResizeMode(SectorModel::LevelText, QHeaderView::Stretch);

    connect(m_mselView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_mselView->model());
                emit injectSelected(current.isValid() ? m_msel->injectAt(proxy->mapToSource(current).row()) : nullptr);
            });

    // One filter for every page: rows whose shown text contains it, in any column. The window
    // places the line edit (in its toolbar).
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QTableView *view : {m_mselView, m_roomView, m_sectorView})
            qobject_cast<QSortFilterProxyModel *>(view->model())->setFilterFixedString(text);
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    m_filter->QWidget::addAction(find);  // the pages are hidden during an exercise; the box is not
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    retranslateUi();
}

ScenarioPages::~ScenarioPages() = default;

std::array<ScenarioTableModel *, 3> ScenarioPages::models() const
{
    return {m_msel, m_rooms, m_sectors};
}

QTableView *ScenarioPages::addTable(QAbstractItemModel *model, int sortColumn)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ScenarioTableModel::RawRole);
    proxy->setSortLocaleAware(true);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    // -1 keeps the scenario's order until the user clicks a header.
    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    addTab(view, QString());
    return view;
}

void ScenarioPages::setScenario(std::optional<scenario::Scenario> s)
{
    // Detach everything that points into the scenario before it changes.
    emit injectSelected(nullptr);
    for (ScenarioTableModel *m : models())
        m->setScenario(nullptr);
    m_scenario = std::move(s);
    for (ScenarioTableModel *m : models())
        m->setScenario(scenario());
    fitColumns();
    // Start on the first inject so its details are on show.
    if (m_mselView->model()->rowCount() > 0)
        m_mselView->setCurrentIndex(m_mselView->model()->index(0, 0));
}

void ScenarioPages::setLanguage(const QString &lang)
{
    m_msel->setLanguage(lang);
    m_rooms->setLanguage(lang);
    m_sectors->setLanguage(lang);
    retranslateUi();
    fitColumns();
}

void ScenarioPages::setFilteringTimeline(bool on)
{
    m_filteringTimeline = on;
    retranslateUi();
}

void ScenarioPages::retranslateUi()
{
    setTabText(MselPage, tr("MSEL (injects)"));
    setTabText(RoomsPage, tr("Rooms"));
    setTabText(SectorsPage, tr("Sectors"));
    m_filter->setPlaceholderText(m_filteringTimeline ? tr("Filter the timeline (Ctrl+F)") : tr("Filter rows (Ctrl+F)"));
}

bool ScenarioPages::revealPath(const QString &jsonPath)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(injects|rooms|graph\.nodes)\[(\d+)\])"));
    const QRegularExpressionMatch match = pattern.match(jsonPath);
    if (!match.hasMatch() || !m_scenario)
        return false;
    const QString list = match.captured(1);
    const int row = match.captured(2).toInt();
    const Page page = list == QLatin1String("injects") ? MselPage
                      : list == QLatin1String("rooms") ? RoomsPage
                                                       : SectorsPage;
    auto *view = qobject_cast<QTableView *>(widget(page));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return false;
    setCurrentIndex(page);
    view->selectRow(index.row());
    view->scrollTo(index);
    return true;
}

void ScenarioPages::fitColumns()
{
    // Wide enough for typical content, but a long recipient list or condition must not push
    // the subject off screen: the cell's tooltip has the whole text.
    constexpr int kMaxColumnWidth = 280;
    for (QTableView *view : {m_mselView, m_roomView, m_sectorView}) {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (view->horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch)
                view->setColumnWidth(column, std::min(view->columnWidth(column), kMaxColumnWidth));
    }
}

}  // namespace cd::gui
