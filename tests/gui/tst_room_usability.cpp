// The room window's usability fixes (issue 18), offscreen on the console test drill: the ringing
// banner does not move the controls, an unanswered outgoing call reads "no answer", "Post a
// page…" is disabled with its reason where the room cannot post, after the end only reading
// and the survey remain, a refusal from the log is history (not a new status message), the
// room's clock follows the exercise clock, and the survey's questions wrap above their answers.
#include "consoletest.h"
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/settings.h"
#include "control/translations.h"
#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomactions.h"
#include "room/roomwindow.h"
#include "room/surveyform.h"
#include "room/webpanel.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace cd::gui;

class TestRoomUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bannerDoesNotMoveTheControls();
    void unansweredOutgoingCallSaysNoAnswer_data();
    void unansweredOutgoingCallSaysNoAnswer();
    void postIsDisabledWithItsReason_data();
    void postIsDisabledWithItsReason();
    void afterTheEndOnlyReadingAndTheSurvey();
    void refusalFromTheLogIsHistory_data();
    void refusalFromTheLogIsHistory();
    void clockFollowsTheExerciseClock();
    void surveyQuestionsWrapAboveTheirAnswers();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestRoomUsability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestRoomUsability::bannerDoesNotMoveTheControls()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    RoomWindow *nisc = w.console()->openRoom("nisc");
    nisc->resize(1000, 700);
    QVERIFY(QTest::qWaitForWindowExposed(nisc));
    QPushButton *hangUp = nisc->phonePanel()->hangUpButton();
    nisc->tabs()->setCurrentWidget(nisc->phonePanel());
    const QPoint tabsBefore = nisc->tabs()->mapTo(nisc, QPoint(0, 0));
    const QPoint hangUpBefore = hangUp->mapTo(nisc, QPoint(0, 0));
    QCOMPARE(nisc->phonePanel()->banner()->isVisible(), false);

    QVERIFY(session.endpoint("op-a").placeCall("nisc").ok);
    QCOMPARE(nisc->phonePanel()->banner()->isVisible(), true);
    QCoreApplication::processEvents();  // the window lays itself out again
    QCOMPARE(nisc->tabs()->mapTo(nisc, QPoint(0, 0)), tabsBefore);
    QCOMPARE(hangUp->mapTo(nisc, QPoint(0, 0)), hangUpBefore);
}

void TestRoomUsability::unansweredOutgoingCallSaysNoAnswer_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("status");
    QTest::newRow("caller") << "op-a"
                            << "Outgoing"
                            << "No answer";
    QTest::newRow("callee") << "nisc"
                            << "Incoming"
                            << "Missed";
}

void TestRoomUsability::unansweredOutgoingCallSaysNoAnswer()
{
    QFETCH(QString, room);
    QFETCH(QString, direction);
    QFETCH(QString, status);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    RoomWindow *window = w.console()->openRoom(room);
    QVERIFY(session.endpoint("op-a").placeCall("nisc").ok);
    session.runTo(15);  // nobody answers
    QTreeWidget *log = window->phonePanel()->callLog();
    QCOMPARE(log->topLevelItemCount(), 1);
    QCOMPARE(log->topLevelItem(0)->text(1), direction);
    QCOMPARE(log->topLevelItem(0)->text(3), status);
}

void TestRoomUsability::postIsDisabledWithItsReason_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("site");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");
    // "news" is read by all and posted on by none; nisc may post on "portal".
    QTest::newRow("nisc on portal") << "nisc"
                                    << "portal" << true << "";
    QTest::newRow("nisc on news") << "nisc"
                                  << "news" << false << "This room cannot post on the selected site";
    QTest::newRow("op-a on news") << "op-a"
                                  << "news" << false << "This room cannot post on the selected site";
}

void TestRoomUsability::postIsDisabledWithItsReason()
{
    QFETCH(QString, room);
    QFETCH(QString, site);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    RoomWindow *window = w.console()->openRoom(room);
    WebPanel *web = window->webPanel();
    selectData(web->siteCombo(), site);
    QAction *post = window->roomActions()->post();
    QCOMPARE(post->isEnabled(), enabled);
    QCOMPARE(web->postButton()->isVisibleTo(web), enabled);
    if (!enabled) {
        QVERIFY2(post->toolTip().startsWith(reason), qPrintable(post->toolTip()));
        QCOMPARE(post->statusTip(), post->toolTip());
        // The tab says it too, where the form would be.
        bool said = false;
        for (const QLabel *label : web->findChildren<QLabel *>())
            said = said || (label->isVisibleTo(web) && label->text().contains("not post on it"));
        QVERIFY(said);
    }
}

void TestRoomUsability::afterTheEndOnlyReadingAndTheSurvey()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    session.runTo(6);
    RoomWindow *nisc = w.console()->openRoom("nisc");
    PlayPanel *play = nisc->playPanel();
    RoomActions *actions = nisc->roomActions();
    QCOMPARE(play->submitHypothesisButton()->isEnabled(), true);
    QCOMPARE(play->requestButton()->isEnabled(), true);
    QCOMPARE(actions->newMail()->isEnabled(), true);

    session.end();
    QCOMPARE(nisc->exerciseEnded(), true);
    for (QWidget *off : std::initializer_list<QWidget *>{play->submitHypothesisButton(), play->requestButton(),
                                                         play->hypothesisEdit(), nisc->phonePanel()->callButton(),
                                                         nisc->findChild<QPushButton *>("newMailButton"),
                                                         nisc->findChild<QPushButton *>("replyButton")}) {
        QVERIFY(off);
        QVERIFY2(!off->isEnabled(), qPrintable(off->objectName()));
    }
    QVERIFY(play->submitHypothesisButton()->toolTip().contains("only the survey remains"));
    for (QAction *off : {actions->newMail(), actions->reply(), actions->forward(), actions->placeCall(),
                         actions->answer(), actions->post()})
        QVERIFY2(!off->isEnabled(), qPrintable(off->objectName()));
    // Reading stays: the mail list and the tabs; the survey opens and can be sent.
    QCOMPARE(nisc->mailPanel()->view()->isEnabled(), true);
    QCOMPARE(play->survey()->isVisibleTo(play), true);
    QCOMPARE(play->survey()->findChild<QPushButton *>("sendSurveyButton")->isEnabled(), true);
}

void TestRoomUsability::refusalFromTheLogIsHistory_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<bool>("announced");
    QTest::newRow("live") << "live" << true;
    QTest::newRow("before the window opened") << "before" << false;
    QTest::newRow("replayed backlog") << "replaying" << false;
}

void TestRoomUsability::refusalFromTheLogIsHistory()
{
    QFETCH(QString, when);
    QFETCH(bool, announced);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    const auto refuse = [&session] {
        QCOMPARE(session.endpoint("nisc").requestResponse("no-such-response").ok, false);
    };
    if (when == "before")
        refuse();
    RoomWindow *nisc = w.console()->openRoom("nisc");
    if (when == "replaying")
        nisc->setReplaying(true);
    if (when != "before")
        refuse();
    QCOMPARE(nisc->statusBar()->currentMessage().startsWith("Not done: "), announced);
}

void TestRoomUsability::clockFollowsTheExerciseClock()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    RoomWindow *nisc = w.console()->openRoom("nisc");
    auto *clock = nisc->findChild<QLabel *>("roomClock");
    QVERIFY(clock);
    session.start();
    // nisc receives nothing at minutes 7 to 9 (the inject at +00:05 goes to op-a): its clock
    // moves anyway.
    session.runTo(9);
    QCOMPARE(clock->text(), QString("Exercise time 13:09"));
}

void TestRoomUsability::surveyQuestionsWrapAboveTheirAnswers()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    ExerciseSession &session = w.console()->session();
    session.start();
    RoomWindow *nisc = w.console()->openRoom("nisc");
    session.end();
    SurveyForm *survey = nisc->playPanel()->survey();
    auto *form = qobject_cast<QFormLayout *>(survey->layout());
    QVERIFY(form);
    QCOMPARE(form->rowWrapPolicy(), QFormLayout::WrapAllRows);
    const auto *label = qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget());
    QVERIFY(label);
    QCOMPARE(label->wordWrap(), true);
    // On a small screen the survey scrolls rather than squeezing its questions.
    QVERIFY(qobject_cast<QScrollArea *>(survey->parentWidget()->parentWidget()));
}

QTEST_MAIN(TestRoomUsability)
#include "tst_room_usability.moc"
