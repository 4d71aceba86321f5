#pragma once
// One edited cell of the improvement plan (issue, action, capability, organisation, contact,
// dates or status). Consecutive edits of the same cell do not merge: each is one undo step, as in
// the scenario editor, where a field becomes a command when it is left.

#include <QString>
#include <QUndoCommand>

namespace cd::gui {

class PlanModel;

class EditPlanCellCommand final : public QUndoCommand
{
public:
    EditPlanCellCommand(PlanModel *model, int row, int column, QString value);
    void redo() override;
    void undo() override;

private:
    PlanModel *m_model;
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};

}  // namespace cd::gui
