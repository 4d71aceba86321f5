// The control console and the player room windows, offscreen: the shortcuts of the console and
// the room windows are unique, listed, and work from any tab.
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

namespace {
void activate(QWidget *w)
{
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
}

void press(QWidget *w, QAction *action)
{
    QVERIFY(action);
    const QKeySequence k = action->shortcut();
    QTest::keyClick(w, Qt::Key(k[0].key()), k[0].keyboardModifiers());
}
}  // namespace

class TestConsoleShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shortcutsAreUniqueAndListed_data();
    void shortcutsAreUniqueAndListed();
    void roomShortcutsWorkFromAnyTab();
    void consoleShortcuts();

private:
    Translations m_translations;
    QTemporaryDir m_folder;  ///< where opened scenarios record their exercises
};

void TestConsoleShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestConsoleShortcuts::shortcutsAreUniqueAndListed_data()
{
    QTest::addColumn<QString>("window");
    QTest::newRow("console") << "console";
    QTest::newRow("room op-a") << "op-a";
    QTest::newRow("room nisc") << "nisc";
}

void TestConsoleShortcuts::shortcutsAreUniqueAndListed()
{
    QFETCH(QString, window);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    QWidget *win = window == "console" ? static_cast<QWidget *>(&w) : w.console()->openRoom(window);
    // Every shortcut that can fire in the window, with what it belongs to.
    QHash<QString, QStringList> owners;
    for (QAction *a : win->findChildren<QAction *>())
        if (a->shortcutContext() != Qt::WidgetShortcut)
            for (const QKeySequence &k : a->shortcuts())
                owners[k.toString()] << a->objectName() + "|" + a->text();
    for (QAbstractButton *b : win->findChildren<QAbstractButton *>())
        if (!b->shortcut().isEmpty())
            owners[b->shortcut().toString()] << b->objectName();
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + ": " + it.value().join(", ");
    QCOMPARE(clashes, QStringList());
    // The common acts have one, shown in a menu of the window's menu bar.
    const QStringList expected = window == "console"
                                     ? QStringList{"runAction",           "pauseAction",          "fireAction",
                                                   "skipAction",          "delayAction",          "openAllRoomsAction",
                                                   "personaAnswerAction", "personaDeclineAction", "personaHangUpAction"}
                                     : QStringList{"newMailAction", "replyAction",   "forwardAction",   "answerAction",
                                                   "hangUpAction",  "declineAction", "placeCallAction", "postAction"};
    auto *main = qobject_cast<QMainWindow *>(win);
    for (const QString &name : expected) {
        auto *action = win->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
        bool listed = false;
        for (QAction *top : main->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(action))
                listed = true;
        QVERIFY2(listed, qPrintable(name));
    }
}

void TestConsoleShortcuts::roomShortcutsWorkFromAnyTab()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    Console *console = w.console();
    console->session().start();
    console->session().runTo(5);
    RoomWindow *opA = console->openRoom("op-a");
    RoomWindow *nisc = console->openRoom("nisc");
    RoomActions *a = opA->roomActions();
    activate(opA);

    // New mail from the Web tab: the compose window opens over the Mail tab.
    opA->tabs()->setCurrentWidget(opA->webPanel());
    QSignalSpy composed(opA->mailPanel(), &MailPanel::composeOpened);
    press(opA, a->newMail());
    QCOMPARE(composed.size(), 1);
    QCOMPARE(opA->tabs()->currentWidget(), opA->mailPanel());
    composed.first().first().value<QWidget *>()->close();
    activate(opA);

    // Reply from the Status tab with nothing selected only shows the mail; with a mail, composes.
    opA->tabs()->setCurrentWidget(opA->playPanel());
    press(opA, a->reply());
    QCOMPARE(composed.size(), 1);
    QCOMPARE(opA->tabs()->currentWidget(), opA->mailPanel());
    opA->mailPanel()->view()->setCurrentIndex(opA->mailPanel()->view()->model()->index(0, 0));
    opA->tabs()->setCurrentWidget(opA->playPanel());
    press(opA, a->reply());
    QCOMPARE(composed.size(), 2);
    composed.last().first().value<QWidget *>()->close();
    activate(opA);

    // NISC calls op-a; op-a answers from the Mail tab and hangs up from the Web tab.
    selectData(nisc->phonePanel()->calleeCombo(), "op-a");
    nisc->phonePanel()->placeCall();
    QVERIFY(!opA->phonePanel()->ringingCall().isEmpty());
    opA->tabs()->setCurrentWidget(opA->mailPanel());
    press(opA, a->answer());
    QCOMPARE(opA->tabs()->currentWidget(), opA->phonePanel());
    QVERIFY(!opA->phonePanel()->activeCall().isEmpty());
    QCOMPARE(opA->phonePanel()->ringingCall(), QString());
    opA->tabs()->setCurrentWidget(opA->webPanel());
    press(opA, a->hangUp());
    QCOMPARE(opA->tabs()->currentWidget(), opA->phonePanel());
    QCOMPARE(opA->phonePanel()->activeCall(), QString());

    // Placing a call from another tab first shows the dial; on the Phone tab it calls.
    const int calls = opA->phonePanel()->callLog()->topLevelItemCount();
    opA->tabs()->setCurrentWidget(opA->mailPanel());
    press(opA, a->placeCall());
    QCOMPARE(opA->tabs()->currentWidget(), opA->phonePanel());
    QCOMPARE(opA->phonePanel()->callLog()->topLevelItemCount(), calls);
    press(opA, a->placeCall());
    QCOMPARE(opA->phonePanel()->callLog()->topLevelItemCount(), calls + 1);

    // Posting likewise: the form first, then the page (NISC may post on the portal).
    activate(nisc);
    selectData(nisc->webPanel()->siteCombo(), "portal");
    nisc->tabs()->setCurrentWidget(nisc->mailPanel());
    press(nisc, nisc->roomActions()->post());
    QCOMPARE(nisc->tabs()->currentWidget(), nisc->webPanel());
    QCOMPARE(nisc->webPanel()->pageList()->count(), 0);
    QTest::keyClicks(nisc->webPanel()->pathEdit(), "/alerts/2");
    QTest::keyClicks(nisc->webPanel()->titleEdit(), "Shortcut advisory");
    press(nisc, nisc->roomActions()->post());
    QCOMPARE(items(nisc->webPanel()->pageList()), QStringList{"Shortcut advisory"});
}

void TestConsoleShortcuts::consoleShortcuts()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    Console *console = w.console();
    activate(&w);
    ConsoleActions *a = console->actions();
    QCOMPARE(a->pause()->isEnabled(), false);
    press(&w, a->run());
    QCOMPARE(console->session().isRunning(), true);
    QCOMPARE(console->session().isPaused(), false);
    press(&w, a->pause());
    QCOMPARE(console->session().isPaused(), true);
    press(&w, a->run());
    QCOMPARE(console->session().isPaused(), false);
    // Fire now acts on the inject selected in the timeline.
    console->timeline()->selectInject("I-005");
    press(&w, a->fire());
    TimelineModel *timeline = console->timeline()->model();
    QCOMPARE(timeline->status(timeline->rowOf("I-005")), QString("fired"));
    // Open all rooms from the Rooms menu's shortcut.
    press(&w, w.findChild<QAction *>("openAllRoomsAction"));
    QStringList shown;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *room = qobject_cast<RoomWindow *>(top); room && room->isVisible())
            shown << room->roomId();
    shown.sort();
    QCOMPARE(shown, (QStringList{"mic", "nisc", "op-a", "op-b"}));
}

QTEST_MAIN(TestConsoleShortcuts)
#include "tst_console_shortcuts.moc"
