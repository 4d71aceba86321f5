// The after-action phase reached from the console, offscreen: the Report menu and toolbar entry
// are enabled while an exercise is open and open the report window on the console's own log
// (the figures so far during the exercise, brought up to date as it goes on), the improvement
// plan (edits undone and redone, statuses saved to the database) and the debrief replay; an
// ended exercise's database opens with its report first; closing the exercise closes the
// window. In English and Japanese.
#include "consoletest.h"
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/settings.h"
#include "control/translations.h"
#include "report/debriefreplay.h"
#include "report/plan.h"
#include "report/planmodel.h"
#include "report/reportmenu.h"
#include "report/reportview.h"
#include "report/reportwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace cd;
using namespace cd::gui;

class TestReportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reachesTheReportFromTheConsoleMenu_data();
    void reachesTheReportFromTheConsoleMenu();
    void editsThePlanWithUndo();
    void endedExerciseOpensWithItsReport();
    void closingTheExerciseClosesTheReport();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestReportMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    settings::consoleWorkspace.remove();  // the default workspace, laid out afresh
}

void TestReportMenu::cleanup()
{
    m_translations.apply(QStringLiteral("en"));
}

void TestReportMenu::reachesTheReportFromTheConsoleMenu_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("menuTitle");
    QTest::addColumn<QString>("replayTab");
    QTest::newRow("en") << "en"
                        << "Report"
                        << "Debrief replay";
    QTest::newRow("ja") << "ja"
                        << "報告"
                        << "振り返り再生";
}

void TestReportMenu::reachesTheReportFromTheConsoleMenu()
{
    QFETCH(QString, lang);
    QFETCH(QString, menuTitle);
    QFETCH(QString, replayTab);
    m_translations.apply(lang);
    MainWindow w(&m_translations);
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("reportMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->title().remove(QLatin1Char('&')).section(QLatin1Char('('), 0, 0), menuTitle);
    QAction *report = w.reportMenu()->reportAction();
    QVERIFY(menu->actions().contains(report));
    QVERIFY(w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(report));
    QCOMPARE(report->isEnabled(), false);  // no exercise yet

    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    QCOMPARE(report->isEnabled(), true);
    session.start();
    session.runTo(20);

    // During the exercise: the figures so far.
    report->trigger();
    ReportWindow *window = w.reportMenu()->window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentPage(), ReportWindow::ReportPage);
    QCOMPARE(window->view()->errorText(), QString());
    QCOMPARE(window->view()->report().lang, lang);
    // The figures so far: up to the last minute the log recorded anything.
    const int endBefore = window->view()->report().endMin;
    QCOMPARE_LE(endBefore, session.minute());
    QCOMPARE_GE(endBefore, 15);
    QVERIFY(!window->view()->browser()->toPlainText().isEmpty());
    const size_t eventsBefore = window->view()->report().timeline.size();

    // The exercise goes on; opening the report again brings the figures up to date.
    session.runTo(50);
    w.reportMenu()->replayAction()->trigger();
    QCOMPARE(w.reportMenu()->window(), window);
    QCOMPARE(window->currentPage(), ReportWindow::ReplayPage);
    QCOMPARE(window->view()->tabs()->tabText(ReportWindow::ReplayPage), replayTab);
    QCOMPARE_LE(window->view()->report().endMin, session.minute());
    QCOMPARE_GT(window->view()->report().endMin, endBefore);
    QCOMPARE_GT(window->view()->report().timeline.size(), eventsBefore);
    DebriefReplay *replay = window->replay();
    QVERIFY(replay);
    QCOMPARE(replay->endMinute(), window->view()->report().endMin);
    replay->setMinute(5);
    QCOMPARE(replay->state().minute, 5);

    // A time in the report opens the replay there.
    window->showPage(ReportWindow::ReportPage);
    emit window->view()->replayRequested(12);
    QCOMPARE(window->currentPage(), ReportWindow::ReplayPage);
    QCOMPARE(window->replay()->minute(), 12);

    w.reportMenu()->planAction()->trigger();
    QCOMPARE(window->currentPage(), ReportWindow::PlanPage);
}

void TestReportMenu::editsThePlanWithUndo()
{
    m_translations.apply(QStringLiteral("en"));
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    const QString db = session.databasePath();
    session.start();
    session.runTo(60);
    ReportWindow *window = w.reportMenu()->open(ReportWindow::PlanPage);
    QVERIFY(window);
    PlanModel *plan = window->view()->planModel();
    QUndoStack *undo = window->view()->undoStack();
    const int rows = plan->rowCount();

    QVERIFY(plan->setData(plan->index(0, PlanModel::Organisation), QStringLiteral("Telecom operator A")) || rows == 0);
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addPlanRow"));
    auto *remove = window->findChild<QPushButton *>(QStringLiteral("removePlanRow"));
    click(add);
    QCOMPARE(plan->rowCount(), rows + 1);
    const int added = rows == 0 ? 0 : 1;  // after the current row, or the first
    QVERIFY(plan->setData(plan->index(added, PlanModel::Issue), QStringLiteral("Fax machine broken")));
    QVERIFY(plan->setData(plan->index(added, PlanModel::Status), QStringLiteral("progress")));
    QVERIFY(!plan->setData(plan->index(added, PlanModel::Status), QStringLiteral("later")));  // not a status
    QCOMPARE(plan->index(added, PlanModel::Status).data().toString(), QStringLiteral("in progress"));
    const int steps = undo->count();
    undo->undo();
    QCOMPARE(plan->index(added, PlanModel::Status).data(Qt::EditRole).toString(), QStringLiteral("open"));
    undo->redo();
    QCOMPARE(plan->index(added, PlanModel::Status).data(Qt::EditRole).toString(), QStringLiteral("progress"));
    QCOMPARE(undo->count(), steps);

    // Deleting a row and undoing it puts it back as it was.
    window->findChild<QTableView *>(QStringLiteral("planTable"))->setCurrentIndex(plan->index(added, 0));
    click(remove);
    QCOMPARE(plan->rowCount(), rows);
    undo->undo();
    QCOMPARE(plan->rowCount(), rows + 1);
    QCOMPARE(plan->index(added, PlanModel::Issue).data().toString(), QStringLiteral("Fax machine broken"));

    QString error;
    QVERIFY2(window->view()->savePlan(&error), qPrintable(error));
    QVERIFY(undo->isClean());
    report::PlanStore store(db);
    const auto saved = store.load();
    QVERIFY(saved.has_value());
    QCOMPARE(int(saved->size()), rows + 1);
    QCOMPARE(saved->at(size_t(added)).issue, QStringLiteral("Fax machine broken"));
    QCOMPARE(saved->at(size_t(added)).status, QStringLiteral("progress"));
    // Appendix A prints it.
    QVERIFY(window->view()->browser()->toPlainText().contains(QStringLiteral("Fax machine broken")));
}

void TestReportMenu::endedExerciseOpensWithItsReport()
{
    m_translations.apply(QStringLiteral("en"));
    QString db;
    {
        MainWindow w(&m_translations);
        QVERIFY(w.openFile(drill()));
        db = w.console()->session().databasePath();
        w.console()->session().start();
        w.console()->session().runTo(60);
        w.console()->session().end();
        QVERIFY(w.console()->session().ended());
    }
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(db));
    ReportWindow *window = w.reportMenu()->window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentPage(), ReportWindow::ReportPage);
    QCOMPARE(window->view()->errorText(), QString());
    QCOMPARE(window->view()->report().endMin, 60);
}

void TestReportMenu::closingTheExerciseClosesTheReport()
{
    m_translations.apply(QStringLiteral("en"));
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    w.console()->session().start();
    w.console()->session().runTo(10);
    QVERIFY(w.reportMenu()->open(ReportWindow::ReportPage));
    // Another exercise: the window on the old log goes, the actions stay for the new one.
    QVERIFY(w.openFile(drill()));
    QCOMPARE(w.reportMenu()->window(), nullptr);
    QCOMPARE(w.reportMenu()->reportAction()->isEnabled(), true);
    ReportWindow *window = w.reportMenu()->open(ReportWindow::ReportPage);
    QVERIFY(window);
    QCOMPARE(window->view()->report().endMin, 0);
}

QTEST_MAIN(TestReportMenu)
#include "tst_report_menu.moc"
