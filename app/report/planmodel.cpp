#include "report/planmodel.h"

#include "report/commands/editplancellcommand.h"
#include "report/plan.h"
#include "store/sqlite.h"

#include <QUndoStack>

#include <algorithm>

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
    if (m_undo)
        m_undo->setClean();
    return true;
}

QStringList PlanModel::statusKeys()
{
    return {QStringLiteral("open"), QStringLiteral("progress"), QStringLiteral("done")};
}

QString PlanModel::statusText(const QString &key)
{
    if (key == QLatin1String("progress"))
        return tr("in progress");
    if (key == QLatin1String("done"))
        return tr("complete");
    return tr("open");
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *PlanModel::field(report::PlanItem &item, int column)
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
    case Status:
        return &item.status;
    default:
        return nullptr;
    }
}

QString PlanModel::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    report::PlanItem item = m_items[size_t(row)];  // field() hands out pointers into a copy
    const QString *f = field(item, column);
    return f ? *f : QString();
}

void PlanModel::setCell(int row, int column, const QString &value)
{
    if (row < 0 || row >= rowCount())
        return;
    QString *f = field(m_items[size_t(row)], column);
    if (!f || *f == value)
        return;
    *f = value;
    emit dataChanged(index(row, column), index(row, column), {Qt::DisplayRole, Qt::EditRole});
    setModified(true);
}

void PlanModel::insertItem(int row, const report::PlanItem &item)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_items.insert(m_items.begin() + row, item);
    endInsertRows();
    setModified(true);
}

report::PlanItem PlanModel::takeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    beginRemoveRows({}, row, row);
    report::PlanItem item = m_items[size_t(row)];
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
    setModified(true);
    return item;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString value = cell(index.row(), index.column());
    if (role == Qt::EditRole)
        return value;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == Status ? statusText(value) : value;
    return {};
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() >= ColumnCount)
        return false;
    QString text = value.toString();
    if (index.column() == Status && !statusKeys().contains(text))
        return false;
    if (cell(index.row(), index.column()) == text)
        return true;
    if (m_undo)
        m_undo->push(new EditPlanCellCommand(this, index.row(), index.column(), std::move(text)));
    else
        setCell(index.row(), index.column(), text);
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
    case Status:
        return tr("Status");
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
