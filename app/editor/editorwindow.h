#pragma once
// The scenario editor window: one ScenarioDocument edited on pages (details, MSEL, rooms,
// graph, truth, timeline, other sections as JSON), with live validation in a dock (double-click
// a problem to go to its field), the cascade the model predicts in another, and the undo
// history. Title shows [*] while modified; closing asks to save; an autosave runs every minute
// (untitled documents too, in ScenarioDocument::recoveryDir()) and is offered back after a crash.
// "Run as Exercise" is enabled exactly while runnable(): it saves the document and asks whoever
// listens to runRequested (the console, through EditorActions) to start an exercise from it.

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoView;

namespace cd::gui {
class DiagnosticsDock;
class Translations;
}  // namespace cd::gui

namespace cd::editor {

class CascadePanel;
class GraphPage;
class InjectPage;
class MetaPage;
class RoomPage;
class ScenarioDocument;
class SectionsPage;
class TimelinePage;
class TruthPage;

class EditorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorWindow)

public:
    enum Page {
        DetailsPage,
        MselPage,
        RoomsPage,
        GraphPageIndex,
        TruthPageIndex,
        TimelinePageIndex,
        SectionsPageIndex
    };
    enum class Recovery { Ask, Recover, Ignore };

    /// `translations` (not owned, may be null) gives the UI language for scenario texts.
    explicit EditorWindow(gui::Translations *translations = nullptr, QWidget *parent = nullptr);
    ~EditorWindow() override;

    /// Opens `path`, offering (or applying, per `recovery`) its autosave when one is newer.
    bool openFile(const QString &path, Recovery recovery = Recovery::Ask);
    /// Opens the autosave of an untitled document left by a crash (ScenarioDocument::untitledRecoveries()).
    bool recoverUntitled(const QString &file);
    /// Starts an untitled scenario from a bundled template (":/templates/NAME.cxs.json").
    bool newFromTemplate(const QString &resource = QStringLiteral(":/templates/basic.cxs.json"));
    bool save();
    bool saveAs(const QString &path = {});
    /// Where Save As proposes to save a scenario now at `current` (empty: untitled): its own
    /// folder when that is the user's (writable, under the home folder), else the user's
    /// documents folder, never the bundled scenarios (read-only or part of the installation).
    static QString saveAsProposal(const QString &current);
    /// Imports an MSEL spreadsheet into the document (one undo step); false with problems shown.
    bool importMsel(const QString &path, QStringList *problems = nullptr);
    bool exportMsel(const QString &path);

    /// Goes to what a diagnostic's JSON path points to ("injects[3].to[0]", "graph.edges[2]").
    void revealPath(const QString &path);

    ScenarioDocument *document() const { return m_document; }
    /// False while the scenario has errors: it can be saved but must not be run.
    bool runnable() const;
    /// Validates, saves (asking for a file name when untitled) and emits runRequested; false
    /// when the scenario has errors or was not saved.
    bool runExercise();
    QAction *runAction() const { return m_runAction; }
    QTabWidget *tabs() const { return m_tabs; }
    InjectPage *injectPage() const { return m_injects; }
    RoomPage *roomPage() const { return m_rooms; }
    GraphPage *graphPage() const { return m_graph; }
    TruthPage *truthPage() const { return m_truth; }
    TimelinePage *timelinePage() const { return m_timeline; }
    SectionsPage *sectionsPage() const { return m_sections; }
    CascadePanel *cascadePanel() const { return m_cascade; }
    gui::DiagnosticsDock *diagnosticsDock() const { return m_diagnostics; }

signals:
    void runnableChanged(bool runnable);
    /// The user asked to run the saved scenario `path` as an exercise.
    void runRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The forms turn a field's edit into an undo command when the field is left: leave the
    /// focused field (and come back to it) so saving, running or closing never loses it.
    void commitPendingEdit();
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateTitle();
    void updateDiagnostics();
    void updateRunAction();
    void setLanguage(const QString &lang);
    bool maybeSave();
    void openDialog();
    void importDialog();
    void exportDialog();
    QString language() const;

    gui::Translations *m_translations;
    ScenarioDocument *m_document;
    QTabWidget *m_tabs;
    MetaPage *m_meta;
    InjectPage *m_injects;
    RoomPage *m_rooms;
    GraphPage *m_graph;
    TruthPage *m_truth;
    TimelinePage *m_timeline;
    SectionsPage *m_sections;
    gui::DiagnosticsDock *m_diagnostics;
    QDockWidget *m_cascadeDock;
    CascadePanel *m_cascade;
    QDockWidget *m_historyDock;
    QUndoView *m_history;
    QLabel *m_state;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

}  // namespace cd::editor
