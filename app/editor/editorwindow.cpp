#include "editor/editorwindow.h"

#include "control/diagnosticsdock.h"
#include "control/translations.h"
#include "editor/cascadepanel.h"
#include "editor/commands/importmselcommand.h"
#include "editor/graphpage.h"
#include "editor/injectpage.h"
#include "editor/metapage.h"
#include "editor/roompage.h"
#include "editor/scenariodocument.h"
#include "editor/sectionspage.h"
#include "editor/timelinepage.h"
#include "editor/truthpage.h"
#include "scenario/loader.h"
#include "scenario/msel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QUndoStack>
#include <QUndoView>

#include <optional>

namespace cd::editor {

EditorWindow::EditorWindow(gui::Translations *translations, QWidget *parent)
    : QMainWindow(parent), m_translations(translations), m_document(new ScenarioDocument(this)),
      m_tabs(new QTabWidget(this)), m_meta(new MetaPage(m_document, this)), m_injects(new InjectPage(m_document, this)),
      m_rooms(new RoomPage(m_document, this)), m_graph(new GraphPage(m_document, this)),
      m_truth(new TruthPage(m_document, this)), m_timeline(new TimelinePage(m_document, this)),
      m_sections(new SectionsPage(m_document, this)), m_diagnostics(new gui::DiagnosticsDock(this)),
      m_cascadeDock(new QDockWidget(this)), m_cascade(new CascadePanel(m_document, this)),
      m_historyDock(new QDockWidget(this)), m_history(new QUndoView(m_document->undoStack(), this)),
      m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("editorWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crossdrill.svg")));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_meta, m_injects, m_rooms, m_graph, m_truth, m_timeline, m_sections})
        m_tabs->addTab(page, QString());
    setCentralWidget(m_tabs);
    m_diagnostics->setObjectName(QStringLiteral("editorDiagnosticsDock"));
    m_cascadeDock->setObjectName(QStringLiteral("cascadeDock"));
    m_cascadeDock->setWidget(m_cascade);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    addDockWidget(Qt::RightDockWidgetArea, m_cascadeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_cascadeDock, m_historyDock);
    m_cascadeDock->raise();
    statusBar()->addPermanentWidget(m_state);

    connect(m_document, &ScenarioDocument::diagnosticsChanged, this, &EditorWindow::updateDiagnostics);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &EditorWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &EditorWindow::updateTitle);
    connect(m_document, &ScenarioDocument::changed, this, &EditorWindow::updateTitle);
    connect(m_document, &ScenarioDocument::runnableChanged, this, &EditorWindow::runnableChanged);
    // runnable() is false from an edit until its validation has run: follow both.
    connect(m_document, &ScenarioDocument::diagnosticsChanged, this, &EditorWindow::updateRunAction);
    connect(m_document, &ScenarioDocument::changed, this, &EditorWindow::updateRunAction);
    connect(m_diagnostics, &gui::DiagnosticsDock::diagnosticActivated, this,
            [this](const QString &path) { revealPath(path); });
    connect(m_timeline, &TimelinePage::injectActivated, this, [this](int index) {
        m_tabs->setCurrentIndex(MselPage);
        m_injects->selectInject(index);
    });
    if (m_translations)
        connect(m_translations, &gui::Translations::languageChanged, this, &EditorWindow::setLanguage);

    createActions();
    createMenus();
    // Ctrl+Z in a text field: see eventFilter().
    qApp->installEventFilter(this);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
    resizeDocks({m_cascadeDock}, {420}, Qt::Horizontal);
    resizeDocks({m_diagnostics}, {150}, Qt::Vertical);
    setLanguage(language());
    retranslateUi();
    updateDiagnostics();
}

EditorWindow::~EditorWindow() = default;

QString EditorWindow::language() const
{
    return m_translations ? m_translations->language() : QStringLiteral("en");
}

void EditorWindow::setLanguage(const QString &lang)
{
    m_injects->setLanguage(lang);
    m_rooms->setLanguage(lang);
    m_graph->setLanguage(lang);
    m_timeline->setLanguage(lang);
    m_cascade->setLanguage(lang);
    m_sections->setLanguage(lang);
    updateTitle();
}

bool EditorWindow::runnable() const
{
    return m_document->runnable();
}

void EditorWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newFromTemplate();
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &EditorWindow::openDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &EditorWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, &EditorWindow::importDialog);
    m_exportAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, &EditorWindow::exportDialog);
    m_runAction = new QAction(this);
    m_runAction->setObjectName(QStringLiteral("runExerciseAction"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &EditorWindow::runExercise);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &EditorWindow::close);
    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
}

void EditorWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction, m_saveAction, m_saveAsAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_runAction);
    m_fileMenu->setToolTipsVisible(true);  // the Run action's tooltip says why it is disabled
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(
        {m_diagnostics->toggleViewAction(), m_cascadeDock->toggleViewAction(), m_historyDock->toggleViewAction()});
}

void EditorWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New from Template"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_importAction->setText(tr("&Import MSEL Spreadsheet…"));
    m_importAction->setStatusTip(tr("Replace the injects with the rows of an MSEL spreadsheet (CSV)"));
    m_exportAction->setText(tr("&Export MSEL Spreadsheet…"));
    m_closeAction->setText(tr("&Close"));
    m_runAction->setText(tr("&Run as Exercise…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_viewMenu->setTitle(tr("&View"));
    m_cascadeDock->setWindowTitle(tr("What Will the Cascade Do"));
    m_historyDock->setWindowTitle(tr("Edit History"));
    m_history->setEmptyLabel(tr("<opened>"));
    const QStringList tabs{tr("Details"), tr("MSEL"),     tr("Rooms"),         tr("Graph"),
                           tr("Truth"),   tr("Timeline"), tr("Other sections")};
    for (int i = 0; i < tabs.size(); ++i)
        m_tabs->setTabText(i, tabs[i]);
    updateTitle();
    updateDiagnostics();
    updateRunAction();
}

void EditorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void EditorWindow::updateTitle()
{
    const QString file =
        m_document->filePath().isEmpty() ? tr("Untitled scenario") : QFileInfo(m_document->filePath()).fileName();
    const QString title = m_document->scenario().meta.title.get(language());
    setWindowTitle((title.isEmpty() ? QString() : title + QStringLiteral(" — ")) + file + QStringLiteral("[*] — ") +
                   tr("CrossDrill Scenario Editor"));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void EditorWindow::updateDiagnostics()
{
    m_diagnostics->setDiagnostics(m_document->diagnostics(), true);
    int errors = 0, warnings = 0;
    for (const scenario::Diagnostic &d : m_document->diagnostics())
        (d.severity == scenario::Diagnostic::Severity::Error ? errors : warnings)++;
    if (errors > 0)
        m_state->setText(tr("%n error(s): can be saved, cannot be run", nullptr, errors));
    else if (warnings > 0)
        m_state->setText(tr("%n warning(s): ready to run", nullptr, warnings));
    else
        m_state->setText(tr("Valid: ready to run"));
}

void EditorWindow::updateRunAction()
{
    if (!m_runAction)
        return;
    const bool runnable = m_document->runnable();
    int errors = 0;
    for (const scenario::Diagnostic &d : m_document->diagnostics())
        errors += d.severity == scenario::Diagnostic::Severity::Error;
    QString why;
    if (runnable)
        why = tr("Save the scenario and start an exercise from it in the console");
    else if (errors > 0)
        why = tr("Cannot run: the scenario has %n error(s); fix them first (see Diagnostics)", nullptr, errors);
    else
        why = tr("Cannot run yet: the scenario is being checked");
    m_runAction->setEnabled(runnable);
    m_runAction->setToolTip(why);
    m_runAction->setStatusTip(why);
}

void EditorWindow::commitPendingEdit()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return;
    focus->clearFocus();  // emits editingFinished / FocusOut synchronously: the form pushes its command
    focus->setFocus();
}

bool EditorWindow::runExercise()
{
    commitPendingEdit();
    m_document->validateNow();
    if (!m_document->runnable())
        return false;
    if ((m_document->isModified() || m_document->filePath().isEmpty()) && !save())
        return false;
    emit runRequested(m_document->filePath());
    return true;
}

bool EditorWindow::recoverUntitled(const QString &file)
{
    scenario::Diagnostics diagnostics;
    if (!m_document->recoverUntitled(file, &diagnostics)) {
        m_diagnostics->setDiagnostics(diagnostics, false);
        m_diagnostics->show();
        return false;
    }
    updateTitle();
    return true;
}

bool EditorWindow::openFile(const QString &path, Recovery recovery)
{
    if (ScenarioDocument::hasRecovery(path)) {
        bool recover = recovery == Recovery::Recover;
        if (recovery == Recovery::Ask) {
            recover = QMessageBox::question(this, tr("Recover Unsaved Edits"),
                                            tr("%1 has unsaved edits from a session that ended unexpectedly. "
                                               "Recover them?")
                                                .arg(QFileInfo(path).fileName()),
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        }
        if (recover && m_document->recover(path)) {
            updateTitle();
            return true;
        }
    }
    scenario::Diagnostics diagnostics;
    if (!m_document->load(path, &diagnostics)) {
        m_diagnostics->setDiagnostics(diagnostics, false);
        m_diagnostics->show();
        m_diagnostics->raise();
        return false;
    }
    return true;
}

bool EditorWindow::newFromTemplate(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    scenario::LoadResult r = scenario::loadScenario(file.readAll(), QFileInfo(resource).fileName());
    if (!r.scenario)
        return false;
    m_document->reset(std::move(*r.scenario));
    m_tabs->setCurrentIndex(DetailsPage);
    return true;
}

bool EditorWindow::save()
{
    commitPendingEdit();
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save({}, &error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("Cannot save: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->filePath()).fileName()), 4000);
    return true;
}

bool EditorWindow::saveAs(const QString &given)
{
    commitPendingEdit();
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), saveAsProposal(m_document->filePath()),
                                            tr("Scenarios (*.cxs.json)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".json")))
            path += QLatin1String(".cxs.json");
    }
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("Cannot save: %1").arg(error));
        return false;
    }
    return true;
}

QString EditorWindow::saveAsProposal(const QString &current)
{
    const QFileInfo file(current);
    const QString home = QDir::homePath() + QLatin1Char('/');
    const QString folder = file.absolutePath();
    if (!current.isEmpty() && QFileInfo(folder).isWritable() && QString(folder + QLatin1Char('/')).startsWith(home))
        return file.absoluteFilePath();
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    const QString name = current.isEmpty() ? QStringLiteral("scenario.cxs.json") : file.fileName();
    return QDir(documents).filePath(name);
}

bool EditorWindow::maybeSave()
{
    commitPendingEdit();
    if (!m_document->isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved Edits"), tr("The scenario has unsaved edits. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_document->discardAutosave();
        return true;
    }
    return false;
}

bool EditorWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A text field takes Ctrl+Z (and Ctrl+Y, Ctrl+Shift+Z) for itself even when it has nothing
    // to undo: once its edit is committed (Enter, Tab) the form sets the field's text again,
    // which clears the field's own history, and Ctrl+Z did nothing at all. While the field has
    // its own history it keeps the key; otherwise the key goes to Edit > Undo/Redo, which undoes
    // the committed edit.
    if (event->type() != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || !isAncestorOf(field))
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo) || key->keyCombination() == (Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!undo && !redo)
        return QMainWindow::eventFilter(watched, event);
    std::optional<bool> own;  // whether the field can undo (redo) by itself; nullopt: not a text field
    if (const auto *line = qobject_cast<QLineEdit *>(field))
        own = undo ? line->isUndoAvailable() : line->isRedoAvailable();
    else if (const auto *plain = qobject_cast<QPlainTextEdit *>(field))
        own = undo ? plain->document()->isUndoAvailable() : plain->document()->isRedoAvailable();
    else if (const auto *rich = qobject_cast<QTextEdit *>(field))
        own = undo ? rich->document()->isUndoAvailable() : rich->document()->isRedoAvailable();
    if (!own || *own)
        return QMainWindow::eventFilter(watched, event);
    event->ignore();  // not overridden: the window's Undo / Redo shortcut fires
    return true;
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        // Saved, discarded or unchanged: nothing left to recover.
        m_document->discardAutosave();
        event->accept();
    } else {
        event->ignore();
    }
}

void EditorWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QDir::currentPath(),
                                                      tr("Scenarios (*.cxs.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool EditorWindow::importMsel(const QString &path, QStringList *problems)
{
    QFile file(path);
    QStringList lines;
    bool ok = false;
    if (!file.open(QIODevice::ReadOnly)) {
        lines << tr("%1: cannot read: %2").arg(path, file.errorString());
    } else {
        scenario::msel::ImportResult r =
            scenario::msel::importCsv(file.readAll(), QFileInfo(path).fileName(), m_document->scenario(),
                                      QFileInfo(m_document->filePath()).fileName());
        for (const scenario::Diagnostic &d : r.diagnostics)
            lines << d.format();
        if (r.scenario) {
            m_document->undoStack()->push(new ImportMselCommand(m_document, r.scenario->injects));
            ok = true;
        }
    }
    if (problems)
        *problems = lines;
    return ok;
}

bool EditorWindow::exportMsel(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(scenario::msel::exportCsv(m_document->scenario()));
    return file.commit();
}

void EditorWindow::importDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import MSEL Spreadsheet"), QDir::currentPath(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList problems;
    if (!importMsel(path, &problems))
        QMessageBox::warning(this, tr("Import MSEL Spreadsheet"),
                             tr("Nothing was imported:") + QLatin1Char('\n') +
                                 problems.mid(0, 20).join(QLatin1Char('\n')));
}

void EditorWindow::exportDialog()
{
    const QString base = m_document->filePath().isEmpty()
                             ? QStringLiteral("msel.csv")
                             : m_document->filePath().section(QLatin1Char('.'), 0, 0) + QStringLiteral(".msel.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export MSEL Spreadsheet"), base, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportMsel(path))
        QMessageBox::warning(this, tr("Export MSEL Spreadsheet"), tr("Cannot write %1").arg(path));
}

void EditorWindow::revealPath(const QString &path)
{
    static const QRegularExpression item(QStringLiteral(
        R"(^(meta|rooms|personas|graph\.nodes|graph\.edges|graph|truth\.shocks|truth|injects|sites|responses|channels|expected_flows|survey)(?:\[(\d+)\])?)"));
    const QRegularExpressionMatch m = item.match(path);
    if (!m.hasMatch())
        return;
    const QString section = m.captured(1);
    const int index = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
    // "injects[3].page.title" -> the field bound to "page.title" (or to "page").
    const QString key = path.mid(m.capturedEnd(0)).section(QLatin1Char('['), 0, 0).mid(1);
    if (section == QLatin1String("injects")) {
        m_tabs->setCurrentIndex(MselPage);
        m_injects->reveal(index, key);
    } else if (section == QLatin1String("rooms")) {
        m_tabs->setCurrentIndex(RoomsPage);
        m_rooms->reveal(index, key);
    } else if (section == QLatin1String("graph.nodes")) {
        m_tabs->setCurrentIndex(GraphPageIndex);
        m_graph->selectNode(index);
    } else if (section == QLatin1String("graph.edges")) {
        m_tabs->setCurrentIndex(GraphPageIndex);
        m_graph->selectEdge(index);
    } else if (section == QLatin1String("graph")) {
        m_tabs->setCurrentIndex(GraphPageIndex);
    } else if (section.startsWith(QLatin1String("truth"))) {
        m_tabs->setCurrentIndex(TruthPageIndex);
        m_truth->selectShock(index);
    } else if (section == QLatin1String("meta")) {
        if (path.startsWith(QLatin1String("meta.objectives"))) {
            m_tabs->setCurrentIndex(SectionsPageIndex);
            m_sections->revealPath(path);
        } else {
            m_tabs->setCurrentIndex(DetailsPage);
        }
    } else {
        m_tabs->setCurrentIndex(SectionsPageIndex);
        m_sections->revealPath(path);
    }
}

}  // namespace cd::editor
