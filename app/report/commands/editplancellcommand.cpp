#include "report/commands/editplancellcommand.h"

#include "report/planmodel.h"

#include <QCoreApplication>

namespace cd::gui {

EditPlanCellCommand::EditPlanCellCommand(PlanModel *model, int row, int column, QString value)
    : m_model(model), m_row(row), m_column(column), m_before(model->cell(row, column)), m_after(std::move(value))
{
    setText(QCoreApplication::translate("cd::gui::PlanCommands", "Edit %1 of row %2")
                .arg(model->headerData(column, Qt::Horizontal).toString())
                .arg(row + 1));
}

void EditPlanCellCommand::redo()
{
    m_model->setCell(m_row, m_column, m_after);
}

void EditPlanCellCommand::undo()
{
    m_model->setCell(m_row, m_column, m_before);
}

}  // namespace cd::gui
