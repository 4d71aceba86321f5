#pragma once
// The player rooms of a loaded scenario, one row per room in the scenario's order
// (a thin adapter; see ScenarioTableModel).

#include "views/scenariotablemodel.h"

namespace cd::gui {

class RoomModel final : public ScenarioTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomModel)

public:
    enum Column { Id, Name, Role, Sector, PhoneLines, ColumnCount };

    explicit RoomModel(QObject *parent = nullptr);

    /// A role's name in the UI language (docs/domain.md vocabulary).
    static QString roleName(scenario::Role role);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows(const scenario::Scenario &s) const override;

private:
    QString sectorText(const scenario::Room &room) const;
};

}  // namespace cd::gui
