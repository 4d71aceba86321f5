#pragma once
// The MSEL as it plays: one row per inject (its time or condition, channel, from, to), its
// status (pending, armed, delayed, fired, skipped) and its expected actions with whether each
// was met. Parties, sites and sectors show by their names in the model's language, their ids
// in the tooltip. Rows are fixed by the scenario; the statuses and verdicts are the control
// view's (exercise/controlview.h), and events only change cells (dataChanged).

#include "exercise/controlview.h"
#include "scenario/scenario.h"
#include "views/scenarionames.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd::gui {

class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column {
        IdColumn,
        TimeColumn,
        ChannelColumn,
        FromColumn,
        ToColumn,
        SubjectColumn,
        StatusColumn,
        ExpectedColumn,
        ColumnCount
    };
    enum Role { InjectIdRole = Qt::UserRole + 1, StatusRole, SortRole };

    /// Every inject pending (no control view).
    explicit TimelineModel(const scenario::Scenario &scenario, QObject *parent = nullptr);
    /// The statuses of `control` (the session's, which must outlive the model).
    TimelineModel(const scenario::Scenario &scenario, const exercise::ControlView &control, QObject *parent = nullptr);
    ~TimelineModel() override;

    /// Shows what folding one event into the control view changed.
    void update(const exercise::ControlView::Change &change);
    void setLanguage(const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "pending", "armed", "delayed", "fired" or "skipped".
    QString status(int row) const;
    int rowOf(const QString &injectId) const { return m_rows.value(injectId, -1); }

private:
    QString expectedText(const scenario::Inject &inject) const;
    QString statusText(const exercise::InjectView &s) const;
    QString partyName(const QString &id) const { return m_names.party(id, m_lang); }
    QString toText(const scenario::Inject &inject) const;
    QString toolTip(const scenario::Inject &inject, int column) const;
    void changed(int row);

    const scenario::Scenario &m_scenario;
    const exercise::ControlView &m_control;
    ScenarioNames m_names;
    QString m_lang = QStringLiteral("en");
    QHash<QString, int> m_rows;
    QHash<QString, int> m_expectedRow;  ///< expected id -> inject row
};

}  // namespace cd::gui
