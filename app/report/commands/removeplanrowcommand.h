#pragma once
// Deletes one row of the improvement plan; undo puts it back where it was, as it was.

#include "report/report.h"

#include <QUndoCommand>

namespace cd::gui {

class PlanModel;

class RemovePlanRowCommand final : public QUndoCommand
{
public:
    RemovePlanRowCommand(PlanModel *model, int row);
    void redo() override;
    void undo() override;

private:
    PlanModel *m_model;
    int m_row;
    report::PlanItem m_item;
};

}  // namespace cd::gui
