#include "editor/editoractions.h"

#include "editor/editorwindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace cd::editor {

EditorActions::EditorActions(QMenu *menu, gui::Translations *translations, std::function<QString()> currentFile,
                             QWidget *window)
    : QObject(window), m_translations(translations), m_currentFile(std::move(currentFile)), m_edit(new QAction(this)),
      m_new(new QAction(this))
{
    m_edit->setObjectName(QStringLiteral("editScenarioAction"));
    m_new->setObjectName(QStringLiteral("newScenarioAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(m_new);
    menu->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(m_currentFile ? m_currentFile() : QString()); });
    connect(m_new, &QAction::triggered, this, [this] { openEditor(QString()); });
    window->installEventFilter(this);
    retranslateUi();
}

EditorWindow *EditorActions::openEditor(const QString &path)
{
    auto *window = new EditorWindow(m_translations);
    window->setAttribute(Qt::WA_DeleteOnClose);
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
