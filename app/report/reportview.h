#pragma once
// The after-action report inside the app: the report (QTextBrowser, the same document the PDF
// prints), export buttons (JSON, HTML, Markdown, PDF) and the improvement plan as an editable
// table saved to the exercise database. Self-contained: the control console docks it.

#include "report/report.h"

#include <QWidget>

#include <memory>

class QTextBrowser;
class QTableView;
class QLabel;

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
    PlanModel *planModel() const { return m_plan; }
    QString errorText() const { return m_error; }

    /// Writes the report to `path` in the format its extension names (json, html, md, pdf), with
    /// the improvement plan as currently edited. False + *error on failure.
    bool exportTo(const QString &path, QString *error);
    /// Saves the edited improvement plan to the database.
    bool savePlan(QString *error);

private:
    void build(store::EventLog *log, const QString &lang);
    void refreshDocument();
    void exportWithDialog(const QString &suffix);

    std::unique_ptr<store::EventLog> m_ownedLog;
    QString m_dbPath;
    report::Report m_report;
    QString m_error;
    QTextBrowser *m_browser = nullptr;
    QTableView *m_table = nullptr;
    PlanModel *m_plan = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace cd::gui
