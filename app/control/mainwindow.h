#pragma once
// The control console's first window: opens a scenario (command line, File > Open, a recent
// file or drag and drop) and shows its MSEL, rooms and sectors, with the load's diagnostics
// in a dock. Menus, title and status live here; the pages and the dock are their own widgets.

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;

namespace cd::gui {

class Console;
class DiagnosticsDock;
class InjectDetailsDock;
class RecentFiles;
class ScenarioHeader;
class ScenarioPages;
class Translations;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `translations` (not owned) switches the UI language from the Language menu.
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `path` and shows it; on errors shows them and empty tables. True if it loaded.
    bool openFile(const QString &path);
    QString currentFile() const { return m_file; }

    /// Starts a new exercise of the open scenario logged to `dbPath` (a new file); shows the
    /// control console. False (with a message box unless `quiet`) when it cannot.
    bool startExercise(const QString &dbPath, bool quiet = false);
    /// Reopens the exercise in `dbPath` (resuming it) and shows its console.
    bool openDatabase(const QString &dbPath);
    /// The console of the open exercise, null when none is open.
    Console *console() const { return m_console; }

    ScenarioPages *pages() const { return m_pages; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnostics; }
    InjectDetailsDock *injectDetailsDock() const { return m_details; }

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

    Translations *m_translations;
    ScenarioHeader *m_header;
    ScenarioPages *m_pages;
    DiagnosticsDock *m_diagnostics;
    InjectDetailsDock *m_details;
    QLabel *m_summary;
    RecentFiles *m_recent = nullptr;
    QString m_file;
    Console *m_console = nullptr;
    QMenu *m_exerciseMenu = nullptr;
    QMenu *m_roomsMenu = nullptr;
    QAction *m_startAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_pageActions[3] = {};
    QActionGroup *m_languageGroup = nullptr;
};

}  // namespace cd::gui
