#include "report/commands/addplanrowcommand.h"

#include "report/planmodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd::gui {

AddPlanRowCommand::AddPlanRowCommand(PlanModel *model, int row, report::PlanItem item)
    : m_model(model), m_row(std::clamp(row, 0, model->rowCount())), m_item(std::move(item))
{
    setText(QCoreApplication::translate("cd::gui::PlanCommands", "Add row %1").arg(m_row + 1));
}

void AddPlanRowCommand::redo()
{
    m_model->insertItem(m_row, m_item);
}

void AddPlanRowCommand::undo()
{
    m_item = m_model->takeItem(m_row);  // keeps what was typed into it for the redo
}

}  // namespace cd::gui
