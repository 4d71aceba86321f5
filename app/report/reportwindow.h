#pragma once
// The after-action window: the report, the improvement plan and the debrief replay as three
// pages of one window (a projector gets the whole screen for the hot wash), with the exports,
// undo of plan edits and a refresh for an exercise still running. Opened from the console's
// Report menu, for an ended exercise when its database is opened, or by
// `crossdrill report DB --view`.

#include <QMainWindow>

#include <memory>

class QAction;
class QTabWidget;

namespace cd::store {
class EventLog;
}

namespace cd::gui {

class DebriefReplay;
class ReportView;

class ReportWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWindow)

public:
    enum Page { ReportPage, PlanPage, ReplayPage };

    /// Opens the database at `dbPath` itself (the report alone, no exercise running).
    ReportWindow(const QString &dbPath, const QString &lang, QWidget *parent = nullptr);
    /// On the log of the exercise open in the console (not owned; must outlive the window).
    ReportWindow(store::EventLog &log, const QString &lang, QWidget *parent = nullptr);
    ~ReportWindow() override;

    ReportView *view() const { return m_view; }
    DebriefReplay *replay() const { return m_replay; }
    QString language() const { return m_lang; }
    void showPage(Page page);
    Page currentPage() const;
    /// Recomputes the report and the replay from the log (figures so far during an exercise).
    void refresh();

private:
    void build();
    void createMenus();
    void rebuildReplay();

    QString m_lang;
    ReportView *m_view = nullptr;
    DebriefReplay *m_replay = nullptr;
    QTabWidget *m_pages = nullptr;
    QAction *m_pageActions[3] = {};
};

}  // namespace cd::gui
