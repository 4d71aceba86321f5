#pragma once
// One scenario being edited: owns the Scenario value, its undo stack, its file path and its
// live diagnostics. Only the edit commands (commands/) change the scenario, through edit() and
// touched(); everything else reads scenario() and listens to changed().
// Invariants: modified() is exactly "the undo stack is not at its clean index"; diagnostics()
// are those of validateScenario() on the current scenario once the debounce has run (call
// validateNow() to force it).
// Autosave: a saved document autosaves to FILE.autosave; an untitled one to its own file in
// recoveryDir() (AppLocalDataLocation/recovery). Either is removed on save, on discarding the
// edits and on closing without changes, so what is left there after a session is what a crash
// left behind.
// Layout: the graph canvas's node positions are not part of the scenario contract
// (docs/scenario-format.md has no key for them); they live here and in a sidecar FILE.layout.json (see
// layoutPath()), read on load and written on save. Moving a node is an undo command like any
// edit, so it marks the document modified.

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QHash>
#include <QObject>
#include <QPointF>
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

    /// Node positions on the graph canvas by node id (only the nodes the user placed).
    const QHash<QString, QPointF> &layout() const { return m_layout; }
    /// The layout sidecar of a scenario file: "x.cxs.json" -> "x.cxs.layout.json".
    static QString layoutPath(const QString &path);

    // Autosave and recovery -------------------------------------------------------------
    static QString autosavePath(const QString &path);
    /// True when `path`'s autosave exists and is newer than the file (a crash left edits).
    static bool hasRecovery(const QString &path);
    /// Writes the autosave now if there are unsaved edits; true if written. A saved document
    /// writes autosavePath(file), an untitled one its file in recoveryDir().
    bool autosave();
    /// The file autosave() writes (empty for an untitled document until its first autosave).
    QString autosaveFile() const;
    /// Loads the autosave of `path` as a modified document whose file is `path`.
    bool recover(const QString &path, scenario::Diagnostics *diagnostics = nullptr);
    /// Removes the autosave file (after a save, or when the user discards the edits).
    void discardAutosave();

    /// Where untitled documents autosave: AppLocalDataLocation/recovery.
    static QString recoveryDir();
    /// The autosaves of untitled documents left in recoveryDir(), oldest first.
    static QStringList untitledRecoveries();
    /// Loads an untitled document's autosave `file` as a modified untitled document that keeps
    /// autosaving to `file` (so saving or discarding it removes the file).
    bool recoverUntitled(const QString &file, scenario::Diagnostics *diagnostics = nullptr);
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
    /// The scenario and the layout, for the commands only.
    scenario::Scenario &edit() { return m_scenario; }
    QHash<QString, QPointF> &editLayout() { return m_layout; }
    bool writeLayout(const QString &path, QString *error) const;
    void readLayout(const QString &path);
    /// Called by every command after it changed the scenario.
    void touched();

    scenario::Scenario m_scenario;
    QUndoStack *m_undo;
    QTimer *m_validateTimer;
    QTimer *m_autosaveTimer;
    QString m_path;
    /// The file as read or last saved: the keys its author wrote out are kept when saving
    /// (scenario/keepwritten.h), so Save As does not silently drop them.
    QByteArray m_written;
    QString m_untitledAutosave;  ///< an untitled document's file in recoveryDir(), once written
    QHash<QString, QPointF> m_layout;
    scenario::Diagnostics m_diagnostics;
    bool m_runnable = true;
};

}  // namespace cd::editor
