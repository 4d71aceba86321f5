// The white cell's phone for the personas, offscreen: a room calls a persona, the call shows
// in the white cell by names (ids in the tooltips), and the control team answers, declines or
// hangs up through the buttons or the console's shortcuts (the room window's keys, with
// Ctrl+Shift+X for decline since Ctrl+Shift+D is Delay); the room sees the outcome. The list of
// calls is the white cell's queue: the calls ringing for a persona first, longest-waiting on top,
// with their wait in exercise minutes counting up with the clock; other calls show none.
#include "control/console.h"
#include "control/consoleactions.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/settings.h"
#include "control/translations.h"
#include "control/whitecelldock.h"
#include "room/phonepanel.h"
#include "room/roomwindow.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cd::gui;

class TestWhiteCell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personaCall_data();
    void personaCall();
    void namesInTheUiLanguage_data();
    void namesInTheUiLanguage();
    void queueShowsTheWaits_data();
    void queueShowsTheWaits();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestWhiteCell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestWhiteCell::personaCall_data()
{
    QTest::addColumn<QString>("act");  // what the control team does to the ringing call
    QTest::addColumn<bool>("byKey");   // the console's shortcut rather than the button
    QTest::addColumn<QString>("whiteCellStatus");
    QTest::addColumn<QString>("roomStatus");  // the caller room's call log
    QTest::addColumn<QString>("event");       // what the engine recorded
    QTest::addColumn<QString>("buttons");     // answer, decline, hang up enabled afterwards
    QTest::newRow("decline button") << "decline" << false << "Declined"
                                    << "Declined"
                                    << "call.declined"
                                    << "000";
    QTest::newRow("decline Ctrl+Shift+X") << "decline" << true << "Declined"
                                          << "Declined"
                                          << "call.declined"
                                          << "000";
    QTest::newRow("answer button") << "answer" << false << "Connected"
                                   << "Connected"
                                   << "call.answered"
                                   << "001";
    QTest::newRow("answer Ctrl+Shift+A") << "answer" << true << "Connected"
                                         << "Connected"
                                         << "call.answered"
                                         << "001";
    QTest::newRow("hang up while ringing does nothing") << "hangup" << true << "Ringing"
                                                        << "Ringing"
                                                        << "call.ringing"
                                                        << "110";
}

void TestWhiteCell::personaCall()
{
    QFETCH(QString, act);
    QFETCH(bool, byKey);
    QFETCH(QString, whiteCellStatus);
    QFETCH(QString, roomStatus);
    QFETCH(QString, event);
    QFETCH(QString, buttons);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_TEST_DATA "/console/drill.cxs.json")));
    Console *console = w.console();
    ExerciseSession &session = console->session();
    session.start();
    session.runTo(3);
    WhiteCellDock *cell = console->whiteCell();
    QCOMPARE(cell->declineButton()->isEnabled(), false);

    RoomWindow *opA = console->openRoom("op-a");
    const int i = opA->phonePanel()->calleeCombo()->findData("persona:press");
    QVERIFY(i >= 0);
    opA->phonePanel()->calleeCombo()->setCurrentIndex(i);
    QTest::mouseClick(opA->phonePanel()->callButton(), Qt::LeftButton);
    QCOMPARE(cell->calls()->topLevelItemCount(), 1);
    QCOMPARE(cell->calls()->currentItem(), cell->calls()->topLevelItem(0));
    QCOMPARE(cell->calls()->topLevelItem(0)->text(3), QString("Ringing"));
    QCOMPARE(cell->answerButton()->isEnabled(), true);
    QCOMPARE(cell->declineButton()->isEnabled(), true);
    QCOMPARE(cell->hangUpButton()->isEnabled(), false);  // a ringing call is answered or declined

    ConsoleActions *a = console->actions();
    QAction *action = act == "decline" ? a->declineCall() : act == "answer" ? a->answerCall() : a->hangUpCall();
    QPushButton *button = act == "decline"  ? cell->declineButton()
                          : act == "answer" ? cell->answerButton()
                                            : cell->hangUpButton();
    w.show();  // buttons of a window never shown take no clicks
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    if (byKey) {
        const QKeySequence k = action->shortcut();
        QTest::keyClick(&w, Qt::Key(k[0].key()), k[0].keyboardModifiers());
    } else {
        QTest::mouseClick(button, Qt::LeftButton);
    }

    if (cell->calls()->topLevelItem(0)->text(3) != whiteCellStatus)
        for (const cd::store::Event &e : session.exercise().log().read())
            qDebug() << e.seq << e.kind << e.actor << e.payload;
    QCOMPARE(cell->calls()->topLevelItem(0)->text(3), whiteCellStatus);
    QCOMPARE(opA->phonePanel()->callLog()->topLevelItem(0)->text(3), roomStatus);
    const std::vector<cd::store::Event> events = session.exercise().log().read();
    QString last;
    for (const cd::store::Event &e : events)
        if (e.kind.startsWith("call.") && e.kind != "call.say" && e.kind != "call.opening")
            last = e.kind + " by " + e.actor;
    QCOMPARE(last, event + (event == "call.ringing" ? " by op-a" : " by control"));
    const QString enabled = QString::number(int(cell->answerButton()->isEnabled())) +
                            QString::number(int(cell->declineButton()->isEnabled())) +
                            QString::number(int(cell->hangUpButton()->isEnabled()));
    QCOMPARE(enabled, buttons);
}

void TestWhiteCell::namesInTheUiLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("declineText");
    QTest::newRow("en") << "en"
                        << "Toto Telecom"
                        << "Chronos Time Systems support centre"
                        << "Decline (Ctrl+Shift+X)";
    QTest::newRow("ja") << "ja"
                        << "東都通信"
                        << "クロノス時刻システム株式会社 サポートセンター"
                        << "拒否 (Ctrl+Shift+X)";
}

void TestWhiteCell::namesInTheUiLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, room);
    QFETCH(QString, persona);
    QFETCH(QString, declineText);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json")));
    Console *console = w.console();
    console->session().start();
    console->session().runTo(2);
    // A room calls a persona, and a persona (the white cell) calls a room.
    cd::exercise::Exercise &ex = console->session().exercise();
    QVERIFY(ex.perform("op-toto-telecom", QJsonObject{{"do", "call"}, {"to", "persona:chronos"}}).ok);
    QVERIFY(ex.perform("control", QJsonObject{{"do", "call"}, {"from", "persona:chronos"}, {"to", "mic"}}).ok);
    m_translations.apply(lang);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);  // widgets retranslate
    WhiteCellDock *cell = console->whiteCell();
    QCOMPARE(cell->calls()->topLevelItemCount(), 2);
    const QTreeWidgetItem *incoming = cell->calls()->topLevelItem(0);
    QCOMPARE(incoming->text(1), room);
    QCOMPARE(incoming->toolTip(1), room + " (op-toto-telecom)");
    QCOMPARE(incoming->text(2), persona);
    QCOMPARE(incoming->toolTip(2), persona + " (persona:chronos)");
    QCOMPARE(cell->calls()->topLevelItem(1)->text(1), persona);
    QCOMPARE(cell->calls()->topLevelItem(1)->toolTip(2),
             (lang == "ja" ? QString("総務省") : QString("Ministry of Internal Affairs and Communications (MIC)")) +
                 " (mic)");
    QCOMPARE(cell->declineButton()->text(), declineText);
    m_translations.apply(QStringLiteral("en"));
}

void TestWhiteCell::queueShowsTheWaits_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("waits");  // at +00:05, in the list's order
    QTest::addColumn<QString>("later");      // the one call still waiting at +00:06
    QTest::newRow("en") << "en" << QStringList{"2 min", "1 min", "< 1 min", ""} << "1 min";
    QTest::newRow("ja") << "ja" << QStringList{"2 分", "1 分", "1 分未満", ""} << "1 分";
}

void TestWhiteCell::queueShowsTheWaits()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, waits);
    QFETCH(QString, later);
    m_translations.apply(lang);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_TEST_DATA "/console/drill.cxs.json")));
    ExerciseSession &session = w.console()->session();
    cd::exercise::Exercise &ex = session.exercise();
    session.start();
    // nisc's call (+00:02) is answered; op-a's (+00:03), op-b's (+00:04) and mic's (+00:05) ring.
    const auto call = [&](int minute, const QString &room, const QString &persona) {
        session.runTo(minute);
        return ex.perform(room, QJsonObject{{"do", "call"}, {"to", persona}}).ok;
    };
    QVERIFY(call(2, "nisc", "persona:customer"));
    QVERIFY(ex.perform("control", QJsonObject{{"do", "answer"}, {"call", "call-1"}}).ok);
    QVERIFY(call(3, "op-a", "persona:press"));
    QVERIFY(call(4, "op-b", "persona:customer"));
    QVERIFY(call(5, "mic", "persona:press"));
    QTreeWidget *calls = w.console()->whiteCell()->calls();
    const auto column = [calls](int c) {
        QStringList out;
        for (int i = 0; i < calls->topLevelItemCount(); ++i)
            out << calls->topLevelItem(i)->text(c);
        return out;
    };
    QCOMPARE(column(WhiteCellDock::IdColumn), (QStringList{"call-2", "call-3", "call-4", "call-1"}));
    QCOMPARE(column(WhiteCellDock::WaitingColumn), waits);
    // The waits count up with the clock; an answered call leaves the queue.
    QVERIFY(ex.perform("control", QJsonObject{{"do", "answer"}, {"call", "call-3"}}).ok);
    session.runTo(6);  // call-2 has rung 3 minutes: missed, out of the queue too
    QCOMPARE(column(WhiteCellDock::IdColumn), (QStringList{"call-4", "call-1", "call-2", "call-3"}));
    QCOMPARE(column(WhiteCellDock::WaitingColumn), (QStringList{later, "", "", ""}));
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestWhiteCell)
#include "tst_whitecell.moc"
