#pragma once
// Inserts one row (blank, or given) into the improvement plan.

#include "report/report.h"

#include <QUndoCommand>

namespace cd::gui {

class PlanModel;

class AddPlanRowCommand final : public QUndoCommand
{
public:
    AddPlanRowCommand(PlanModel *model, int row, report::PlanItem item = {});
    void redo() override;
    void undo() override;

private:
    PlanModel *m_model;
    int m_row;
    report::PlanItem m_item;
};

}  // namespace cd::gui
