#include "editor/renameprompt.h"

#include <QMessageBox>

namespace cd::editor {

bool renameOrWarn(QWidget *parent, ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId)
{
    QString why;
    if (RenameIdCommand::rename(document, kind, oldId, newId, &why))
        return true;
    // Not exec(): the form's editingFinished may fire again while a modal loop runs.
    auto *box = new QMessageBox(QMessageBox::Warning, RenameIdCommand::tr("Rename"), why, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("renameRefusedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

}  // namespace cd::editor
