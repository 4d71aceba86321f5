// The console's usability fixes (issue 18), offscreen on the console test drill: one Resume
// button, nothing "next" or "at risk" after the end, Ctrl+Q asks once and closes every window,
// who read which mail when and its delivery delay, the alert while a room calls a persona, and
// Help > User guide in both languages.
#include "consoletest.h"
#include "control/clockbar.h"
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/translations.h"
#include "control/truthdock.h"
#include "control/whitecelldock.h"
#include "room/roomwindow.h"
#include "views/commsmodel.h"
#include "views/sectorboardmodel.h"
#include "views/userguide.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace cd::gui;

namespace {
/// The texts of the clock bar's visible buttons.
QStringList visibleButtons(const ClockBar *bar)
{
    QCoreApplication::processEvents();  // the tool bar lays its widgets out (and hides them) later
    QStringList out;
    for (const QPushButton *b : bar->findChildren<QPushButton *>())
        if (b->isVisibleTo(bar))
            out << b->text();
    out.sort();
    return out;
}
}  // namespace

class TestConsoleUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneResumeButton();
    void nothingNextOrAtRiskAfterTheEnd();
    void quitAsksOnceAndClosesEverything_data();
    void quitAsksOnceAndClosesEverything();
    void mailDeliveryAndReaders();
    void alertWhileARoomCallsAPersona();
    void userGuideInBothLanguages_data();
    void userGuideInBothLanguages();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestConsoleUsability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestConsoleUsability::oneResumeButton()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    w.show();
    ClockBar *bar = w.console()->clockBar();
    ExerciseSession &session = w.console()->session();
    QCOMPARE(visibleButtons(bar), (QStringList{"End exercise", "Start"}));
    click(bar->startButton());
    QCOMPARE(visibleButtons(bar), (QStringList{"End exercise", "Pause"}));
    session.runTo(3);
    click(bar->pauseButton());
    QCOMPARE(session.isPaused(), true);
    QCOMPARE(visibleButtons(bar), (QStringList{"End exercise", "Resume"}));
    click(bar->pauseButton());
    QCOMPARE(session.isPaused(), false);
}

void TestConsoleUsability::nothingNextOrAtRiskAfterTheEnd()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json")));
    ExerciseSession &session = w.console()->session();
    session.start();
    session.runTo(150);  // the cascade is under way: some sectors are at risk
    const QList<QLabel *> next = w.console()->clockBar()->findChildren<QLabel *>();
    const auto nextText = [&] {
        for (const QLabel *l : next)
            if (l->text().contains("inject"))
                return l->text();
        return QString();
    };
    QVERIFY2(nextText().startsWith("next inject in"), qPrintable(nextText()));
    const SectorBoardModel *board = w.console()->sectors()->model();
    const QStringList before = column(board, SectorBoardModel::TimeToBreachColumn);
    QVERIFY2(before.filter(" min").size() + before.filter("not at risk").size() > 0, qPrintable(before.join('|')));

    session.end();
    QCOMPARE(nextText(), QString("no more injects: the survey is open"));
    for (const QString &cell : column(board, SectorBoardModel::TimeToBreachColumn))
        QCOMPARE(cell, QString("—"));
}

void TestConsoleUsability::quitAsksOnceAndClosesEverything_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("yes") << QMessageBox::Yes;
    QTest::newRow("no") << QMessageBox::No;
}

void TestConsoleUsability::quitAsksOnceAndClosesEverything()
{
    QFETCH(QMessageBox::StandardButton, answer);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.console()->openAllRooms();
    QDockWidget *floating = w.console()->monitor();
    floating->setFloating(true);
    QAction *edit = w.findChild<QAction *>("editScenarioAction");
    QVERIFY(edit);
    edit->trigger();
    QWidgetList windows;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible())
            windows << top;
    QVERIFY2(windows.size() >= 4 + 1 + 1 + 1, qPrintable(QString::number(windows.size())));  // rooms, editor, dock

    int asked = 0;
    QString question;
    QTimer::singleShot(0, this, [&] {
        QMessageBox *box = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *b = qobject_cast<QMessageBox *>(top);
                b && b->isVisible() && b->windowTitle() == "Quit CrossDrill")
                box = b;
        QVERIFY(box);
        ++asked;
        question = box->text();
        box->button(answer)->click();
    });
    w.quitAction()->trigger();
    QCOMPARE(asked, 1);
    QVERIFY2(question.contains(QFileInfo(w.console()->session().databasePath()).fileName()), qPrintable(question));
    QVERIFY(question.contains("The exercise is saved"));
    QStringList stillOpen;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible())
            stillOpen << top->objectName() + ":" + top->windowTitle();
    if (answer == QMessageBox::Yes)
        QVERIFY2(stillOpen.isEmpty(), qPrintable(stillOpen.join(", ")));
    else
        QCOMPARE(stillOpen.size(), windows.size());
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != &w && top->testAttribute(Qt::WA_DeleteOnClose))
            top->close();
}

void TestConsoleUsability::mailDeliveryAndReaders()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    session.runTo(5);  // I-001 reaches op-a (and mic on cc)
    CommsModel *comms = w.console()->monitor()->model();
    int row = -1;
    for (int r = 0; r < comms->rowCount(); ++r)
        if (comms->index(r, CommsModel::TextColumn).data().toString() == "Customers cannot connect")
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(comms->index(row, CommsModel::DeliveryColumn).data().toString(), QString("at once"));
    QCOMPARE(comms->index(row, CommsModel::ReadColumn).data().toString(), QString("unread"));
    session.runTo(8);
    QVERIFY(session.endpoint("op-a").markRead("I-001").ok);
    QCOMPARE(comms->index(row, CommsModel::ReadColumn).data().toString(), QString("Telecom operator A 13:08"));
    session.runTo(12);
    QVERIFY(session.endpoint("mic").markRead("I-001").ok);
    QCOMPARE(comms->index(row, CommsModel::ReadColumn).data().toString().count("13:"), 2);
    QCOMPARE(comms->headerData(CommsModel::ReadColumn, Qt::Horizontal).toString(), QString("Read by"));
}

void TestConsoleUsability::alertWhileARoomCallsAPersona()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    w.show();
    ExerciseSession &session = w.console()->session();
    WhiteCellDock *cell = w.console()->whiteCell();
    w.console()->truth()->raise();  // the white cell behind another tab
    session.start();
    session.runTo(2);
    QLabel *alert = cell->callAlert();
    QCOMPARE(alert->isVisibleTo(cell), false);
    QVERIFY(session.endpoint("op-a").placeCall("persona:customer").ok);
    QCOMPARE(alert->isVisibleTo(cell), true);
    QVERIFY(cell->isVisible());  // brought to the front
    QVERIFY2(alert->text().contains("waiting 0 min"), qPrintable(alert->text()));
    session.runTo(3);
    QVERIFY2(alert->text().contains("waiting 1 min"), qPrintable(alert->text()));
    QVERIFY2(alert->text().contains("Telecom operator A"), qPrintable(alert->text()));
    click(cell->answerButton());
    QCOMPARE(alert->isVisibleTo(cell), false);
}

void TestConsoleUsability::userGuideInBothLanguages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << "en"
                        << "CrossDrill user guide";
    QTest::newRow("ja") << "ja"
                        << "CrossDrill 利用の手引き";
}

void TestConsoleUsability::userGuideInBothLanguages()
{
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    m_translations.apply(lang);
    MainWindow w(&m_translations);
    QAction *guide = w.findChild<QAction *>("userGuideAction");
    QVERIFY(guide);
    guide->trigger();
    auto *dialog = w.findChild<UserGuideDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->isVisible(), true);
    const QString text = dialog->browser()->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(80)));
    // From opening a scenario to the report, for both audiences.
    for (const char *part : {"crossdrill report", ".cxdb", "Ctrl+Shift+A"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    // It follows a language switch while open.
    const QString other = lang == "en" ? "ja" : "en";
    m_translations.apply(other);
    QCoreApplication::processEvents();  // the language change reaches the windows
    const QString otherHeading = other == "ja" ? QString("CrossDrill 利用の手引き") : QString("CrossDrill user guide");
    QVERIFY2(dialog->browser()->toPlainText().startsWith(otherHeading),
             qPrintable(dialog->browser()->toPlainText().left(80)));
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestConsoleUsability)
#include "tst_console_usability.moc"
