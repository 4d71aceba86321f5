#pragma once
// The central pages of the scenario window: the MSEL, the rooms and the sectors, each a
// sortable table. Owns the shown Scenario; the models are adapters over it and are reset
// before it is replaced.

#include "scenario/scenario.h"

#include <QTabWidget>

#include <array>
#include <optional>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cd::gui {

class MselModel;
class ScenarioTableModel;
class RoomModel;
class SectorModel;

class ScenarioPages final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPages)

public:
    enum Page { MselPage, RoomsPage, SectorsPage };

    explicit ScenarioPages(QWidget *parent = nullptr);
    ~ScenarioPages() override;

    /// Shows `s`, or empty tables when nullopt.
    void setScenario(std::optional<scenario::Scenario> s);
    const scenario::Scenario *scenario() const { return m_scenario ? &*m_scenario : nullptr; }

    /// Scenario texts and headers in `lang`; tab titles through tr().
    void setLanguage(const QString &lang);

    /// Shows the row that a JSON path such as "injects[3].to[0]" points into; false if none.
    bool revealPath(const QString &jsonPath);

    MselModel *mselModel() const { return m_msel; }
    RoomModel *roomModel() const { return m_rooms; }
    SectorModel *sectorModel() const { return m_sectors; }
    QTableView *mselView() const { return m_mselView; }
    QTableView *roomView() const { return m_roomView; }
    QTableView *sectorView() const { return m_sectorView; }
    /// Filters the rows of every page by the text they show (Ctrl+F).
    QLineEdit *filterEdit() const { return m_filter; }
    /// During an exercise the same box filters the console's MSEL timeline (its placeholder says so).
    void setFilteringTimeline(bool on);

signals:
    /// The MSEL's current inject changed (nullptr: none, or the scenario is about to change).
    void injectSelected(const scenario::Inject *inject);

private:
    QTableView *addTable(QAbstractItemModel *model, int sortColumn);
    void retranslateUi();
    void fitColumns();
    std::array<ScenarioTableModel *, 3> models() const;

    std::optional<scenario::Scenario> m_scenario;
    MselModel *m_msel;
    RoomModel *m_rooms;
    SectorModel *m_sectors;
    QLineEdit *m_filter;
    QTableView *m_mselView;
    QTableView *m_roomView;
    QTableView *m_sectorView;
    bool m_filteringTimeline = false;
};

}  // namespace cd::gui
