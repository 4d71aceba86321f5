#pragma once
// The control console's first window: opens a scenario (command line, File > Open, a recent
// file or drag and drop) as a new exercise, recorded in a new exercise database (paused at the
// start until the control team presses Start), or reopens an exercise database (paused where it
// stopped, until Resume). A scenario that does not load shows its MSEL, rooms and sectors as far
// as they go, with the load's diagnostics in a dock. Menus, title and status live here; the
// pages, the dock and the console are their own objects.

#include <QMainWindow>

#include <memory>

class QAction;
class QDateTime;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;

namespace cd::gui {

class Console;
class DiagnosticsDock;
class InjectDetailsDock;
class RecentFiles;
class ReportMenu;
class ScenarioHeader;
class ScenarioPages;
class Translations;
class Workspaces;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `translations` (not owned) switches the UI language from the Language menu.
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a scenario as a new exercise (in newDatabasePath()), or reopens a .cxdb; closes the
    /// exercise open before. On errors shows them and empty tables. True if the file loaded.
    bool openFile(const QString &path);
    /// A new database's path for an exercise of `scenarioPath` begun at `now` in `folder`:
    /// NAME-YYYYMMDD-HHMM.cxdb, or NAME-YYYYMMDD-HHMM-2.cxdb and so on: never an existing file.
    static QString newDatabasePath(const QString &scenarioPath, const QString &folder, const QDateTime &now);
    /// The folder for new exercise databases (settings, else the per-user data folder).
    static QString exerciseFolder();
    QString currentFile() const { return m_file; }

    /// Starts a new exercise of the open scenario logged to `dbPath` (a new file); shows the
    /// control console. False (with a message box unless `quiet`) when it cannot.
    bool startExercise(const QString &dbPath, bool quiet = false);
    /// Reopens the exercise in `dbPath` (resuming it) and shows its console.
    bool openDatabase(const QString &dbPath);
    /// The console of the open exercise, null when none is open.
    Console *console() const { return m_console; }
    /// The console's workspaces (View > Workspace), null when no exercise is open.
    Workspaces *workspaces() const { return m_workspaces; }
    /// File > Quit (Ctrl+Q): asks once while an exercise is open, then closes every window.
    QAction *quitAction() const { return m_quitAction; }

    ScenarioPages *pages() const { return m_pages; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnostics; }
    InjectDetailsDock *injectDetailsDock() const { return m_details; }
    /// Report > after-action report, improvement plan, debrief replay.
    ReportMenu *reportMenu() const { return m_reportMenu; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateTitleAndStatus();
    void openDialog();
    void about();
    void startExerciseDialog();
    void showConsole(std::unique_ptr<class ExerciseSession> session);
    void closeConsole();
    void quit();
    /// Closes the room windows, editors and other top-level windows; false if one refused
    /// (an editor whose unsaved changes the user kept).
    bool closeOtherWindows();

    Translations *m_translations;
    ScenarioHeader *m_header;
    ScenarioPages *m_pages;
    DiagnosticsDock *m_diagnostics;
    InjectDetailsDock *m_details;
    QLabel *m_summary;
    QLabel *m_exerciseLabel;
    RecentFiles *m_recent = nullptr;
    QString m_file;
    Console *m_console = nullptr;
    Workspaces *m_workspaces = nullptr;  ///< owned by m_console
    QMenu *m_exerciseMenu = nullptr;
    QMenu *m_roomsMenu = nullptr;
    QAction *m_startAction = nullptr;
    ReportMenu *m_reportMenu = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_pageActions[3] = {};
    QActionGroup *m_languageGroup = nullptr;
};

}  // namespace cd::gui
