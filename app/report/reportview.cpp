#include "report/reportview.h"

#include "report/documents.h"
#include "report/pdf.h"
#include "report/planmodel.h"
#include "store/eventlog.h"

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
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
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
    } catch (const store::Error &e) {
        m_error = e.message();
    }
    build(m_ownedLog.get(), lang);
}

ReportView::ReportView(store::EventLog &log, const QString &lang, QWidget *parent)
    : QWidget(parent), m_dbPath(log.path())
{
    build(&log, lang);
}

ReportView::~ReportView() = default;

void ReportView::build(store::EventLog *log, const QString &lang)
{
    m_report.lang = languageOr(lang);
    if (log && m_error.isEmpty()) {
        QProgressDialog progress(tr("Computing the after-action report..."), tr("Cancel"), 0, 100, this);
        progress.setMinimumDuration(500);
        const auto step = [&progress](int percent, const QString &) {
            progress.setValue(percent);
            return !progress.wasCanceled();
        };
        try {
            if (!report::computeFromLog(*log, &m_report, &m_error, step) && m_error.isEmpty())
                m_error = tr("Cancelled.");
        } catch (const store::Error &e) {
            m_error = e.message();
        }
    }

    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    m_browser = new QTextBrowser(tabs);
    m_browser->setOpenLinks(false);
    tabs->addTab(m_browser, tr("Report"));

    auto *planPage = new QWidget(tabs);
    auto *planLayout = new QVBoxLayout(planPage);
    m_plan = new PlanModel(m_report.plan, this);
    m_table = new QTableView(planPage);
    m_table->setModel(m_plan);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    planLayout->addWidget(m_table);
    auto *planButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add row"), planPage);
    auto *remove = new QPushButton(tr("Remove row"), planPage);
    auto *save = new QPushButton(tr("Save plan"), planPage);
    add->setObjectName(QStringLiteral("addPlanRow"));
    remove->setObjectName(QStringLiteral("removePlanRow"));
    save->setObjectName(QStringLiteral("savePlan"));
    planButtons->addWidget(add);
    planButtons->addWidget(remove);
    planButtons->addStretch();
    planButtons->addWidget(save);
    planLayout->addLayout(planButtons);
    tabs->addTab(planPage, tr("Improvement plan"));
    layout->addWidget(tabs);

    auto *exports = new QHBoxLayout;
    m_status = new QLabel(this);
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

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : m_plan->rowCount();
        m_plan->insertRows(row, 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_plan->removeRows(m_table->currentIndex().row(), 1);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!savePlan(&error))
            QMessageBox::warning(this, tr("Improvement plan"), error);
    });
    connect(m_plan, &PlanModel::modifiedChanged, this, [this](bool modified) {
        m_status->setText(modified ? tr("The improvement plan has unsaved changes.") : QString());
    });
    refreshDocument();
}

void ReportView::refreshDocument()
{
    if (!m_error.isEmpty()) {
        m_browser->setPlainText(tr("The report cannot be computed:\n%1").arg(m_error));
        return;
    }
    m_report.plan = m_plan->items();
    loadReportDocument(m_report, m_browser->document());
}

bool ReportView::savePlan(QString *error)
{
    if (!m_plan->save(m_dbPath, error))
        return false;
    refreshDocument();
    m_status->setText(tr("Improvement plan saved."));
    return true;
}

bool ReportView::exportTo(const QString &path, QString *error)
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    m_report.plan = m_plan->items();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(m_report, path, error);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReportView::exportWithDialog(const QString &suffix)
{
    const QString base = QFileInfo(m_dbPath).completeBaseName() + QStringLiteral("-report.") + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QFileInfo(m_dbPath).dir().filePath(base), tr("Report (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the report"), error);
    else
        m_status->setText(tr("Exported to %1").arg(path));
}

}  // namespace cd::gui
