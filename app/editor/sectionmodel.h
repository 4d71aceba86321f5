#pragma once
// A read-only table over one list of the scenario for the section pages (objectives, personas,
// sites, responses, flows, survey): a thin adapter given how many rows the list has, the column
// headers (translated when asked) and each cell's text.

#include "views/scenariotablemodel.h"

#include <functional>

namespace cd::editor {

class SectionModel final : public gui::ScenarioTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionModel)

public:
    using Rows = std::function<int(const scenario::Scenario &)>;
    using Headers = std::function<QStringList()>;
    /// The text of (row, column); `lang` is the UI language for scenario texts.
    using Cell = std::function<QString(const scenario::Scenario &, int row, int column, const QString &lang)>;

    SectionModel(Rows rows, Headers headers, Cell cell, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows(const scenario::Scenario &s) const override;

private:
    Rows m_rows;
    Headers m_headers;
    Cell m_cell;
    int m_columns;
};

}  // namespace cd::editor
