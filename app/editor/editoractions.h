#pragma once
// The console's way into the editor: "Edit Scenario…" (the file the console shows) and "New
// Scenario from Template…", added to a menu of any window. Each opens a separate EditorWindow
// (deleted on close). Kept here so the console's window only needs one line to offer them.

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cd::gui {
class Translations;
}

namespace cd::editor {

class EditorWindow;

class EditorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorActions)

public:
    /// Adds the actions to `menu`; `currentFile` gives the scenario to edit (may return empty).
    EditorActions(QMenu *menu, gui::Translations *translations, std::function<QString()> currentFile, QWidget *window);

    QAction *editAction() const { return m_edit; }
    QAction *newAction() const { return m_new; }
    /// Opens an editor window on `path` (empty: from the template).
    EditorWindow *openEditor(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    gui::Translations *m_translations;
    std::function<QString()> m_currentFile;
    QAction *m_edit;
    QAction *m_new;
};

}  // namespace cd::editor
