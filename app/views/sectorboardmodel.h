#pragma once
// The sector board: each sector's q (share of service lost), state, verification-level breach
// and the time left before its level would be breached at the present impact. Rows are the
// graph's nodes (fixed); refresh() samples the live model once per exercise minute and emits
// dataChanged for the changed cells only.

#include "model/cascade.h"
#include "scenario/scenario.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace cd::gui {

class SectorBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectorBoardModel)

public:
    enum Column { SectorColumn, QColumn, StateColumn, BreachColumn, TimeToBreachColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, QRole };

    SectorBoardModel(const scenario::Scenario &scenario, QObject *parent = nullptr);
    ~SectorBoardModel() override;

    /// Samples `model` at exercise minute `minute`.
    void refresh(const model::Cascade &model, int minute);
    void setLanguage(const QString &lang);
    /// After the end of the exercise nothing is "at risk" any more: no time to breach is shown.
    void setEnded(bool ended);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        double q = 0;
        model::Label label = model::Label::Ok;
        std::optional<int> breachAt;
        std::optional<int> overSince;  ///< first minute of the current run at or above the level
        int minute = 0;
    };

    const scenario::Scenario &m_scenario;
    QString m_lang = QStringLiteral("en");
    bool m_ended = false;
    std::vector<Row> m_rows;
};

}  // namespace cd::gui
