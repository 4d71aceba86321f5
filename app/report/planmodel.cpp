#include "report/planmodel.h"

#include "report/plan.h"
#include "store/sqlite.h"

namespace cd::gui {

PlanModel::PlanModel(std::vector<report::PlanItem> items, QObject *parent)
    : QAbstractTableModel(parent), m_items(std::move(items))
{}

void PlanModel::setItems(std::vector<report::PlanItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    setModified(false);
}

bool PlanModel::save(const QString &dbPath, QString *error)
{
    try {
        report::PlanStore store(dbPath);
        store.save(m_items);
    } catch (const store::Error &e) {
        *error = e.message();
        return false;
    }
    setModified(false);
    return true;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *PlanModel::field(report::PlanItem &item, int column) const
{
    switch (column) {
    case Issue:
        return &item.issue;
    case CorrectiveAction:
        return &item.correctiveAction;
    case Capability:
        return &item.capability;
    case Organisation:
        return &item.organisation;
    case Contact:
        return &item.contact;
    case Start:
        return &item.start;
    case Completion:
        return &item.completion;
    default:
        return nullptr;
    }
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    report::PlanItem item = m_items[size_t(index.row())];  // field() hands out pointers into a copy
    const QString *f = field(item, index.column());
    return f ? QVariant(*f) : QVariant();
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    QString *f = field(m_items[size_t(index.row())], index.column());
    if (!f)
        return false;
    if (*f == value.toString())
        return true;
    *f = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    setModified(true);
    return true;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Issue:
        return tr("Issue");
    case CorrectiveAction:
        return tr("Corrective action");
    case Capability:
        return tr("Capability element");
    case Organisation:
        return tr("Responsible organisation");
    case Contact:
        return tr("Point of contact");
    case Start:
        return tr("Start");
    case Completion:
        return tr("Completion");
    default:
        return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool PlanModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_items.insert(m_items.begin() + row, size_t(count), report::PlanItem{});
    endInsertRows();
    setModified(true);
    return true;
}

bool PlanModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.erase(m_items.begin() + row, m_items.begin() + row + count);
    endRemoveRows();
    setModified(true);
    return true;
}

void PlanModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

}  // namespace cd::gui
