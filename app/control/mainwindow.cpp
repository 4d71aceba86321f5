#include "control/mainwindow.h"

#include "control/console.h"
#include "control/consoleactions.h"
#include "control/diagnosticsdock.h"
#include "control/exercisesession.h"
#include "control/hostdialog.h"
#include "control/injectdetailsdock.h"
#include "control/recentfiles.h"
#include "control/scenarioheader.h"
#include "control/scenariopages.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/timelinedock.h"
#include "control/translations.h"
#include "control/truthdock.h"
#include "control/workspaces.h"
#include "editor/editoractions.h"
#include "report/reportmenu.h"
#include "report/reportwindow.h"
#include "scenario/loader.h"
#include "views/diagnosticmodel.h"
#include "views/mselmodel.h"
#include "views/userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd::gui {

namespace {
bool isScenarioUrl(const QUrl &url)
{
    return url.isLocalFile() && (url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                                 url.toLocalFile().endsWith(QLatin1String(".cxdb"), Qt::CaseInsensitive));
}
}  // namespace

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QMainWindow(parent), m_translations(translations), m_header(new ScenarioHeader(this)),
      m_pages(new ScenarioPages(this)), m_diagnostics(new DiagnosticsDock(this)),
      m_details(new InjectDetailsDock(m_pages->mselModel(), this)), m_summary(new QLabel(this)),
      m_exerciseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crossdrill.svg")));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_details);
    tabifyDockWidget(m_diagnostics, m_details);
    connect(m_pages, &ScenarioPages::injectSelected, m_details, &InjectDetailsDock::showInject);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_exerciseLabel->setObjectName(QStringLiteral("exerciseLabel"));
    m_exerciseLabel->hide();
    statusBar()->addPermanentWidget(m_exerciseLabel);
    statusBar()->addPermanentWidget(m_summary);
    connect(m_diagnostics, &DiagnosticsDock::diagnosticActivated, this,
            [this](const QString &path) { m_pages->revealPath(path); });

    createActions();
    createMenus();
    m_diagnostics->setDiagnostics({}, false);
    // First start: most of the screen; later starts: where the user left it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
    resizeDocks({m_diagnostics}, {220}, Qt::Vertical);
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    m_pages->setCurrentIndex(settings::currentPage.value());
    retranslateUi();
}

MainWindow::~MainWindow()
{
    m_reportMenu->setLog(nullptr);  // the report window reads the console's log
    delete m_console;               // before the window's other children: it removes its docks itself
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    for (int page = 0; page < 3; ++page) {
        m_pageActions[page] = new QAction(this);
        m_pageActions[page]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
        connect(m_pageActions[page], &QAction::triggered, this, [this, page] { m_pages->setCurrentIndex(page); });
    }

    m_startAction = new QAction(this);
    m_startAction->setObjectName(QStringLiteral("startExerciseAction"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));  // Ctrl+E edits the scenario
    m_startAction->setEnabled(false);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startExerciseDialog);

    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] { UserGuideDialog::showFor(this); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : Translations::available()) {
        QAction *action = m_languageGroup->addAction(Translations::nativeName(lang));
        action->setObjectName(QStringLiteral("languageAction_") + lang);
        action->setData(lang);
        action->setCheckable(true);
        action->setChecked(lang == m_translations->language());
        connect(action, &QAction::triggered, this, [this, lang] { m_translations->choose(lang); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    auto *editorActions = new editor::EditorActions(
        m_fileMenu, m_translations, [this] { return m_file; }, this);
    // An editor's "Run as Exercise" (enabled only while its scenario validates): start it here.
    connect(editorActions, &editor::EditorActions::runRequested, this, [this](const QString &path) {
        raise();
        activateWindow();
        if (openFile(path))
            startExerciseDialog();
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(m_recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_pageActions[0], m_pageActions[1], m_pageActions[2]});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_diagnostics->toggleViewAction());
    m_viewMenu->addAction(m_details->toggleViewAction());

    m_exerciseMenu = menuBar()->addMenu(QString());
    m_exerciseMenu->setObjectName(QStringLiteral("exerciseMenu"));
    m_exerciseMenu->addAction(m_startAction);
    m_roomsMenu = menuBar()->addMenu(QString());
    m_roomsMenu->setObjectName(QStringLiteral("roomsMenu"));
    m_roomsMenu->setEnabled(false);
    m_reportMenu = new ReportMenu(
        menuBar(), nullptr, nullptr, [this] { return m_translations->language(); }, this);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_startAction);
    m_toolBar->addAction(m_reportMenu->reportAction());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_pages->filterEdit());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a scenario file (.cxs.json)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_recent->rebuildMenu();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_pageActions[0]->setText(tr("&MSEL"));
    m_pageActions[1]->setText(tr("&Rooms"));
    m_pageActions[2]->setText(tr("&Sectors"));
    m_exerciseMenu->setTitle(tr("E&xercise"));
    m_startAction->setText(tr("&Start new exercise…"));
    m_startAction->setStatusTip(tr("Run the open scenario as an exercise, recorded in a new exercise database"));
    m_roomsMenu->setTitle(tr("R&ooms"));
    if (m_console)
        m_console->retranslateUi();
    m_reportMenu->retranslateUi();
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_guideAction->setText(tr("&User guide"));
    m_guideAction->setStatusTip(tr("How to run an exercise, from opening a scenario to the report"));
    m_aboutAction->setText(tr("&About CrossDrill"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_translations->language());
    m_pages->setLanguage(m_translations->language());
    if (m_console) {
        m_exerciseLabel->setText(tr("Exercise: %1").arg(QFileInfo(m_console->session().databasePath()).fileName()));
        m_workspaces->retranslateUi();
    }
    statusBar()->clearMessage();  // a message of the other language would stay until its timeout
    updateTitleAndStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openFile(const QString &path)
{
    closeConsole();  // its database keeps everything: reopening it resumes
    if (path.endsWith(QLatin1String(".cxdb"), Qt::CaseInsensitive))
        return openDatabase(path);
    scenario::LoadResult result = scenario::loadScenarioFile(path);
    const bool loaded = result.scenario.has_value();
    m_startAction->setEnabled(loaded);
    m_file = QFileInfo(path).absoluteFilePath();
    m_pages->setScenario(std::move(result.scenario));
    m_diagnostics->setDiagnostics(std::move(result.diagnostics));
    if (loaded && m_diagnostics->model()->rowCount() == 0) {
        m_details->raise();
    } else {
        m_diagnostics->show();
        m_diagnostics->raise();
        // Nothing else to look at: give the problems room.
        if (!m_diagnostics->isFloating() && m_diagnostics->height() < height() / 3)
            resizeDocks({m_diagnostics}, {height() / 3}, Qt::Vertical);
    }
    if (!result.unreadable)
        m_recent->add(m_file);
    updateTitleAndStatus();
    if (loaded) {
        const QString folder = exerciseFolder();
        QString error;
        QDir().mkpath(folder);
        const QString db = newDatabasePath(m_file, folder, QDateTime::currentDateTime());
        auto session = ExerciseSession::create(m_file, db, &error);
        if (!session) {
            // The scenario is still shown; why it cannot run is said with its diagnostics.
            m_diagnostics->setDiagnostics({{m_file,
                                            0,
                                            0,
                                            scenario::Diagnostic::Severity::Error,
                                            tr("cannot start an exercise in %1: %2").arg(db, error),
                                            {}}});
            m_diagnostics->show();
            m_diagnostics->raise();
            return loaded;
        }
        m_recent->add(db);
        showConsole(std::move(session));
        statusBar()->showMessage(tr("New exercise recorded in %1. The clock waits at the start: press Start (F5).")
                                     .arg(QDir::toNativeSeparators(db)));
    }
    return loaded;
}

QString MainWindow::exerciseFolder()
{
    const QString chosen = settings::exerciseFolder.value();
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/exercises");
}

QString MainWindow::newDatabasePath(const QString &scenarioPath, const QString &folder, const QDateTime &now)
{
    QString base = QFileInfo(scenarioPath).fileName();
    for (const QLatin1String suffix : {QLatin1String(".json"), QLatin1String(".cxs")})
        if (base.endsWith(suffix, Qt::CaseInsensitive))
            base.chop(suffix.size());
    base += QLatin1Char('-') + now.toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".cxdb"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.cxdb").arg(base).arg(n));
    return path;
}

void MainWindow::updateTitleAndStatus()
{
    const scenario::Scenario *s = m_pages->scenario();
    m_header->show(s, m_translations->language(), m_file.isEmpty() ? QString() : QFileInfo(m_file).fileName());
    QStringList parts;
    if (s && !s->meta.title.isEmpty())
        parts << s->meta.title.get(m_translations->language());
    if (!m_file.isEmpty())
        parts << QFileInfo(m_file).fileName();
    parts << QStringLiteral("CrossDrill");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
    setWindowFilePath(m_file);

    if (s) {
        m_summary->setText(tr("%n inject(s)", nullptr, static_cast<int>(s->injects.size())) + tr(", ") +
                           tr("%n room(s)", nullptr, static_cast<int>(s->rooms.size())) + tr(", ") +
                           tr("%n sector(s)", nullptr, static_cast<int>(s->graph.nodes.size())));
    } else if (!m_file.isEmpty()) {
        m_summary->setText(tr("Not loaded: see the diagnostics"));
    } else {
        m_summary->setText(tr("Open a scenario with File > Open or drop it here"));
    }
}

void MainWindow::openDialog()
{
    const QString dir = m_file.isEmpty() ? QDir::currentPath() : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), dir,
        tr("Scenarios and exercises (*.cxs.json *.cxdb);;Scenarios (*.cxs.json);;Exercise databases (*.cxdb);;"
           "JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CrossDrill"),
                       tr("<h3>CrossDrill %1</h3><p>Cross-sector critical-infrastructure exercises: scripted injects, "
                          "player rooms that share information by mail, phone and web, and an interdependency model "
                          "that turns a hidden root cause into a cascade across sectors.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::startExerciseDialog()
{
    const QFileInfo scenario(m_file);
    QString base = scenario.completeBaseName();
    base.remove(QLatin1String(".cxs"));
    const QString suggested = scenario.absoluteDir().filePath(
        QStringLiteral("%1-%2.cxdb").arg(base, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New exercise database"), suggested, tr("Exercise databases (*.cxdb)"));
    if (!path.isEmpty())
        startExercise(path);
}

bool MainWindow::startExercise(const QString &dbPath, bool quiet)
{
    QString error;
    auto session = ExerciseSession::create(m_file, dbPath, &error);
    if (!session) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot start the exercise"), error);
        return false;
    }
    showConsole(std::move(session));
    return true;
}

bool MainWindow::openDatabase(const QString &dbPath)
{
    QString error;
    auto session = ExerciseSession::reopen(dbPath, &error);
    if (!session) {
        // Said where the user looks for problems with a file, without a blocking box.
        m_file = QFileInfo(dbPath).absoluteFilePath();
        m_pages->setScenario(std::nullopt);
        m_diagnostics->setDiagnostics({{dbPath,
                                        0,
                                        0,
                                        scenario::Diagnostic::Severity::Error,
                                        tr("cannot reopen this exercise database: %1").arg(error),
                                        {}}});
        m_diagnostics->show();
        m_startAction->setEnabled(false);
        updateTitleAndStatus();
        return false;
    }
    // Show the exercise's own scenario (from the database) in the pages.
    m_file = QFileInfo(dbPath).absoluteFilePath();
    m_pages->setScenario(session->scenario());
    m_diagnostics->setDiagnostics({});
    m_recent->add(m_file);
    showConsole(std::move(session));
    const int minute = m_console->session().minute();
    if (m_console->session().ended())  // the after-action phase: the report comes first
        m_reportMenu->open(ReportWindow::ReportPage);
    statusBar()->showMessage(m_console->session().ended()
                                 ? tr("Reopened %1: this exercise has ended.").arg(QDir::toNativeSeparators(dbPath))
                                 : tr("Reopened %1 at %2. The clock waits: press Resume (F5).")
                                       .arg(QDir::toNativeSeparators(dbPath), scenario::formatOffset(minute)));
    return true;
}

void MainWindow::showConsole(std::unique_ptr<ExerciseSession> session)
{
    closeConsole();
    const QString db = session->databasePath();
    m_console = new Console(std::move(session), this, m_roomsMenu);
    m_reportMenu->setLog(&m_console->session().exercise().log());
    HostDialog::addMenuAction(m_exerciseMenu, m_console->session().exercise(), m_console, this);
    // The docks (and the inject details) in the workspace last used, as the user left it.
    m_workspaces = new Workspaces(this, m_console, m_details, m_viewMenu);
    // The timeline dock shows the MSEL as it plays: the docks get the whole window.
    centralWidget()->hide();
    for (QAction *page : m_pageActions)
        page->setEnabled(false);
    // Another exercise of the same scenario file can still be started beside this one.
    m_startAction->setEnabled(!m_file.endsWith(QLatin1String(".cxdb"), Qt::CaseInsensitive));
    m_exerciseMenu->addActions(m_console->actions()->actions());
    m_diagnostics->hide();
    m_exerciseLabel->setText(tr("Exercise: %1").arg(QFileInfo(db).fileName()));
    m_exerciseLabel->setToolTip(QDir::toNativeSeparators(db));
    m_exerciseLabel->show();
    // The toolbar's filter box filters the timeline while the pages are hidden.
    TimelineDock *timeline = m_console->timeline();
    timeline->setFilterText(m_pages->filterEdit()->text());
    connect(m_pages->filterEdit(), &QLineEdit::textChanged, timeline, &TimelineDock::setFilterText);
    m_pages->setFilteringTimeline(true);
    // The inject details follow the timeline's selection (the pages' is out of sight).
    connect(timeline->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, m_details, [this, timeline] {
        const scenario::Scenario *s = m_pages->scenario();
        m_details->showInject(s ? s->inject(timeline->currentInject()) : nullptr);
    });
    // Once the clock runs, "press Start" is stale; the exercise label keeps the database's name.
    connect(&m_console->session(), &ExerciseSession::clockChanged, statusBar(), [this] {
        if (m_console && m_console->session().isRunning())
            statusBar()->clearMessage();
    });
    updateTitleAndStatus();
}

void MainWindow::closeConsole()
{
    if (!m_console)
        return;
    m_workspaces->save();
    m_reportMenu->setLog(nullptr);  // its window reads the console's log
    delete m_console;               // its docks, actions, workspaces and room windows go with it
    m_console = nullptr;
    m_workspaces = nullptr;
    // The inject details go back under the scenario's pages, beside the diagnostics.
    m_details->setFloating(false);
    addDockWidget(Qt::BottomDockWidgetArea, m_details);
    tabifyDockWidget(m_diagnostics, m_details);
    centralWidget()->show();
    for (QAction *page : m_pageActions)
        page->setEnabled(true);
    m_exerciseLabel->hide();
    m_pages->setFilteringTimeline(false);
    statusBar()->clearMessage();
}

void MainWindow::quit()
{
    // Asked once, here: the exercise itself needs no saving (every event is committed to its
    // database as it happens), so the question only says what closes and where to resume.
    if (m_console) {
        const QString db = QDir::toNativeSeparators(m_console->session().databasePath());
        const auto answer = QMessageBox::question(
            this, tr("Quit CrossDrill"),
            tr("Quit CrossDrill? The console, every room window, the scenario editors and the floating panels "
               "close.\n\nThe exercise is saved: every event is already recorded in %1. Open that file to "
               "resume it.")
                .arg(db));
        if (answer != QMessageBox::Yes)
            return;
    }
    close();
}

bool MainWindow::closeOtherWindows()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || qobject_cast<QDockWidget *>(w) || w->windowType() == Qt::Popup ||
            w->windowType() == Qt::ToolTip)
            continue;
        // Room windows hide (the console owns them); an editor may ask about unsaved changes.
        if (!w->close())
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The console window is the application: closing it closes the rooms and editors too (they
    // kept the process running with no console to return to).
    if (!closeOtherWindows()) {
        event->ignore();
        return;
    }
    if (m_workspaces)
        m_workspaces->save();
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::currentPage.setValue(m_pages->currentIndex());
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->isFloating())
            dock->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && isScenarioUrl(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !isScenarioUrl(urls.first()))
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

}  // namespace cd::gui
