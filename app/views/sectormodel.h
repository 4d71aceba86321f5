#pragma once
// The sectors of a loaded scenario (its graph nodes), one row per node in the scenario's
// order: name, what it serves and its verification level (検証レベル). A thin adapter.

#include "views/scenariotablemodel.h"

namespace cd::gui {

class SectorModel final : public ScenarioTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectorModel)

public:
    enum Column { Id, Name, Served, Level, LevelText, ColumnCount };

    explicit SectorModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows(const scenario::Scenario &s) const override;

private:
    QString amount(double value, const QString &unit) const;
    QString duration(int minutes) const;
    QString levelText(const scenario::Node &node) const;
};

}  // namespace cd::gui
