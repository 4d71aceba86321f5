#pragma once
// The after-action report inside the app: the report (QTextBrowser, the same document the PDF
// prints; every time in its tables is a link that opens the debrief replay there), export buttons
// (JSON, HTML, Markdown, PDF, with progress) and the improvement plan as an editable table with
// undo, saved to the exercise database. During an exercise refresh() recomputes the figures so
// far from the log. Self-contained: the report window holds it.

#include "report/report.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace cd::store {
class EventLog;
}

namespace cd::gui {

class PlanModel;

class ReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)

public:
    /// Opens the exercise database at `dbPath` and computes its report in `lang` ("ja" or "en";
    /// empty: from the locale). A database that cannot be read shows its error in the view.
    explicit ReportView(const QString &dbPath, const QString &lang = {}, QWidget *parent = nullptr);
    /// Same on an already open log (not owned; it must outlive the view).
    explicit ReportView(store::EventLog &log, const QString &lang = {}, QWidget *parent = nullptr);
    ~ReportView() override;

    const report::Report &report() const { return m_report; }
    store::EventLog *log() const { return m_log; }
    PlanModel *planModel() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undo; }
    QTextBrowser *browser() const { return m_browser; }
    /// The pages (report, improvement plan); the report window adds the replay here.
    QTabWidget *tabs() const { return m_tabs; }
    QString errorText() const { return m_error; }

    /// Writes the report to `path` in the format its extension names (json, html, md, pdf), with
    /// the improvement plan as currently edited. False + *error on failure or when `progress`
    /// cancels.
    bool exportTo(const QString &path, QString *error, const report::Progress &progress = {});
    /// Asks for a file name, then exports with a progress dialog.
    void exportWithDialog(const QString &suffix);
    /// Saves the edited improvement plan to the database.
    bool savePlan(QString *error);
    /// Recomputes the figures from the log (the exercise may have gone on); the plan being
    /// edited is kept. False (the error shown) when the log cannot be read.
    bool refresh();
    void showPlan();

signals:
    /// A time in the report was clicked: show the debrief replay at `minute`.
    void replayRequested(int minute);
    void refreshed();

private:
    void build(const QString &lang);
    bool compute();
    QWidget *buildPlanPage(QWidget *parent);
    void refreshDocument();

    std::unique_ptr<store::EventLog> m_ownedLog;
    store::EventLog *m_log = nullptr;
    QString m_dbPath;
    report::Report m_report;
    QString m_error;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTableView *m_table = nullptr;
    PlanModel *m_plan = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace cd::gui
