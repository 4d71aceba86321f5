#include "report/reportview.h"

#include "report/commands/addplanrowcommand.h"
#include "report/commands/removeplanrowcommand.h"
#include "report/documents.h"
#include "report/pdf.h"
#include "report/plandelegate.h"
#include "report/planmodel.h"
#include "store/eventlog.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::gui {

namespace {

QString languageOr(const QString &lang)
{
    if (!lang.isEmpty())
        return lang;
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

}  // namespace

ReportView::ReportView(const QString &dbPath, const QString &lang, QWidget *parent) : QWidget(parent), m_dbPath(dbPath)
{
    try {
        m_ownedLog = store::EventLog::open(dbPath, store::Access::Reader);  // viewing never writes
        m_log = m_ownedLog.get();
    } catch (const store::Error &e) {
        m_error = e.message();
    }
    build(lang);
}

ReportView::ReportView(store::EventLog &log, const QString &lang, QWidget *parent)
    : QWidget(parent), m_log(&log), m_dbPath(log.path())
{
    build(lang);
}

ReportView::~ReportView() = default;

bool ReportView::compute()
{
    if (!m_log)
        return false;
    report::Report fresh;
    fresh.lang = m_report.lang;
    QString error;
    QProgressDialog progress(tr("Computing the after-action report..."), tr("Cancel"), 0, 100, this);
    progress.setMinimumDuration(500);
    const auto step = [&progress](int percent, const QString &) {
        progress.setValue(percent);
        return !progress.wasCanceled();
    };
    try {
        if (!report::computeFromLog(*m_log, &fresh, &error, step) && error.isEmpty())
            error = tr("Cancelled.");
    } catch (const store::Error &e) {
        error = e.message();
    }
    m_error = error;
    if (error.isEmpty())
        m_report = std::move(fresh);
    return error.isEmpty();
}

void ReportView::build(const QString &lang)
{
    m_report.lang = languageOr(lang);
    if (m_error.isEmpty())
        compute();

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_browser = new QTextBrowser(m_tabs);
    m_browser->setObjectName(QStringLiteral("reportBrowser"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("replay"))
            emit replayRequested(url.path().toInt());
    });
    m_tabs->addTab(m_browser, tr("Report"));
    m_tabs->addTab(buildPlanPage(m_tabs), tr("Improvement plan"));
    layout->addWidget(m_tabs);

    auto *exports = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    exports->addWidget(m_status, 1);
    const std::pair<QString, QString> formats[] = {{QStringLiteral("json"), tr("Export JSON...")},
                                                   {QStringLiteral("html"), tr("Export HTML...")},
                                                   {QStringLiteral("md"), tr("Export Markdown...")},
                                                   {QStringLiteral("pdf"), tr("Export PDF...")}};
    for (const auto &[suffix, label] : formats) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(QStringLiteral("export_") + suffix);
        b->setEnabled(m_error.isEmpty());
        connect(b, &QPushButton::clicked, this, [this, s = suffix] { exportWithDialog(s); });
        exports->addWidget(b);
    }
    layout->addLayout(exports);
    refreshDocument();
}

QWidget *ReportView::buildPlanPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *planLayout = new QVBoxLayout(page);
    m_undo = new QUndoStack(this);
    m_plan = new PlanModel(m_report.plan, this);
    m_plan->setUndoStack(m_undo);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_plan);
    m_table->setItemDelegate(new PlanDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PlanModel::Issue, 320);
    m_table->setColumnWidth(PlanModel::CorrectiveAction, 240);
    m_table->setWordWrap(true);
    planLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const char *name, const QString &text) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button("addPlanRow", tr("Add row"));
    QPushButton *remove = button("removePlanRow", tr("Delete row"));
    QPushButton *undo = button("undoPlan", tr("Undo"));
    QPushButton *redo = button("redoPlan", tr("Redo"));
    buttons->addStretch();
    QPushButton *save = button("savePlan", tr("Save plan"));
    planLayout->addLayout(buttons);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : m_plan->rowCount();
        m_undo->push(new AddPlanRowCommand(m_plan, row));
        m_table->setCurrentIndex(m_plan->index(row, PlanModel::Issue));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_undo->push(new RemovePlanRowCommand(m_plan, m_table->currentIndex().row()));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!savePlan(&error))
            QMessageBox::warning(this, tr("Improvement plan"), error);
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_status->setText(clean ? QString() : tr("The improvement plan has unsaved changes."));
    });
    return page;
}

void ReportView::showPlan()
{
    m_tabs->setCurrentIndex(1);
}

void ReportView::refreshDocument()
{
    if (!m_error.isEmpty()) {
        m_browser->setPlainText(tr("The report cannot be computed:\n%1").arg(m_error));
        return;
    }
    m_report.plan = m_plan->items();
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int scroll = bar->value();
    loadReportDocument(m_report, m_browser->document(), /*linkTimes=*/true);
    // Loading the document leaves the browser's text cursor after the inserted text, and a text
    // browser scrolls to its cursor when it is first shown: the report opened at its end. The
    // cursor goes back to the start, so the page opens at the top.
    m_browser->moveCursor(QTextCursor::Start);
    // A refresh keeps the reader's place: the document is laid out whole first (otherwise the
    // layout finishes in steps from a timer and the scroll range is still short here).
    m_browser->document()->documentLayout()->documentSize();
    bar->setValue(scroll);
}

bool ReportView::refresh()
{
    const bool ok = compute();
    // The plan being edited survives; an untouched one follows the new figures' seed.
    if (ok && m_undo->isClean() && m_undo->count() == 0)
        m_plan->setItems(m_report.plan);
    refreshDocument();
    emit refreshed();
    return ok;
}

bool ReportView::savePlan(QString *error)
{
    if (!m_plan->save(m_dbPath, error))
        return false;
    refreshDocument();
    m_status->setText(tr("Improvement plan saved."));
    return true;
}

bool ReportView::exportTo(const QString &path, QString *error, const report::Progress &progress)
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    m_report.plan = m_plan->items();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(m_report, path, error, progress);
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(report::toJson(m_report)).toJson(QJsonDocument::Indented);
    else if (suffix == QLatin1String("html"))
        bytes = report::toHtml(m_report).toUtf8();
    else if (suffix == QLatin1String("md"))
        bytes = report::toMarkdown(m_report).toUtf8();
    else {
        *error = tr("%1: the file must end in .json, .html, .md or .pdf").arg(path);
        return false;
    }
    if (progress && !progress(50, tr("writing")))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (progress)
        progress(100, tr("done"));
    return true;
}

void ReportView::exportWithDialog(const QString &suffix)
{
    const QString base = QFileInfo(m_dbPath).completeBaseName() + QStringLiteral("-report.") + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QFileInfo(m_dbPath).dir().filePath(base), tr("Report (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    QProgressDialog dialog(tr("Exporting the report..."), tr("Cancel"), 0, 100, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    const auto progress = [&dialog](int percent, const QString &what) {
        dialog.setLabelText(tr("Exporting the report: %1").arg(what));
        dialog.setValue(percent);
        return !dialog.wasCanceled();
    };
    QString error;
    if (!exportTo(path, &error, progress)) {
        if (!dialog.wasCanceled())
            QMessageBox::warning(this, tr("Export the report"), error);
        m_status->setText(dialog.wasCanceled() ? tr("Export cancelled.") : error);
    } else {
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    }
}

}  // namespace cd::gui
