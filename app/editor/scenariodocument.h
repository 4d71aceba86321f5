#pragma once
// One scenario being edited: owns the Scenario value, its undo stack, its file path and its
// live diagnostics. Only the edit commands (commands/) change the scenario, through edit() and
// touched(); everything else reads scenario() and listens to changed().
// Invariants: modified() is exactly "the undo stack is not at its clean index"; diagnostics()
// are those of validateScenario() on the current scenario once the debounce has run (call
// validateNow() to force it); the autosave file is FILE.autosave and is removed on save.

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QString>

class QTimer;
class QUndoStack;

namespace cd::editor {

class EditCommand;

class ScenarioDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    /// Loads `path`; on failure returns false with the load's diagnostics in *diagnostics and
    /// leaves the document unchanged.
    bool load(const QString &path, scenario::Diagnostics *diagnostics = nullptr);
    /// Starts an untitled document from `s` (e.g. a template); not modified.
    void reset(scenario::Scenario s, const QString &path = {});
    /// Writes the scenario to `path` (or the current path) and marks the document clean.
    bool save(const QString &path = {}, QString *error = nullptr);

    const scenario::Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() const { return m_undo; }
    QString filePath() const { return m_path; }
    bool isModified() const;

    /// The diagnostics of the last validation.
    const scenario::Diagnostics &diagnostics() const { return m_diagnostics; }
    /// Re-validates now (instead of after the debounce).
    void validateNow();
    /// False while the scenario has errors: it may be saved, but an exercise must not run it.
    bool runnable() const;

    // Autosave and recovery -------------------------------------------------------------
    static QString autosavePath(const QString &path);
    /// True when `path`'s autosave exists and is newer than the file (a crash left edits).
    static bool hasRecovery(const QString &path);
    /// Writes the autosave now if there are unsaved edits and a path; true if written.
    bool autosave();
    /// Loads the autosave of `path` as a modified document whose file is `path`.
    bool recover(const QString &path, scenario::Diagnostics *diagnostics = nullptr);
    /// Removes the autosave file (after a save, or when the user discards the edits).
    void discardAutosave();
    /// Milliseconds between autosaves (default 60 000); 0 stops autosaving.
    void setAutosaveInterval(int ms);

signals:
    /// The scenario changed (an edit, an undo or redo, a load).
    void changed();
    void diagnosticsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void runnableChanged(bool runnable);

private:
    friend class EditCommand;
    /// The scenario, for the commands only.
    scenario::Scenario &edit() { return m_scenario; }
    /// Called by every command after it changed the scenario.
    void touched();

    scenario::Scenario m_scenario;
    QUndoStack *m_undo;
    QTimer *m_validateTimer;
    QTimer *m_autosaveTimer;
    QString m_path;
    scenario::Diagnostics m_diagnostics;
    bool m_runnable = true;
};

}  // namespace cd::editor
