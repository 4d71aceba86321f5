#pragma once
// The console's way into the editor: "Edit Scenario…" (the file the console shows) and "New
// Scenario from Template…", added to a menu of any window. Each opens a separate EditorWindow
// (deleted on close). Kept here so the console's window only needs one line to offer them.
// An editor window's "Run as Exercise" reaches the console as runRequested(path). At start,
// untitled scenarios that a crash left in the recovery directory are offered back (a
// non-blocking question: Recover opens each in an editor, Discard deletes them, closing keeps
// them for the next start).

#include <QObject>
#include <QStringList>

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
    /// Opens an editor window on `path` (empty: from the template).
    EditorWindow *openEditor(const QString &path);
    /// Opens an editor window on each untitled autosave in `files`.
    QList<EditorWindow *> recoverUntitled(const QStringList &files);
    /// Asks (without blocking) whether to recover ScenarioDocument::untitledRecoveries();
    /// returns the question box, or null when there is nothing to recover.
    QWidget *offerRecovery();

signals:
    /// An editor window asked to run its saved scenario `path` as an exercise.
    void runRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    EditorWindow *newWindow();

    QWidget *m_window;
    gui::Translations *m_translations;
    std::function<QString()> m_currentFile;
    QAction *m_edit;
    QAction *m_new;
};

}  // namespace cd::editor
