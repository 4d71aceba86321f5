#pragma once
// The cascade the model (cd::model::Cascade) runs on the scenario's truth as edited: one row
// per sector with its peak and final inoperability and its verification-level breach times,
// plus q(t) samples for the chart. Recomputed by the owner (the cascade panel) on every edit.

#include "scenario/scenario.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace cd::editor {

class CascadeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CascadeModel)

public:
    enum Column { Sector, Peak, Final, BreachStart, BreachAt, NodeHours, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    struct Row
    {
        QString id;
        QString name;
        double peak = 0;
        double final = 0;
        std::optional<int> breachStart;
        std::optional<int> breachAt;
        double nodeHours = 0;
        std::vector<double> samples;  ///< q every sampleMinutes(), from 0 to the duration
    };

    explicit CascadeModel(QObject *parent = nullptr);

    /// Runs the model over the exercise's duration; on a model error shows no rows and error().
    void compute(const scenario::Scenario &s, const QString &lang);
    const std::vector<Row> &rows() const { return m_rows; }
    QString error() const { return m_error; }
    int sampleMinutes() const { return m_sampleMin; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    QString m_error;
    int m_sampleMin = 5;
};

}  // namespace cd::editor
