// The console's workspaces (View > Workspace) at 1366x768 and 1920x1080, offscreen on the
// bundled scenario (14 sectors): what each shows, that the sector board shows every sector
// without scrolling where the issue asks, the MSEL status column and monitor rows in sight, and
// that each workspace's arrangement and the one in use are kept between sessions.
#include "control/console.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/timelinedock.h"
#include "control/translations.h"
#include "control/truthdock.h"
#include "control/whitecelldock.h"
#include "control/workspaces.h"
#include "views/timelinemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd::gui;

namespace {
QString bundled()
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
}

/// Rows of `view` wholly in sight.
int rowsInSight(const QTableView *view)
{
    const int height = view->viewport()->height();
    int rows = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->rowViewportPosition(r) >= 0 && view->rowViewportPosition(r) + view->rowHeight(r) <= height)
            ++rows;
    return rows;
}

/// Whether column `logical` of `view` is wholly in sight.
bool columnInSight(const QTableView *view, int logical)
{
    const int x = view->columnViewportPosition(logical);
    return x >= 0 && x + view->columnWidth(logical) <= view->viewport()->width() + 1;
}
}  // namespace

class TestConsoleWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void keptBetweenSessions();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestConsoleWorkspaces::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_translations.apply(QStringLiteral("en"));
}

void TestConsoleWorkspaces::init()
{
    QSettings().clear();  // every case starts from the built-in arrangements
    settings::exerciseFolder.setValue(m_folder.path());
}

void TestConsoleWorkspaces::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("workspace");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<int>("sectorRows");     // sector board rows in sight at least (0: not shown)
    QTest::addColumn<int>("monitorRows");    // communications monitor rows in sight at least
    QTest::addColumn<bool>("statusColumn");  // the MSEL timeline's status column in sight
    const QSize small(1366, 768), large(1920, 1080);
    const QStringList conduct{"timelineDock", "monitorDock", "sectorDock", "truthDock"};
    QTest::newRow("conduct 1920x1080") << large << int(Workspaces::Conduct) << conduct << 14 << 8 << true;
    // At 1366x768 the truth and the white cell are tabs behind the sector board.
    QTest::newRow("conduct 1366x768") << small << int(Workspaces::Conduct)
                                      << QStringList{"timelineDock", "monitorDock", "sectorDock"} << 6 << 4 << true;
    QTest::newRow("model 1920x1080") << large << int(Workspaces::Model)
                                     << QStringList{"sectorDock", "truthDock", "timelineDock"} << 14 << 0 << true;
    QTest::newRow("model 1366x768") << small << int(Workspaces::Model)
                                    << QStringList{"sectorDock", "truthDock", "timelineDock"} << 12 << 0 << false;
    QTest::newRow("communications 1366x768")
        << small << int(Workspaces::Communications) << QStringList{"monitorDock", "whiteCellDock"} << 0 << 12 << false;
    QTest::newRow("communications 1920x1080")
        << large << int(Workspaces::Communications) << QStringList{"monitorDock", "whiteCellDock"} << 0 << 20 << false;
    QTest::newRow("evaluation 1366x768") << small << int(Workspaces::Evaluation)
                                         << QStringList{"monitorDock", "judgeDock"} << 0 << 12 << false;
}

void TestConsoleWorkspaces::fitsTheScreen()
{
    QFETCH(QSize, screen);
    QFETCH(int, workspace);
    QFETCH(QStringList, shown);
    QFETCH(int, sectorRows);
    QFETCH(int, monitorRows);
    QFETCH(bool, statusColumn);
    MainWindow w(&m_translations);
    w.resize(screen);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(bundled()));
    Workspaces *spaces = w.workspaces();
    QVERIFY(spaces);
    spaces->action(Workspaces::Id(workspace))->trigger();
    QCOMPARE(int(spaces->current()), workspace);
    QTest::qWait(50);  // the window lays the arrangement out
    for (const QString &name : shown) {
        auto *dock = w.findChild<QDockWidget *>(name);
        QVERIFY2(dock && dock->isVisible(), qPrintable(name));
        QVERIFY2(!dock->visibleRegion().isEmpty(), qPrintable(name + " is behind another tab"));
    }
    Console *console = w.console();
    if (sectorRows > 0) {
        const QTableView *board = console->sectors()->view();
        QVERIFY2(rowsInSight(board) >= sectorRows,
                 qPrintable(QString("%1 sector rows in sight").arg(rowsInSight(board))));
    }
    if (monitorRows > 0) {
        auto *view = console->monitor()->findChild<QTableView *>("monitorView");
        const int rows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= monitorRows, qPrintable(QString("%1 monitor rows").arg(rows)));
    }
    if (statusColumn)
        QVERIFY(columnInSight(console->timeline()->view(), TimelineModel::StatusColumn));
}

void TestConsoleWorkspaces::keptBetweenSessions()
{
    {
        MainWindow w(&m_translations);
        w.resize(1366, 768);
        w.show();
        QVERIFY(w.openFile(bundled()));
        QCOMPARE(w.workspaces()->current(), Workspaces::Conduct);
        w.workspaces()->action(Workspaces::Model)->trigger();
        QCOMPARE(w.console()->monitor()->isVisible(), false);
        w.console()->truth()->hide();  // the user closes a panel in this workspace
        w.workspaces()->action(Workspaces::Conduct)->trigger();
        QCOMPARE(w.console()->truth()->isVisible(), true);
        w.workspaces()->action(Workspaces::Model)->trigger();
        QCOMPARE(w.console()->truth()->isVisible(), false);  // remembered
        w.close();
    }
    MainWindow again(&m_translations);
    again.resize(1366, 768);
    again.show();
    QVERIFY(again.openFile(bundled()));
    QCOMPARE(again.workspaces()->current(), Workspaces::Model);
    QCOMPARE(again.workspaces()->action(Workspaces::Model)->isChecked(), true);
    QCOMPARE(again.console()->truth()->isVisible(), false);
    QCOMPARE(again.console()->sectors()->isVisible(), true);
    again.workspaces()->resetAction()->trigger();
    QCOMPARE(again.console()->truth()->isVisible(), true);
}

QTEST_MAIN(TestConsoleWorkspaces)
#include "tst_console_workspaces.moc"
