#pragma once
// The truth's shocks (the hidden root cause driving the model), one row each in the scenario's
// order. A thin read-only adapter: the owner calls setScenario() whenever the scenario changed.

#include "scenario/scenario.h"

#include <QAbstractTableModel>

namespace cd::editor {

class ShockModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShockModel)

public:
    enum Column { Node, C, From, To, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ShockModel(QObject *parent = nullptr);
    /// Not owned; nullptr shows nothing.
    void setScenario(const scenario::Scenario *s);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const scenario::Scenario *m_scenario = nullptr;
};

}  // namespace cd::editor
