#include "editor/sectionmodel.h"

namespace cd::editor {

SectionModel::SectionModel(Rows rows, Headers headers, Cell cell, QObject *parent)
    : ScenarioTableModel(parent), m_rows(std::move(rows)), m_headers(std::move(headers)), m_cell(std::move(cell)),
      m_columns(int(m_headers().size()))
{}

int SectionModel::rows(const scenario::Scenario &s) const
{
    return m_rows(s);
}

int SectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!scenario() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    return m_cell(*scenario(), index.row(), index.column(), language());
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
        return {};
    return m_headers().value(section);
}

}  // namespace cd::editor
