#pragma once
// The console's Report menu and toolbar entry: the after-action report, the improvement plan
// and the debrief replay of the exercise open in the console, during the exercise (the figures
// so far) and after it. One report window at a time, on the console's own log; it closes when
// the exercise does.

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace cd::store {
class EventLog;
}

namespace cd::gui {

class ReportWindow;

class ReportMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportMenu)

public:
    /// Adds the menu to `menuBar` before `before` (may be null: at the end) and the report
    /// action to `toolBar`; `language` says the UI language the report is written in.
    ReportMenu(QMenuBar *menuBar, QAction *before, QToolBar *toolBar, std::function<QString()> language,
               QWidget *window);
    ~ReportMenu() override;

    QMenu *menu() const { return m_menu; }
    QAction *reportAction() const { return m_report; }
    QAction *replayAction() const { return m_replay; }
    QAction *planAction() const { return m_plan; }
    /// The window open now (null when none).
    ReportWindow *window() const { return m_window; }

    /// The exercise whose report the menu opens (null: none, the actions are disabled). Closes a
    /// window open on another log.
    void setLog(store::EventLog *log);
    /// Opens (or raises and refreshes) the report window at `page` (a ReportWindow::Page).
    ReportWindow *open(int page);
    void retranslateUi();

private:
    QWidget *m_parent;
    std::function<QString()> m_language;
    store::EventLog *m_log = nullptr;
    QPointer<ReportWindow> m_window;
    QMenu *m_menu;
    QAction *m_report;
    QAction *m_plan;
    QAction *m_replay;
};

}  // namespace cd::gui
