#pragma once
// The forms' side of RenameIdCommand: a form whose id field changed calls renameOrWarn(), which
// pushes the rename (every reference follows) or, when refused, says why in a non-blocking
// message box over `parent` and returns false so the form shows the old id again.

#include "editor/commands/renameidcommand.h"

class QWidget;

namespace cd::editor {

bool renameOrWarn(QWidget *parent, ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId);

}  // namespace cd::editor
