#include "report/commands/removeplanrowcommand.h"

#include "report/planmodel.h"

#include <QCoreApplication>

namespace cd::gui {

RemovePlanRowCommand::RemovePlanRowCommand(PlanModel *model, int row) : m_model(model), m_row(row)
{
    setText(QCoreApplication::translate("cd::gui::PlanCommands", "Delete row %1").arg(row + 1));
}

void RemovePlanRowCommand::redo()
{
    m_item = m_model->takeItem(m_row);
}

void RemovePlanRowCommand::undo()
{
    m_model->insertItem(m_row, m_item);
}

}  // namespace cd::gui
