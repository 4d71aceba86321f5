// `crossdrill join SEAT_URL`'s console on loopback, offscreen (control/remote/seatconsole.h): a
// white-cell seat sees two rooms' calls to its persona ring, queued with their waits, answers one
// and speaks as the persona; an evaluator seat's console has no white cell, cannot fire or
// approve, judges its room's hypothesis (not another room's) and records an observation; a
// controller pauses the served clock from its clock bar and sees the sector board, its copy of the
// model equal to the server's engine's after a mitigation and a shock of its own, across a dropped
// connection, and for the bundled scenario's fourteen sectors when joined late; an observer gets
// its rooms' read-only view, not a console (tst_seat_observer tests that view). Every act lands in
// the log with the seat and the person's name.
// With CROSSDRILL_SEAT_SHOTS=DIR (run under Xvfb with QT_QPA_PLATFORM=xcb) the white-cell,
// evaluator and controller consoles are saved there in Japanese and English, at
// CROSSDRILL_SEAT_SHOT_SIZE (default 1366x768; packaging/screenshots/take-seats.sh).
#include "../netfixture.h"
#include "control/consoleactions.h"
#include "control/controlsession.h"
#include "control/hostdialog.h"
#include "control/hostseats.h"
#include "control/remote/observerwindow.h"
#include "control/remote/remoteseatsession.h"
#include "control/remote/seatconsole.h"
#include "control/sectordock.h"
#include "control/translations.h"
#include "control/whitecelldock.h"
#include "exercise/seats.h"
#include "report/modelrun.h"
#include "seatfixture.h"
#include "views/sectorboardmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace netfixture;
using namespace seatfixture;
using cd::gui::SeatConsole;
using cd::net::RemoteRoomEndpoint;

namespace {

struct SeatsServed : Served
{
    QMap<QString, QString> seatTokens;
    bool startSeats(QString *error)
    {
        if (!start(error))
            return false;
        QList<cd::exercise::Seat> seats;
        for (const char *arg : {"ctl=controller", "wc=whitecell:customer", "ev=evaluator:op-a", "obs=observer:mic"})
            if (const auto seat = cd::exercise::parseSeat(QString::fromLatin1(arg), ex->scenario(), error))
                seats << *seat;
            else
                return false;
        seatTokens = server->addSeats(seats);
        return true;
    }
    QUrl seatUrl(const QString &id) const { return QUrl(server->seatUrl(id, seatTokens.value(id))); }
};

/// An exercise minute as the player-script language writes it ("+01:05").
QString offset(int minute)
{
    return QString("+%1:%2").arg(minute / 60, 2, 10, QChar('0')).arg(minute % 60, 2, 10, QChar('0'));
}

const cd::store::Event *lastOf(const std::vector<cd::store::Event> &log, const QString &kind)
{
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        if (it->kind == kind)
            return &*it;
    return nullptr;
}

/// The seat's board and model equal the server engine's at its minute, bit for bit, and the
/// report's re-run of the server's log (the one model run, report/modelrun.h).
void sameBoard(SeatsServed &s, const cd::gui::RemoteSeatSession &seat, const cd::gui::SectorDock *dock)
{
    using Board = cd::gui::SectorBoardModel;
    QString error;
    const int minute = s.ex->minute();
    const auto run = cd::report::runModel(
        s.ex->scenario(), cd::report::modelChanges(s.ex->scenario(), s.ex->log().read()), minute, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->minutes.back(), minute);
    QCOMPARE(seat.model()->minute(), minute);
    for (int r = 0; r < dock->model()->rowCount(); ++r) {
        const QString node = dock->model()->index(r, 0).data(Board::NodeIdRole).toString();
        const double served = s.ex->model().q(node);
        QTRY_COMPARE_WITH_TIMEOUT(dock->model()->index(r, Board::QColumn).data(Board::QRole).toDouble(), served, 2000);
        QCOMPARE(seat.model()->q(node), served);
        QCOMPARE(run->q.at(node).back(), served);
        QCOMPARE(dock->series()[size_t(r)]->points().back(), QPointF(minute, served));
    }
}

/// The rows of a test run once in each UI language (column "lang").
void languageRows()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

}  // namespace

class TestSeatConsole : public QObject
{
    Q_OBJECT

private slots:
    void whiteCellAnswersAsItsPersona_data() { languageRows(); }
    void whiteCellAnswersAsItsPersona()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        SeatsServed s;
        QString error;
        QVERIFY2(s.startSeats(&error), qPrintable(error));
        Joined wc;
        QVERIFY(wc.open(s.seatUrl("wc"), "Ito"));
        // A white cell's console: its personas' calls and mail, no judging, no observations.
        QVERIFY(wc.find<QDockWidget>("whiteCellDock"));
        QVERIFY(!wc.find<QDockWidget>("judgeDock"));
        QVERIFY(!wc.find<QDockWidget>("observationDock"));
        QVERIFY(!wc.find<QDockWidget>("sectorDock"));  // it does not see every change of the model
        QCOMPARE(wc.console->session()->model(), nullptr);
        QVERIFY(!wc.find<QPushButton>("pauseButton")->isEnabled());
        // It mails as its persona only (the first of the white cell's choices: "as").
        QCOMPARE(wc.find<QDockWidget>("whiteCellDock")->findChild<QComboBox *>()->count(), 1);
        auto *calls = wc.find<QTreeWidget>("personaCalls");
        QVERIFY(calls);
        auto room = s.client("op-a", "Room A");
        QVERIFY(room);
        room->send({{"do", "call"}, {"to", "persona:customer"}, {"say", "Are you affected?"}});
        QTRY_COMPARE_WITH_TIMEOUT(calls->topLevelItemCount(), 1, 5000);
        // A second call a minute later: the queue shows both waits, the longest on top, counting
        // on with the served clock.
        s.ex->advanceTo(2);
        auto roomB = s.client("op-b", "Room B");
        QVERIFY(roomB);
        roomB->send({{"do", "call"}, {"to", "persona:customer"}, {"say", "Is your power back?"}});
        QTRY_COMPARE_WITH_TIMEOUT(calls->topLevelItemCount(), 2, 5000);
        const QStringList waits = lang == "ja" ? QStringList{"1 分", "1 分未満"} : QStringList{"1 min", "< 1 min"};
        using cd::gui::WhiteCellDock;
        QTRY_COMPARE_WITH_TIMEOUT(calls->topLevelItem(0)->text(WhiteCellDock::WaitingColumn), waits[0], 5000);
        QCOMPARE(calls->topLevelItem(0)->text(WhiteCellDock::IdColumn), QString("call-1"));
        QCOMPARE(calls->topLevelItem(1)->text(WhiteCellDock::WaitingColumn), waits[1]);
        auto *answerButton = wc.find<QPushButton>("personaAnswerButton");
        QTRY_VERIFY_WITH_TIMEOUT(answerButton->isEnabled(), 5000);
        // The console's shortcuts: the clock is not the white cell's to run.
        QTRY_VERIFY_WITH_TIMEOUT(!wc.console->window()->findChild<cd::gui::ConsoleActions *>()->pause()->isEnabled(),
                                 5000);
        auto *alert = wc.find<QLabel>("personaCallAlert");
        QVERIFY(alert->isVisibleTo(wc.console->window()));
        shoot(wc.console->window(), QStringLiteral("seat-whitecell-ringing-%1").arg(lang));
        answerButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "call.answered"), 5000);
        const cd::store::Event answered = *lastOf(s.ex->log().read(), "call.answered");
        QCOMPARE(answered.payload.value("seat").toString(), QString("wc"));
        QCOMPARE(answered.payload.value("actor_name").toString(), QString("Ito"));
        // It speaks as the persona.
        auto *say = wc.find<QLineEdit>("personaSayEdit");
        QVERIFY(say);
        say->setText("Yes, since 10:00.");
        QTest::keyClick(say, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto log = s.ex->log().read();
                const cd::store::Event *line = lastOf(log, "call.say");
                return line && line->actor == "persona:customer" && line->payload.value("seat").toString() == "wc";
            }(),
            5000);
        shoot(wc.console->window(), QStringLiteral("seat-whitecell-call-%1").arg(lang));
        translations.apply("en");
    }

    void evaluatorObservesAndJudges_data() { languageRows(); }
    void evaluatorObservesAndJudges()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        SeatsServed s;
        QString error;
        QVERIFY2(s.startSeats(&error), qPrintable(error));
        s.ex->advanceTo(20);
        // Two rooms put forward a hypothesis; the evaluator of op-a is shown op-a's only.
        auto opB = s.client("op-b", "Room B");
        auto opA = s.client("op-a", "Room A");
        QVERIFY(opA && opB);
        opB->send({{"do", "hypothesis"}, {"text", "Substation relay fault"}});
        QTRY_COMPARE_WITH_TIMEOUT(s.ex->state().hypotheses.size(), size_t(1), 5000);  // hyp-1 is op-b's
        opA->send({{"do", "hypothesis"}, {"text", "A vendor's update broke the power control system"}});
        QTRY_COMPARE_WITH_TIMEOUT(s.ex->state().hypotheses.size(), size_t(2), 5000);
        Joined ev;
        QVERIFY(ev.open(s.seatUrl("ev"), "Mori"));
        QVERIFY(!ev.find<QDockWidget>("whiteCellDock"));
        QVERIFY(ev.find<QDockWidget>("observationDock"));
        QVERIFY(!ev.find<QDockWidget>("sectorDock"));
        QVERIFY(!ev.find<QPushButton>("fireButton")->isEnabled());
        QVERIFY(!ev.find<QPushButton>("endButton")->isEnabled());
        // Its MSEL: the injects to its room only (I-001 of the basic scenario's nine).
        QCOMPARE(ev.find<QTableView>("timelineView")->model()->rowCount(), 1);
        auto *hypotheses = ev.find<QTreeWidget>("hypothesesTree");
        QTRY_COMPARE_WITH_TIMEOUT(hypotheses->topLevelItemCount(), 1, 5000);
        QCOMPARE(hypotheses->topLevelItem(0)->data(0, Qt::UserRole).toString(), QString("hyp-2"));
        // Judging is enabled for its room's hypothesis once selected; approving never is.
        auto *correct = ev.find<QPushButton>("correctButton");
        auto *approve = ev.find<QPushButton>("approveButton");
        hypotheses->setCurrentItem(nullptr);
        QVERIFY(!correct->isEnabled());
        hypotheses->setCurrentItem(hypotheses->topLevelItem(0));
        QVERIFY(correct->isEnabled());
        QVERIFY(!approve->isEnabled());
        // The session says why the other room's would not be: the rule the server applies.
        QVERIFY(ev.console->session()->mayJudge("op-a"));
        QVERIFY(!ev.console->session()->mayJudge("op-b"));
        auto *dock = ev.find<QDockWidget>("observationDock");
        auto *text = dock->findChild<QPlainTextEdit *>();
        QVERIFY(text && text->isEnabled());
        text->setPlainText("Operator A told NISC within 5 minutes.");
        shoot(ev.console->window(), QStringLiteral("seat-evaluator-%1").arg(lang));
        ev.find<QDockWidget>("judgeDock")->raise();
        shoot(ev.console->window(), QStringLiteral("seat-evaluator-judge-%1").arg(lang));
        correct->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "hypothesis.judged"), 5000);
        const cd::store::Event judged = *lastOf(s.ex->log().read(), "hypothesis.judged");
        QCOMPARE(judged.payload.value("hypothesis").toString(), QString("hyp-2"));
        QCOMPARE(judged.payload.value("room").toString(), QString("op-a"));
        QCOMPARE(judged.payload.value("verdict").toString(), QString("correct"));
        QCOMPARE(judged.payload.value("seat").toString(), QString("ev"));
        QCOMPARE(judged.payload.value("actor_name").toString(), QString("Mori"));
        QTRY_COMPARE_WITH_TIMEOUT(hypotheses->topLevelItem(0)->text(2),
                                  lang == "ja" ? QString("正しい") : QString("Correct"), 5000);
        QPushButton *record = nullptr;
        for (QPushButton *b : dock->findChildren<QPushButton *>())
            record = b;
        QVERIFY(record && record->isEnabled());
        record->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "observation"), 5000);
        const cd::store::Event observed = *lastOf(s.ex->log().read(), "observation");
        QCOMPARE(observed.payload.value("seat").toString(), QString("ev"));
        QCOMPARE(observed.payload.value("actor_name").toString(), QString("Mori"));
        // Forbidden acts (the other room's hypothesis, fire; sent by hand) are refused, said in
        // the status bar, not recorded.
        const qint64 before = s.ex->log().lastSeq();
        ev.console->session()->act({{"do", "judge"}, {"hypothesis", "hyp-1"}, {"verdict", "wrong"}});
        QTRY_VERIFY_WITH_TIMEOUT(!ev.console->lastRefusal().isEmpty(), 5000);
        QVERIFY2(ev.console->lastRefusal().contains("this evaluator seat judges the hypotheses of op-a only"),
                 qPrintable(ev.console->lastRefusal()));
        ev.console->session()->act({{"do", "fire"}, {"inject", "I-005"}});
        QTRY_VERIFY_WITH_TIMEOUT(ev.console->lastRefusal().contains(
                                     "an evaluator seat records observations and judges its rooms' hypotheses only"),
                                 5000);
        QCOMPARE(s.ex->log().lastSeq(), before);
        translations.apply("en");
    }

    void controllerPausesTheServedClock()
    {
        SeatsServed s;
        QString error;
        QVERIFY2(s.startSeats(&error), qPrintable(error));
        Joined ctl;
        QVERIFY(ctl.open(s.seatUrl("ctl"), "Chief"));
        for (const char *dock : {"timelineDock", "monitorDock", "truthDock", "whiteCellDock", "judgeDock",
                                 "observationDock", "sectorDock"})
            QVERIFY2(ctl.find<QDockWidget>(dock), dock);
        // Who is here (the lobby of `serve --paused`): no room yet, this seat.
        QTRY_VERIFY_WITH_TIMEOUT(ctl.console->presenceText().startsWith("0 of 4 rooms, 1 seat"), 5000);
        auto room = s.client("mic");
        QTRY_VERIFY_WITH_TIMEOUT(ctl.console->presenceText().startsWith("1 of 4 rooms"), 5000);
        auto *pause = ctl.find<QPushButton>("pauseButton");
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 5000);
        pause->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "clock.paused"), 5000);
        QCOMPARE(lastOf(s.ex->log().read(), "clock.paused")->payload.value("seat").toString(), QString("ctl"));
        QTRY_VERIFY_WITH_TIMEOUT(ctl.console->session()->isPaused(), 5000);
    }

    void controllerSeesTheSectorBoard_data() { languageRows(); }
    /// The board of a controller seat joined late, the served clock running at speed: its chart's
    /// past re-run from the received events, then a mitigation approved and a shock added from
    /// the seat; once paused, its q per sector is the server engine's, bit for bit.
    void controllerSeesTheSectorBoard()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        SeatsServed s;
        QString error;
        QVERIFY2(s.startSeats(&error), qPrintable(error));
        s.ex->advanceTo(5);
        auto opA = s.client("op-a", "Room A");
        QVERIFY(opA);
        Joined ctl;
        QVERIFY(ctl.open(s.seatUrl("ctl"), "Chief"));
        auto *dock = ctl.console->window()->findChild<cd::gui::SectorDock *>("sectorDock");
        QVERIFY(dock);
        using Board = cd::gui::SectorBoardModel;
        const auto &nodes = s.ex->scenario().graph.nodes;
        QCOMPARE(dock->model()->rowCount(), int(nodes.size()));
        for (int r = 0; r < int(nodes.size()); ++r)
            QCOMPARE(dock->model()->index(r, Board::SectorColumn).data().toString(), nodes[size_t(r)].name.get(lang));
        // The chart's past: minutes 0..4 re-run on joining, 5 sampled.
        QCOMPARE(dock->series().front()->count(), 6);

        // The served clock at speed (the fixture's wall clock is fake): a minute every 40 ms until
        // paused; the server tells the seats the minute every half second.
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &ticker, [&s] {
            if (!s.ex->clock().isPaused())
                s.ex->advanceTo(s.ex->minute() + 1);
        });
        ticker.start(40);
        opA->send({{"do", "request"}, {"response", "R-gen"}});
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "response.requested"), 5000);
        cd::gui::RemoteSeatSession &seat = *ctl.console->session();
        seat.act({{"do", "approve"}, {"response", "R-gen"}, {"of", "op-a"}});
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "response.approved"), 5000);
        const int shockAt = s.ex->minute() + 3;
        seat.act({{"do", "shock"}, {"node", "telecom"}, {"c", 0.4}, {"from", offset(shockAt)}, {"to", "+01:30"}});
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(s.ex->log().read(), "shock.added"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(s.ex->minute() >= shockAt + 10, 10000);
        seat.pause();
        QTRY_VERIFY_WITH_TIMEOUT(seat.isPaused() && seat.minute() == s.ex->minute() &&
                                     seat.control().lastSeq() == s.ex->log().lastSeq(),
                                 5000);
        QCOMPARE(seat.modelChanges().size(), size_t(2));

        sameBoard(s, seat, dock);
        if (QTest::currentTestFailed())
            return;
        const int minute = s.ex->minute();
        // The seat's shock shows on the board: telecom is worse than it would be without it.
        const auto unshocked =
            cd::report::runModel(s.ex->scenario(), cd::report::modelChanges(s.ex->scenario(), s.ex->log().read()),
                                 minute, &error, lastOf(s.ex->log().read(), "shock.added")->seq);
        QVERIFY2(unshocked, qPrintable(error));
        QCOMPARE_GT(seat.model()->q("telecom"), unshocked->q.at("telecom").back());

        // A drop: the server goes on (a shock added meanwhile); on reconnecting the seat gets the
        // events it missed, each change followed once, and its board is the engine's again.
        ctl.link->simulateDrop();
        s.ex->perform("control",
                      {{"do", "shock"}, {"node", "power"}, {"c", 0.3}, {"from", offset(minute + 2)}, {"to", "+01:50"}});
        s.ex->resumeClock();
        QTRY_VERIFY_WITH_TIMEOUT(s.ex->minute() >= minute + 8, 5000);
        s.ex->pause();
        QTRY_VERIFY_WITH_TIMEOUT(ctl.link->state() == RemoteRoomEndpoint::State::Connected && seat.isPaused() &&
                                     seat.minute() == s.ex->minute() &&
                                     seat.control().lastSeq() == s.ex->log().lastSeq(),
                                 5000);
        QCOMPARE(seat.modelChanges().size(), size_t(3));
        sameBoard(s, seat, dock);
        translations.apply("en");
    }

    /// The bundled scenario's fourteen sectors on a controller seat joined at +01:30, after a shock
    /// the control team added at +00:40: every row named, its q the engine's, the chart's past
    /// re-run from the events received (the screenshots seat-controller-board-LANG).
    void controllerBoardOfFourteenSectors_data() { languageRows(); }
    void controllerBoardOfFourteenSectors()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        Served s;
        QString error;
        QVERIFY2(s.start(&error, "../../../scenarios/nisc-2008-cross-sector.cxs.json"), qPrintable(error));
        const auto seat = cd::exercise::parseSeat("ctl=controller", s.ex->scenario(), &error);
        QVERIFY2(seat, qPrintable(error));
        const QString token = s.server->addSeats({*seat}).value("ctl");
        s.ex->advanceTo(40);
        s.ex->perform("control",
                      {{"do", "shock"}, {"node", "water"}, {"c", 0.5}, {"from", "+00:45"}, {"to", "+02:00"}});
        s.ex->advanceTo(90);
        Joined ctl;
        QVERIFY(ctl.open(QUrl(s.server->seatUrl("ctl", token)), "Chief"));
        auto *dock = ctl.console->window()->findChild<cd::gui::SectorDock *>("sectorDock");
        QVERIFY(dock);
        using Board = cd::gui::SectorBoardModel;
        const auto &nodes = s.ex->scenario().graph.nodes;
        QCOMPARE(nodes.size(), size_t(14));
        QCOMPARE(dock->model()->rowCount(), 14);
        QCOMPARE(ctl.console->session()->minute(), 90);
        // The backlog follows the welcome: the shock arrives after the board sampled +01:30, and
        // the seat's model is rebuilt with it.
        QTRY_COMPARE_WITH_TIMEOUT(ctl.console->session()->control().lastSeq(), s.ex->log().lastSeq(), 5000);
        QCOMPARE(ctl.console->session()->modelChanges().size(), size_t(1));
        for (int r = 0; r < 14; ++r) {
            const cd::scenario::Node &n = nodes[size_t(r)];
            QCOMPARE(dock->model()->index(r, Board::SectorColumn).data().toString(), n.name.get(lang));
            QCOMPARE(dock->model()->index(r, Board::QColumn).data(Board::QRole).toDouble(), s.ex->model().q(n.id));
            QCOMPARE(dock->series()[size_t(r)]->count(), 91);  // minutes 0..89 re-run, 90 sampled
            QCOMPARE(dock->series()[size_t(r)]->points().back(), QPointF(90, s.ex->model().q(n.id)));
        }
        QCOMPARE_GT(s.ex->model().q("water"), 0.0);
        dock->view()->selectRow(12);  // water, the shocked sector
        shoot(ctl.console->window(), QStringLiteral("seat-controller-board-%1").arg(lang));
        translations.apply("en");
    }

    /// The console's host dialog creates seats too: a bad line is explained, a good one shows
    /// the seat's URL, which opens that seat's console; the handouts hold it.
    void hostDialogAddsSeats_data() { languageRows(); }
    void hostDialogAddsSeats()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        QTemporaryDir dir;
        QString error;
        auto ex = fixture::start("basic.cxs.json", {}, dir.filePath("host.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(1);
        cd::gui::HostDialog dialog(*ex);
        cd::gui::HostSeats *seats = dialog.seats();
        QVERIFY(!seats->specEdit()->isEnabled());  // nothing hosted yet
        dialog.listenEdit()->setText("127.0.0.1:0");
        QVERIFY2(dialog.startHosting(&error), qPrintable(error));
        seats->specEdit()->setText("ev=evaluator:nowhere");
        QTest::keyClick(seats->specEdit(), Qt::Key_Return);
        QVERIFY2(seats->errorLabel()->text().contains("nowhere"), qPrintable(seats->errorLabel()->text()));
        QCOMPARE(seats->table()->rowCount(), 0);
        seats->specEdit()->setText("ev=evaluator:op-a");
        QTest::keyClick(seats->specEdit(), Qt::Key_Return);
        QCOMPARE(seats->errorLabel()->text(), QString());
        QCOMPARE(seats->table()->rowCount(), 1);
        const QString url = seats->seatUrl("ev");
        QVERIFY(url.startsWith(QString("ws://127.0.0.1:%1/seat/ev?token=").arg(dialog.server()->port())));
        QCOMPARE(seats->table()->item(0, cd::gui::HostSeats::RoleColumn)->text(), QString("evaluator:op-a"));
        Joined ev;
        QVERIFY(ev.open(QUrl(url), "Mori"));
        QVERIFY(ev.find<QDockWidget>("observationDock"));
        QCOMPARE(dialog.exportLinks(dir.filePath("h"), &error), 5);  // 4 rooms and the seat
        shoot(&dialog, QStringLiteral("seat-host-dialog-%1").arg(lang));
        translations.apply("en");
    }

    void observerGetsItsRoomNotAConsole()
    {
        SeatsServed s;
        QString error;
        QVERIFY2(s.startSeats(&error), qPrintable(error));
        Joined obs;
        QVERIFY(obs.open(s.seatUrl("obs"), "Guest"));
        QVERIFY(obs.console->observer());
        QCOMPARE(obs.console->session(), nullptr);
        QVERIFY(!obs.find<QDockWidget>("timelineDock"));
        QCOMPARE(obs.console->observer()->roomTabs()->count(), 1);
        QCOMPARE(obs.link->state(), RemoteRoomEndpoint::State::Connected);
    }
};

QTEST_MAIN(TestSeatConsole)
#include "tst_seat_console.moc"
