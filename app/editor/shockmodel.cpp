#include "editor/shockmodel.h"

namespace cd::editor {

ShockModel::ShockModel(QObject *parent) : QAbstractTableModel(parent) {}

void ShockModel::setScenario(const scenario::Scenario *s)
{
    beginResetModel();
    m_scenario = s;
    endResetModel();
}

int ShockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->truth.shocks.size());
}

int ShockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_scenario)
        return {};
    const scenario::Shock &s = m_scenario->truth.shocks[index.row()];
    if (role == RawRole) {
        switch (index.column()) {
        case Node:
            return s.node;
        case C:
            return s.c;
        case From:
            return s.fromMin;
        case To:
            return s.toMin ? QVariant(*s.toMin) : QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Node:
        return s.node;
    case C:
        return QString::number(s.c);
    case From:
        return scenario::formatOffset(s.fromMin);
    case To:
        return s.toMin ? scenario::formatOffset(*s.toMin) : tr("(open)");
    }
    return {};
}

QVariant ShockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Node:
        return tr("Sector");
    case C:
        return tr("Shock c");
    case From:
        return tr("From");
    case To:
        return tr("To");
    }
    return {};
}

}  // namespace cd::editor
