#pragma once
// The MSEL as it plays: one row per inject (its time or condition, channel, from, to), its
// status (pending, armed, delayed, fired, skipped) and its expected actions with whether each
// was met. Parties, sites and sectors show by their names in the model's language, their ids
// in the tooltip. Rows are fixed by the scenario; events only change cells (dataChanged).

#include "exercise/vocab.h"
#include "scenario/scenario.h"
#include "views/scenarionames.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>

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

    explicit TimelineModel(const scenario::Scenario &scenario, QObject *parent = nullptr);
    ~TimelineModel() override;

    void addEvent(const exercise::Event &e);
    void setLanguage(const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "pending", "armed", "delayed", "fired" or "skipped".
    QString status(int row) const;
    int rowOf(const QString &injectId) const { return m_rows.value(injectId, -1); }

private:
    struct State
    {
        QString status = QStringLiteral("pending");
        int firedMin = -1;
        int delayMin = 0;
        bool manual = false;
    };
    QString expectedText(const scenario::Inject &inject) const;
    QString statusText(const State &s) const;
    QString partyName(const QString &id) const { return m_names.party(id, m_lang); }
    QString toText(const scenario::Inject &inject) const;
    QString toolTip(const scenario::Inject &inject, int column) const;
    void changed(int row);

    const scenario::Scenario &m_scenario;
    ScenarioNames m_names;
    QString m_lang = QStringLiteral("en");
    std::vector<State> m_states;
    QHash<QString, int> m_rows;
    std::map<QString, QString> m_expected;  ///< expected id -> met / missed
    QHash<QString, int> m_expectedRow;      ///< expected id -> inject row
};

}  // namespace cd::gui
