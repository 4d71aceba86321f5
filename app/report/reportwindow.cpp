#include "report/reportwindow.h"

#include "report/debriefreplay.h"
#include "report/documents.h"
#include "report/reportview.h"
#include "store/eventlog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace cd::gui {

ReportWindow::ReportWindow(const QString &dbPath, const QString &lang, QWidget *parent)
    : QMainWindow(parent), m_lang(lang), m_view(new ReportView(dbPath, lang, this))
{
    build();
}

ReportWindow::ReportWindow(store::EventLog &log, const QString &lang, QWidget *parent)
    : QMainWindow(parent), m_lang(lang), m_view(new ReportView(log, lang, this))
{
    build();
}

ReportWindow::~ReportWindow() = default;

void ReportWindow::build()
{
    setObjectName(QStringLiteral("reportWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose, false);  // the console's Report menu owns and reuses it
    const QString db = m_view->log() ? m_view->log()->path() : QString();
    setWindowTitle(tr("After-action report — %1").arg(QFileInfo(db).fileName()));
    // The report view's tabs (report, plan) get the replay as a third page: one tab bar.
    m_pages = m_view->tabs();
    setCentralWidget(m_view);
    rebuildReplay();
    createMenus();
    connect(m_view, &ReportView::replayRequested, this, [this](int minute) {
        showPage(ReplayPage);
        if (m_replay)
            m_replay->setMinute(minute);
    });
    statusBar()->showMessage(tr("Figures from the exercise log up to %1; Report > Refresh brings them up to date.")
                                 .arg(scenario::formatOffset(m_view->report().endMin)));
    resize(1280, 800);
}

void ReportWindow::rebuildReplay()
{
    const int minute = m_replay ? m_replay->minute() : 0;
    const int index = m_pages->currentIndex();
    if (m_replay) {
        m_pages->removeTab(ReplayPage);
        delete m_replay;
        m_replay = nullptr;
    }
    if (!m_view->errorText().isEmpty() || !m_view->log())
        return;
    std::vector<store::Event> events;
    try {
        events = m_view->log()->read();
    } catch (const store::Error &) {
        return;  // the view shows why the log cannot be read
    }
    m_replay = new DebriefReplay(m_view->report(), std::move(events), m_pages);
    m_pages->insertTab(ReplayPage, m_replay, tr("Debrief replay"));
    m_replay->setMinute(minute);
    m_pages->setCurrentIndex(index);
}

void ReportWindow::createMenus()
{
    QMenu *report = menuBar()->addMenu(tr("&Report"));
    QAction *refresh = report->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this,
                                         &ReportWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshReportAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    report->addSeparator();
    const std::pair<QString, QString> formats[] = {{QStringLiteral("pdf"), tr("Export &PDF…")},
                                                   {QStringLiteral("html"), tr("Export &HTML…")},
                                                   {QStringLiteral("md"), tr("Export &Markdown…")},
                                                   {QStringLiteral("json"), tr("Export &JSON…")}};
    QAction *pdf = nullptr;
    for (const auto &[suffix, label] : formats) {
        QAction *a = report->addAction(label, this, [this, s = suffix] { m_view->exportWithDialog(s); });
        a->setObjectName(QStringLiteral("exportAction_") + suffix);
        a->setEnabled(m_view->errorText().isEmpty());
        if (!pdf)
            pdf = a;
    }
    report->addSeparator();
    QAction *close = report->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_view->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_view->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Report"), tr("&Improvement plan"), tr("&Debrief replay")};
    for (int page = 0; page < 3; ++page) {
        m_pageActions[page] = view->addAction(names[page], this, [this, page] { showPage(Page(page)); });
        m_pageActions[page]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }

    QToolBar *bar = addToolBar(tr("Report"));
    bar->setObjectName(QStringLiteral("reportToolBar"));
    bar->setMovable(false);
    bar->addAction(refresh);
    bar->addAction(pdf);
    bar->addSeparator();
    for (QAction *page : m_pageActions)
        bar->addAction(page);
}

void ReportWindow::showPage(Page page)
{
    if (page == ReplayPage && !m_replay)
        page = ReportPage;
    m_pages->setCurrentIndex(int(page));
}

ReportWindow::Page ReportWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void ReportWindow::refresh()
{
    m_view->refresh();
    rebuildReplay();
    statusBar()->showMessage(
        tr("Figures from the exercise log up to %1.").arg(scenario::formatOffset(m_view->report().endMin)));
}

}  // namespace cd::gui
