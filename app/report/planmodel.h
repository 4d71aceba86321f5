#pragma once
// The improvement plan (HSEEP AAR/IP appendix A) as an editable table model: a thin adapter over
// a vector of report::PlanItem that the model owns; save() writes it to the exercise database
// (report::PlanStore). Every change is bracketed by the begin/end calls of QAbstractItemModel.
// With an undo stack set, an edit made through setData() (the table's editors) becomes an
// EditPlanCellCommand on it; the commands change the model through setCell/insertItem/removeItem.

#include "report/report.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace cd::gui {

class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { Issue, CorrectiveAction, Capability, Organisation, Contact, Start, Completion, Status, ColumnCount };

    explicit PlanModel(std::vector<report::PlanItem> items = {}, QObject *parent = nullptr);

    const std::vector<report::PlanItem> &items() const { return m_items; }
    void setItems(std::vector<report::PlanItem> items);
    /// Writes the plan to the exercise database at `dbPath`; false + *error on failure.
    bool save(const QString &dbPath, QString *error);
    bool isModified() const { return m_modified; }
    /// Edits through setData() are pushed here as undoable commands (not owned; may be null).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    /// The stored keys of the status column, in the order the editor offers them.
    static QStringList statusKeys();
    /// The translated name of a status key.
    static QString statusText(const QString &key);

    /// The raw edits the undo commands make (no command is pushed).
    QString cell(int row, int column) const;
    void setCell(int row, int column, const QString &value);
    void insertItem(int row, const report::PlanItem &item);
    report::PlanItem takeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void modifiedChanged(bool modified);

private:
    static QString *field(report::PlanItem &item, int column);
    void setModified(bool modified);

    std::vector<report::PlanItem> m_items;
    bool m_modified = false;
    QUndoStack *m_undo = nullptr;
};

}  // namespace cd::gui
