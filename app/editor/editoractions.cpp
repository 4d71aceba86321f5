#include "editor/editoractions.h"

#include "editor/editorwindow.h"
#include "editor/scenariodocument.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

namespace cd::editor {

EditorActions::EditorActions(QMenu *menu, gui::Translations *translations, std::function<QString()> currentFile,
                             QWidget *window)
    : QObject(window), m_window(window), m_translations(translations), m_currentFile(std::move(currentFile)),
      m_edit(new QAction(this)), m_new(new QAction(this))
{
    m_edit->setObjectName(QStringLiteral("editScenarioAction"));
    m_new->setObjectName(QStringLiteral("newScenarioAction"));
    // The console's "Start new exercise" is Ctrl+Shift+E (branch console): one key each, never
    // the same one twice (an ambiguous shortcut triggers neither action).
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(m_new);
    menu->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(m_currentFile ? m_currentFile() : QString()); });
    connect(m_new, &QAction::triggered, this, [this] { openEditor(QString()); });
    window->installEventFilter(this);
    retranslateUi();
    QTimer::singleShot(0, this, &EditorActions::offerRecovery);
}

EditorWindow *EditorActions::newWindow()
{
    auto *window = new EditorWindow(m_translations);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &EditorWindow::runRequested, this, &EditorActions::runRequested);
    return window;
}

QList<EditorWindow *> EditorActions::recoverUntitled(const QStringList &files)
{
    QList<EditorWindow *> windows;
    for (const QString &file : files) {
        EditorWindow *window = newWindow();
        window->recoverUntitled(file);  // on failure the window lists the problems
        window->show();
        windows << window;
    }
    return windows;
}

QWidget *EditorActions::offerRecovery()
{
    const QStringList files = ScenarioDocument::untitledRecoveries();
    if (files.isEmpty())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Recover Unsaved Scenarios"),
                                tr("%n untitled scenario(s) have unsaved edits from a session that ended "
                                   "unexpectedly. Recover them?",
                                   nullptr, int(files.size())),
                                QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("recoveryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, files] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Yes) {
            recoverUntitled(files);
        } else if (answer == QMessageBox::Discard) {
            for (const QString &file : files) {
                QFile::remove(file);
                QFile::remove(ScenarioDocument::layoutPath(file));
            }
        }
    });
    box->open();
    return box;
}

EditorWindow *EditorActions::openEditor(const QString &path)
{
    EditorWindow *window = newWindow();
    if (path.isEmpty())
        window->newFromTemplate();
    else
        window->openFile(path);  // on failure the window lists the load's problems
    window->show();
    return window;
}

bool EditorActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void EditorActions::retranslateUi()
{
    m_edit->setText(tr("&Edit Scenario…"));
    m_edit->setStatusTip(tr("Open this scenario in the scenario editor"));
    m_new->setText(tr("&New Scenario from Template…"));
}

}  // namespace cd::editor
