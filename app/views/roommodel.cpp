#include "views/roommodel.h"

namespace cd::gui {

using scenario::Room;

RoomModel::RoomModel(QObject *parent) : ScenarioTableModel(parent) {}

int RoomModel::rows(const scenario::Scenario &s) const
{
    return static_cast<int>(s.rooms.size());
}

int RoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoomModel::roleName(scenario::Role role)
{
    switch (role) {
    case scenario::Role::Nisc:
        return tr("NISC");
    case scenario::Role::Ministry:
        return tr("Ministry");
    case scenario::Role::Ceptoar:
        return tr("CEPTOAR");
    case scenario::Role::Operator:
        return tr("Operator");
    case scenario::Role::Agency:
        return tr("Related agency");
    case scenario::Role::Observer:
        return tr("Observer");
    }
    return {};
}

QString RoomModel::sectorText(const Room &room) const
{
    QStringList ids = room.sectors;
    if (!room.sector.isEmpty() && !ids.contains(room.sector))
        ids.prepend(room.sector);
    QStringList names;
    for (const QString &id : ids)
        names << nodeName(id);
    return names.join(tr(", "));
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Room &room = scenario()->rooms[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (index.column()) {
        case Id:
            return room.id;
        case Name:
            return text(room.name);
        case Role:
            if (role == RawRole)
                return static_cast<int>(room.role);
            return roleName(room.role);
        case Sector:
            return sectorText(room);
        case PhoneLines:
            return room.phoneLines;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PhoneLines)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Sector:
        return tr("Sector");
    case PhoneLines:
        return tr("Phone lines");
    }
    return {};
}

}  // namespace cd::gui
