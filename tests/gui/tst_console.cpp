// The control console and the player room windows, offscreen: a short exercise driven through
// the widgets (an inject reaches an inbox, a reply as a report shows in the monitor, a call
// rings, is answered and transcribed on both sides, a second caller hears busy, a page is
// posted, a hypothesis judged, a response requested and approved, the survey at the end), with
// every item model checked by QAbstractItemModelTester while it changes; opening a scenario
// starts a new exercise database and opening one resumes it; and the bundled scenario
// mid-exercise. Shortcuts: tst_console_shortcuts; the timeline: tst_console_timeline.
#include "consoletest.h"
#include "control/clockbar.h"
#include "control/console.h"
#include "control/consoleactions.h"
#include "control/exercisesession.h"
#include "control/judgedock.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/scenariopages.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/timelinedock.h"
#include "control/translations.h"
#include "control/truthdock.h"
#include "room/composedialog.h"
#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomactions.h"
#include "room/roomwindow.h"
#include "room/surveyform.h"
#include "room/webpanel.h"
#include "scenario/loader.h"
#include "views/commsfilter.h"
#include "views/commsmodel.h"
#include "views/mailmodel.h"
#include "views/sectorboardmodel.h"
#include "views/timelinemodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace cd::gui;

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDatabasePathNeverOverwrites_data();
    void newDatabasePathNeverOverwrites();
    void openingAScenarioStartsAnExercise_data();
    void openingAScenarioStartsAnExercise();
    void drivesAShortExercise();
    void roomsNeverShowControlOnlyText_data();
    void roomsNeverShowControlOnlyText();
    void reopensTheDatabase();
    void bundledScenarioMidExercise_data();
    void bundledScenarioMidExercise();

private:
    Translations m_translations;
    QTemporaryDir m_folder;  ///< where opened scenarios record their exercises
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    void watch(QAbstractItemModel *m)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestConsole::newDatabasePathNeverOverwrites_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fresh") << "/x/drill.cxs.json" << QStringList{} << "drill-20261127-0305.cxdb";
    QTest::newRow("plain json") << "/x/drill.json" << QStringList{} << "drill-20261127-0305.cxdb";
    QTest::newRow("same minute") << "/x/drill.cxs.json" << QStringList{"drill-20261127-0305.cxdb"}
                                 << "drill-20261127-0305-2.cxdb";
    QTest::newRow("twice more") << "/x/drill.cxs.json"
                                << QStringList{"drill-20261127-0305.cxdb", "drill-20261127-0305-2.cxdb"}
                                << "drill-20261127-0305-3.cxdb";
}

void TestConsole::newDatabasePathNeverOverwrites()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &name : existing) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QDateTime at(QDate(2026, 11, 27), QTime(3, 5, 42));
    QCOMPARE(MainWindow::newDatabasePath(scenario, dir.path(), at), dir.filePath(expected));
}

void TestConsole::openingAScenarioStartsAnExercise_data()
{
    QTest::addColumn<QString>("how");
    // (The command line and the recent files call MainWindow::openFile too.)
    QTest::newRow("openFile") << "openFile";
    QTest::newRow("drop") << "drop";
}

void TestConsole::openingAScenarioStartsAnExercise()
{
    QFETCH(QString, how);
    MainWindow w(&m_translations);
    if (how == "openFile") {
        QVERIFY(w.openFile(drill()));
    } else {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(drill())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QCOMPARE(enter.isAccepted(), true);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
    }
    Console *console = w.console();
    QVERIFY(console);
    // A new database beside the others, named after the scenario; the clock waits at the start.
    const QString db = console->session().databasePath();
    QCOMPARE(QFileInfo(db).absolutePath(), QFileInfo(m_folder.path()).absoluteFilePath());
    QVERIFY2(QFileInfo(db).fileName().startsWith("drill-"), qPrintable(db));
    QCOMPARE(QFileInfo::exists(db), true);
    QCOMPARE(console->session().isRunning(), false);
    QCOMPARE(console->session().minute(), 0);
    QCOMPARE(console->clockBar()->startButton()->text(), QString("Start"));
    QVERIFY2(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(db)),
             qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(settings::recentFiles.value().first(), db);
    // Opening it again is another exercise in another file; the first is left as it was.
    QVERIFY(w.openFile(drill()));
    QVERIFY(w.console());
    QVERIFY(w.console()->session().databasePath() != db);
    QCOMPARE(QFileInfo::exists(db), true);
}

void TestConsole::drivesAShortExercise()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    Console *console = w.console();
    QVERIFY(console);
    ExerciseSession &session = console->session();
    watch(console->timeline()->model());
    watch(console->monitor()->model());
    watch(console->monitor()->filter());
    watch(console->sectors()->model());

    click(console->clockBar()->startButton());
    QCOMPARE(session.isRunning(), true);
    QCOMPARE(console->clockBar()->exerciseClock()->text(), QString("13:00"));

    RoomWindow *opA = console->openRoom("op-a");
    RoomWindow *nisc = console->openRoom("nisc");
    RoomWindow *mic = console->openRoom("mic");
    QCOMPARE(opA->windowTitle(), QString("Telecom operator A — CrossDrill room"));
    MailModel *inbox = opA->mailPanel()->model();
    watch(inbox);

    // The inject reaches op-a's inbox (and mic's, on cc), unread.
    session.runTo(5);
    QCOMPARE(console->clockBar()->exerciseClock()->text(), QString("13:05"));
    QCOMPARE(inbox->rowCount(), 1);
    QCOMPARE(inbox->index(0, MailModel::SubjectColumn).data().toString(), QString("Customers cannot connect"));
    QCOMPARE(inbox->unreadCount(), 1);
    QCOMPARE(opA->unreadShown(), 1);  // on the mail tab
    QCOMPARE(mic->mailPanel()->model()->rowCount(), 1);
    const int i001 = console->timeline()->model()->rowOf("I-001");
    QCOMPARE(console->timeline()->model()->status(i001), QString("fired"));

    // Reading it marks it read (an action that comes back as an event).
    QTreeView *mailView = opA->mailPanel()->view();
    mailView->setCurrentIndex(mailView->model()->index(0, 0));
    QCOMPARE(inbox->unreadCount(), 0);
    QCOMPARE(opA->unreadShown(), 0);
    QVERIFY(opA->mailPanel()->reader()->toPlainText().contains("Many customers report failures."));
    QVERIFY(opA->mailPanel()->reader()->toPlainText().contains("files/map.png"));

    // op-a replies to the ministry as a report (情報連絡); the monitor shows it.
    CommsModel *comms = console->monitor()->model();
    const int before = comms->rowCount();  // the inject's mail and the sites' first pages
    QSignalSpy composed(opA->mailPanel(), &MailPanel::composeOpened);
    click(opA->findChild<QPushButton *>("replyButton"));
    QCOMPARE(composed.size(), 1);
    auto *dialog = qobject_cast<ComposeDialog *>(composed.first().first().value<QWidget *>());
    QVERIFY(dialog);
    QCOMPARE(dialog->to(), QStringList{"persona:customer"});
    dialog->setRecipients({"mic"}, {"nisc"});
    selectData(dialog->kindCombo(), "report");
    QTest::keyClicks(dialog->bodyEdit(), "Our network is failing; power seems to be out.");
    click(dialog->findChild<QPushButton *>("sendButton"));
    QCOMPARE(comms->rowCount(), before + 1);
    QCOMPARE(comms->index(before, CommsModel::FromColumn).data().toString(), QString("Telecom operator A"));
    QCOMPARE(comms->index(before, CommsModel::KindColumn).data().toString(), QString("Report (情報連絡)"));
    QCOMPARE(comms->index(before, CommsModel::TextColumn).data().toString(), QString("Re: Customers cannot connect"));
    QVERIFY(column(console->timeline()->model(), TimelineModel::ExpectedColumn).join(' ').contains("met ✓"));
    QCOMPARE(mic->mailPanel()->model()->rowCount(), 2);
    opA->mailPanel()->folderCombo()->setCurrentIndex(1);
    QCOMPARE(mailView->model()->rowCount(), 1);  // the sent folder

    // op-a calls NISC: it rings there, is answered, and the transcript shows on both sides.
    QSignalSpy rang(nisc->phonePanel(), &PhonePanel::ringing);
    selectData(opA->phonePanel()->calleeCombo(), "nisc");
    click(opA->phonePanel()->callButton());
    QCOMPARE(rang.size(), 1);
    QCOMPARE(rang.first().first().toString(), QString("Telecom operator A"));  // caller id
    QCOMPARE(nisc->phonePanel()->banner()->isVisibleTo(nisc), true);
    click(nisc->phonePanel()->answerButton());
    QCOMPARE(nisc->phonePanel()->banner()->isVisibleTo(nisc), false);
    QTest::keyClicks(opA->phonePanel()->sayEdit(), "Is the power grid down?");
    QTest::keyClick(opA->phonePanel()->sayEdit(), Qt::Key_Return);
    QVERIFY(anyContains(items(opA->phonePanel()->transcript()), "You: Is the power grid down?"));
    QVERIFY(anyContains(items(nisc->phonePanel()->transcript()), "Telecom operator A: Is the power grid down?"));
    QVERIFY(anyContains(column(comms, CommsModel::TextColumn), "Is the power grid down?"));

    // NISC has one line: the ministry's call hears busy.
    selectData(mic->phonePanel()->calleeCombo(), "nisc");
    click(mic->phonePanel()->callButton());
    QCOMPARE(mic->phonePanel()->callLog()->topLevelItem(0)->text(3), QString("Busy"));
    QVERIFY(anyContains(items(mic->phonePanel()->transcript()), "NISC is busy."));
    QCOMPARE(rang.size(), 1);
    click(nisc->phonePanel()->hangUpButton());
    QCOMPARE(opA->phonePanel()->callLog()->topLevelItem(0)->text(3), QString("Ended"));

    // The line is free again: the ministry calls once more and NISC declines; the ministry sees
    // it was declined (not missed), NISC's banner goes, and the monitor shows it.
    click(mic->phonePanel()->callButton());
    QCOMPARE(rang.size(), 2);
    QCOMPARE(nisc->phonePanel()->banner()->isVisibleTo(nisc), true);
    click(nisc->phonePanel()->declineButton());
    QCOMPARE(nisc->phonePanel()->banner()->isVisibleTo(nisc), false);
    QCOMPARE(nisc->phonePanel()->ringingCall(), QString());
    QCOMPARE(mic->phonePanel()->callLog()->topLevelItem(1)->text(3), QString("Declined"));
    QCOMPARE(
        nisc->phonePanel()->callLog()->topLevelItem(nisc->phonePanel()->callLog()->topLevelItemCount() - 1)->text(3),
        QString("Declined"));
    QVERIFY(anyContains(items(mic->phonePanel()->transcript()), "NISC declined the call."));
    QVERIFY(anyContains(column(comms, CommsModel::KindColumn), "call: declined"));

    // NISC posts on the portal; the ministry (a reader) sees it, the monitor lists it.
    selectData(nisc->webPanel()->siteCombo(), "portal");
    QTest::keyClicks(nisc->webPanel()->pathEdit(), "/alerts/1");
    QTest::keyClicks(nisc->webPanel()->titleEdit(), "Power outage advisory");
    QTest::keyClicks(nisc->webPanel()->bodyEdit(), "Check your generators.");
    click(nisc->webPanel()->postButton());
    selectData(mic->webPanel()->siteCombo(), "portal");
    QCOMPARE(items(mic->webPanel()->pageList()), QStringList{"Power outage advisory"});
    QCOMPARE(comms->index(comms->rowCount() - 1, CommsModel::ChannelColumn).data().toString(), QString("Web"));
    QCOMPARE(opA->webPanel()->siteCombo()->findData("portal"), -1);  // op-a may not read it

    // A hypothesis is submitted and judged.
    QTest::keyClicks(opA->playPanel()->hypothesisEdit(), "A vendor's update broke the power control system");
    click(opA->playPanel()->submitHypothesisButton());
    QCOMPARE(console->judge()->hypotheses()->topLevelItemCount(), 1);
    click(console->judge()->correctButton());
    QCOMPARE(opA->playPanel()->hypothesisTree()->topLevelItem(0)->text(1), QString("Correct"));

    // A response needing approval is requested and approved.
    opA->playPanel()->responseTree()->setCurrentItem(opA->playPanel()->responseTree()->topLevelItem(0));
    click(opA->playPanel()->requestButton());
    QCOMPARE(opA->playPanel()->responseTree()->topLevelItem(0)->text(1), QString("Requested, awaiting approval"));
    QCOMPARE(console->judge()->requests()->topLevelItemCount(), 1);
    click(console->judge()->approveButton());
    QCOMPARE(opA->playPanel()->responseTree()->topLevelItem(0)->text(1), QString("Approved, taking effect"));

    // The sector board follows the model: power is hit from +00:10.
    session.runTo(30);
    SectorBoardModel *board = console->sectors()->model();
    QCOMPARE_GT(board->index(0, SectorBoardModel::QColumn).data(SectorBoardModel::QRole).toDouble(), 0.5);

    // The end: the survey appears in the room and is answered once.
    session.end();
    SurveyForm *survey = opA->playPanel()->survey();
    QCOMPARE(survey->isVisibleTo(opA), true);
    QCOMPARE(opA->tabs()->currentWidget(), opA->playPanel());
    qobject_cast<QComboBox *>(survey->input(0))->setCurrentIndex(4);
    QTest::keyClicks(qobject_cast<QLineEdit *>(survey->input(1)), "Phones were busy.");
    click(survey->sendButton());
    QCOMPARE(survey->sendButton()->isEnabled(), false);
    QCOMPARE(console->clockBar()->startButton()->isEnabled(), false);
}

void TestConsole::roomsNeverShowControlOnlyText_data()
{
    QTest::addColumn<QString>("room");
    QTest::newRow("nisc") << "nisc";
    QTest::newRow("mic") << "mic";
    QTest::newRow("op-a") << "op-a";
    QTest::newRow("op-b") << "op-b";
}

void TestConsole::roomsNeverShowControlOnlyText()
{
    QFETCH(QString, room);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    Console *console = w.console();
    console->session().start();
    console->session().runTo(60);
    QVERIFY(console->truth()->text()->toPlainText().contains("SECRET-ROOT-CAUSE"));
    QVERIFY(console->truth()->banner()->text().contains("CONTROL ONLY"));
    RoomWindow *win = console->openRoom(room);
    // Every text any widget of the room window holds.
    QStringList texts;
    for (const QObject *o : win->findChildren<QObject *>()) {
        if (auto *l = qobject_cast<const QLabel *>(o))
            texts << l->text();
        if (auto *b = qobject_cast<const QTextBrowser *>(o))
            texts << b->toPlainText();
        if (auto *lw = qobject_cast<const QListWidget *>(o))
            texts << items(lw);
        if (auto *t = qobject_cast<const QTreeWidget *>(o))
            for (int i = 0; i < t->topLevelItemCount(); ++i)
                for (int c = 0; c < t->columnCount(); ++c)
                    texts << t->topLevelItem(i)->text(c);
        if (auto *v = qobject_cast<const QTreeView *>(o))
            for (int c = 0; c < v->model()->columnCount(); ++c)
                texts << column(v->model(), c);
    }
    const QString all = texts.join('\n');
    QVERIFY(!all.isEmpty());
    QVERIFY2(!all.contains("SECRET"), qPrintable(all));
}

void TestConsole::reopensTheDatabase()
{
    QString db;
    {
        MainWindow w(&m_translations);
        QVERIFY(w.openFile(drill()));
        db = w.console()->session().databasePath();
        w.console()->session().start();
        w.console()->session().runTo(20);
    }
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(db));
    Console *console = w.console();
    QVERIFY(console);
    // Resumes at the last minute the log recorded anything (the engine redoes it).
    QCOMPARE_LE(console->session().minute(), 20);
    QCOMPARE_GE(console->session().minute(), 15);
    // The docks caught up with the log: I-001 and I-003 fired, the mail is in the monitor.
    TimelineModel *timeline = console->timeline()->model();
    QCOMPARE(timeline->status(timeline->rowOf("I-001")), QString("fired"));
    QCOMPARE(timeline->status(timeline->rowOf("I-003")), QString("fired"));
    QCOMPARE(timeline->status(timeline->rowOf("I-005")), QString("pending"));
    QCOMPARE(console->openRoom("op-a")->mailPanel()->model()->rowCount(), 1);
    // It waits where it stopped, for the control team to resume it.
    const int minute = console->session().minute();
    QCOMPARE(console->session().isRunning(), false);
    QCOMPARE(console->clockBar()->startButton()->text(), QString("Resume"));
    QCOMPARE(console->actions()->run()->text(), QString("&Resume the clock"));
    QCOMPARE(console->session().databasePath(), db);
    click(console->clockBar()->startButton());
    QCOMPARE(console->session().isRunning(), true);
    QCOMPARE(console->session().minute(), minute);
    QCOMPARE(timeline->status(timeline->rowOf("I-001")), QString("fired"));  // not fired again
}

void TestConsole::bundledScenarioMidExercise_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

void TestConsole::bundledScenarioMidExercise()
{
    QFETCH(QString, lang);
    m_translations.apply(lang);
    const QString base = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector");
    MainWindow w(&m_translations);
    w.resize(1600, 1000);
    QVERIFY(w.openFile(base + ".cxs.json"));
    Console *console = w.console();
    QString error;
    QVERIFY2(console->session().loadPlayerScript(base + ".players.json", &error), qPrintable(error));
    console->session().start();
    console->session().runTo(120);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE_GT(console->monitor()->model()->rowCount(), 10);
    int fired = 0;
    TimelineModel *timeline = console->timeline()->model();
    for (int r = 0; r < timeline->rowCount(); ++r)
        fired += timeline->status(r) == QLatin1String("fired");
    QCOMPARE_GT(fired, 5);
    const QStringList rooms{"op-toto-telecom", "nisc", "mic"};
    std::vector<RoomWindow *> windows;
    for (const QString &room : rooms) {
        windows.push_back(console->openRoom(room));
        windows.back()->resize(1100, 720);
        QCOMPARE_GT(windows.back()->mailPanel()->model()->rowCount(), 0);
    }
    // The timeline names the parties in the UI language.
    const int i004 = timeline->rowOf("I-004");
    QCOMPARE(timeline->index(i004, TimelineModel::ToColumn).data().toString(),
             lang == "ja" ? QString("東都通信") : QString("Toto Telecom"));
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
