#include "views/scenariotablemodel.h"

namespace cd::gui {

ScenarioTableModel::ScenarioTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScenarioTableModel::setScenario(const scenario::Scenario *s)
{
    beginResetModel();
    m_scenario = s;
    endResetModel();
}

void ScenarioTableModel::setLanguage(const QString &lang)
{
    // Headers go through tr() and change with the translator even when `lang` is unchanged.
    m_language = lang;
    if (const int columns = columnCount(); columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (const int n = rowCount(); n > 0)
            emit dataChanged(index(0, 0), index(n - 1, columns - 1));
    }
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : rows(*m_scenario);
}

QString ScenarioTableModel::nodeName(const QString &id) const
{
    const scenario::Node *n = m_scenario ? m_scenario->node(id) : nullptr;
    return n ? text(n->name) : id;
}

QString ScenarioTableModel::roomName(const QString &id) const
{
    const scenario::Room *r = m_scenario ? m_scenario->room(id) : nullptr;
    return r ? text(r->name) : id;
}

}  // namespace cd::gui
