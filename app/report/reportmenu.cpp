#include "report/reportmenu.h"

#include "report/reportwindow.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace cd::gui {

ReportMenu::ReportMenu(QMenuBar *menuBar, QAction *before, QToolBar *toolBar, std::function<QString()> language,
                       QWidget *window)
    : QObject(window), m_parent(window), m_language(std::move(language)), m_menu(new QMenu(menuBar))
{
    m_menu->setObjectName(QStringLiteral("reportMenu"));
    menuBar->insertMenu(before, m_menu);
    const auto add = [this](const char *name, const QKeySequence &key, int page) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, page] { open(page); });
        m_menu->addAction(a);
        return a;
    };
    m_report = add("reportAction", QKeySequence(Qt::Key_F9), ReportWindow::ReportPage);
    m_report->setIcon(QIcon::fromTheme(QStringLiteral("x-office-document")));
    m_plan = add("planAction", QKeySequence(Qt::CTRL | Qt::Key_F9), ReportWindow::PlanPage);
    m_replay = add("replayAction", QKeySequence(Qt::SHIFT | Qt::Key_F9), ReportWindow::ReplayPage);
    if (toolBar)
        toolBar->addAction(m_report);
    retranslateUi();
}

ReportMenu::~ReportMenu()
{
    delete m_window;
}

void ReportMenu::setLog(store::EventLog *log)
{
    if (log == m_log)
        return;
    delete m_window;  // its log is going (or another exercise is opening)
    m_log = log;
    for (QAction *a : {m_report, m_plan, m_replay})
        a->setEnabled(log != nullptr);
}

ReportWindow *ReportMenu::open(int page)
{
    if (!m_log)
        return nullptr;
    const QString language = m_language();
    ReportWindow *window = m_window.data();
    if (window && window->language() != language) {
        delete window;  // written in the language chosen since
        window = nullptr;
    }
    if (!window) {
        window = new ReportWindow(*m_log, language, m_parent);
        m_window = window;
    } else {
        window->refresh();  // the exercise may have gone on: the figures so far
    }
    window->showPage(ReportWindow::Page(page));
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ReportMenu::retranslateUi()
{
    m_menu->setTitle(tr("Re&port"));
    m_report->setText(tr("After-action &report"));
    m_report->setStatusTip(tr("The after-action report of this exercise: the figures so far while it runs"));
    m_report->setToolTip(tr("After-action report (F9)"));
    m_plan->setText(tr("&Improvement plan"));
    m_plan->setStatusTip(tr("Fill in the improvement plan (Appendix A of the report)"));
    m_replay->setText(tr("&Debrief replay"));
    m_replay->setStatusTip(tr("Replay the exercise minute by minute for the hot wash"));
}

}  // namespace cd::gui
