#pragma once
// Editors for the improvement plan's cells: a list of the statuses for the status column, a
// date field (YYYY-MM-DD, or empty while not planned) for the start and end dates, and multi-line
// text elsewhere left to the default line edit.

#include <QStyledItemDelegate>

namespace cd::gui {

class PlanDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDelegate)

public:
    explicit PlanDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

}  // namespace cd::gui
