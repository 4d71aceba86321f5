// The exercise engine on tests/data/exercise/basic (+ its player script): delivery per channel,
// busy and missed calls, threads, conditional, delayed, skipped and contingency injects, expected
// actions and flows, responses changing the model, refusals, determinism.
#include "exercisefixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <climits>

using namespace fixture;

class TestExercise : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<Event> m_events;  ///< the scripted run of basic, to the end

    std::vector<Event> runBasic(const QString &name, const QString &script, int until = INT_MAX)
    {
        QString error;
        auto ex = start("basic.cxs.json", script, m_dir.filePath(name), &error);
        if (!ex)
            qFatal("cannot start: %s", qPrintable(error));
        ex->advanceTo(until);
        return ex->log().read();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_events = runBasic("scripted.cxdb", "basic.players.json");
    }

    void events_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("audience");
        // mail
        QTest::newRow("inject mail to+cc") << "mail.delivered"
                                           << "mail"
                                           << "I-001" << 5 << "mic,op-a";
        QTest::newRow("room mail, sender copy") << "mail.sent"
                                                << "mail"
                                                << "mail-2" << 7 << "op-a";
        QTest::newRow("room mail delivered") << "mail.delivered"
                                             << "mail"
                                             << "mail-2" << 7 << "mic,nisc";
        QTest::newRow("reply threads to the root") << "mail.delivered"
                                                   << "thread"
                                                   << "I-001" << 5 << "mic,op-a";
        QTest::newRow("reply delivered") << "mail.delivered"
                                         << "reply_to"
                                         << "mail-2" << 8 << "op-a";
        QTest::newRow("read state") << "mail.read"
                                    << "mail"
                                    << "I-001" << 6 << "op-a";
        // phone
        QTest::newRow("persona call rings") << "call.ringing"
                                            << "call"
                                            << "call-1" << 10 << "nisc";
        QTest::newRow("busy: one line, ringing") << "call.busy"
                                                 << "from"
                                                 << "mic" << 11 << "mic";
        QTest::newRow("answered") << "call.answered"
                                  << "call"
                                  << "call-1" << 12 << "nisc";
        QTest::newRow("opening script said") << "call.say"
                                             << "from"
                                             << "persona:press" << 12 << "nisc";
        QTest::newRow("room call answered") << "call.answered"
                                            << "call"
                                            << "call-3" << 16 << "mic,op-a";
        QTest::newRow("hang-up") << "call.ended"
                                 << "call"
                                 << "call-3" << 17 << "mic,op-a";
        QTest::newRow("missed after 3 min") << "call.missed"
                                            << "call"
                                            << "call-4" << 19 << "nisc,op-b";
        // web
        QTest::newRow("initial page") << "page.posted"
                                      << "path"
                                      << "/" << 0 << "all";
        QTest::newRow("web inject") << "page.posted"
                                    << "path"
                                    << "/outage" << 15 << "all";
        QTest::newRow("room post, readers only") << "page.posted"
                                                 << "path"
                                                 << "/alerts/1" << 20 << "mic,nisc";
        // scheduler
        QTest::newRow("skip") << "inject.skipped"
                              << "inject"
                              << "I-007" << 2 << "";
        QTest::newRow("met condition") << "inject.fired"
                                       << "inject"
                                       << "I-008" << 7 << "";
        QTest::newRow("q_ge with delay: armed") << "inject.armed"
                                                << "inject"
                                                << "I-006" << 19 << "";
        QTest::newRow("q_ge with delay: fired") << "inject.fired"
                                                << "inject"
                                                << "I-006" << 24 << "";
        QTest::newRow("fired+plus, delayed by hand") << "inject.fired"
                                                     << "inject"
                                                     << "I-004" << 40 << "";
        QTest::newRow("contingency by hand") << "inject.fired"
                                             << "inject"
                                             << "I-005" << 40 << "";
        QTest::newRow("response condition") << "inject.fired"
                                            << "inject"
                                            << "I-009" << 33 << "";
        // expectations and flows
        QTest::newRow("expected report met") << "expected.met"
                                             << "expected"
                                             << "E-SECRET-1" << 7 << "";
        QTest::newRow("expected post met") << "expected.met"
                                           << "expected"
                                           << "E-SECRET-2" << 20 << "";
        QTest::newRow("flow met by a call's say") << "flow.met"
                                                  << "flow"
                                                  << "F-SECRET-1" << 16 << "";
        QTest::newRow("flow met by mail") << "flow.met"
                                          << "flow"
                                          << "F-SECRET-2" << 20 << "";
        // play
        QTest::newRow("hypothesis") << "hypothesis.submitted"
                                    << "room"
                                    << "op-a" << 25 << "op-a";
        QTest::newRow("judged, to its room") << "hypothesis.judged"
                                             << "verdict"
                                             << "correct" << 26 << "op-a";
        QTest::newRow("auto approval") << "response.approved"
                                       << "response"
                                       << "R-auto" << 28 << "op-b";
        QTest::newRow("applied at approval+lead") << "response.applied"
                                                  << "response"
                                                  << "R-auto" << 33 << "op-b";
        QTest::newRow("control approval") << "response.approved"
                                          << "response"
                                          << "R-gen" << 31 << "op-a";
        QTest::newRow("control-approved applied") << "response.applied"
                                                  << "response"
                                                  << "R-gen" << 41 << "op-a";
        QTest::newRow("survey") << "survey.answered"
                                << "room"
                                << "op-a" << 60 << "op-a";
        QTest::newRow("observation") << "observation"
                                     << "rating"
                                     << "S" << 45 << "";
        QTest::newRow("hand mark") << "expected.met"
                                   << "reason"
                                   << "SECRET-MARK" << 50 << "";
        // model
        QTest::newRow("own sector status") << "model.status"
                                           << "node"
                                           << "power" << 10 << "op-b";
        QTest::newRow("breach") << "model.breach"
                                << "node"
                                << "power" << 21 << "op-b";
        QTest::newRow("ended") << "exercise.ended"
                               << ""
                               << "" << 120 << "all";
    }
    void events()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, minute);
        QFETCH(QString, audience);
        const Event *e = find(m_events, kind, key, value);
        QVERIFY2(e, qPrintable(kind + " " + key + "=" + value + " not found"));
        QCOMPARE(e->minute, minute);
        QCOMPARE(e->audience.join(','), audience);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("reason");
        QTest::newRow("post where it may not") << "op-a" << 21 << "may not post on site \"portal\"";
        QTest::newRow("mail as another room") << "op-a" << 22 << "may not send mail as \"nisc\"";
        QTest::newRow("reply to a mail it never saw") << "op-b" << 22 << "unknown mail \"mail-2\"";
        QTest::newRow("control's action") << "mic" << 23 << "only the control team may \"judge\"";
        QTest::newRow("response not offered") << "mic" << 32 << "may not request \"R-gen\"";
        QTest::newRow("bad survey answer") << "op-b" << 60 << "bad answer to survey question \"Q1\"";
    }
    void refusals()
    {
        QFETCH(QString, room);
        QFETCH(int, minute);
        QFETCH(QString, reason);
        bool found = false;
        for (const Event &e : m_events) {
            if (e.kind != "refused" || e.actor != room || e.minute != minute)
                continue;
            if (!e.payload.value("reason").toString().contains(reason))
                continue;
            found = true;
            QCOMPARE(e.audience, QStringList{room});
        }
        QVERIFY2(found, qPrintable(reason));
    }

    void notFired_data()
    {
        QTest::addColumn<QString>("inject");
        QTest::newRow("skipped") << "I-007";
        QTest::newRow("contingency without a hand: none in the unscripted run") << "I-005";
    }
    void notFired()
    {
        QFETCH(QString, inject);
        const auto unscripted = runBasic(QString("unscripted-%1.cxdb").arg(inject), {});
        const auto &events = inject == "I-005" ? unscripted : m_events;
        QCOMPARE(find(events, "inject.fired", "inject", inject), nullptr);
    }

    void missedWithoutScript_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("audience");
        QTest::newRow("E1 missed when its window closes") << "expected.missed"
                                                          << "expected"
                                                          << "E-SECRET-1" << 25 << "";
        QTest::newRow("E2 missed") << "expected.missed"
                                   << "expected"
                                   << "E-SECRET-2" << 25 << "";
        QTest::newRow("missed condition fires") << "inject.fired"
                                                << "inject"
                                                << "I-007" << 25 << "";
        QTest::newRow("flow missed") << "flow.missed"
                                     << "flow"
                                     << "F-SECRET-1" << 70 << "";
        QTest::newRow("persona call missed") << "call.missed"
                                             << "call"
                                             << "call-1" << 13 << "nisc";
        QTest::newRow("fired+plus on time") << "inject.fired"
                                            << "inject"
                                            << "I-004" << 35 << "";
    }
    void missedWithoutScript()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, minute);
        QFETCH(QString, audience);
        const auto events = runBasic(
            QString("noscript-%1.cxdb").arg(QString::fromLatin1(QTest::currentDataTag())).replace(' ', '_'), {});
        const Event *e = find(events, kind, key, value);
        QVERIFY2(e, qPrintable(kind + " " + value));
        QCOMPARE(e->minute, minute);
        QCOMPARE(e->audience.join(','), audience);
    }

    void responseChangesModel()
    {
        QString error;
        auto with = start("basic.cxs.json", "basic.players.json", m_dir.filePath("with.cxdb"), &error);
        auto without = start("basic.cxs.json", {}, m_dir.filePath("without.cxdb"), &error);
        QVERIFY2(with && without, qPrintable(error));
        with->advanceTo(32);
        without->advanceTo(32);
        // Same trajectory until the effect (approved at 28, lead 5) acts from minute 33.
        QCOMPARE(with->model().q("power"), without->model().q("power"));
        with->advanceTo(60);
        without->advanceTo(60);
        QCOMPARE_LT(with->model().q("power"), 0.05);
        QCOMPARE_GT(without->model().q("power"), 0.5);
    }

    void deterministic()
    {
        const auto again = runBasic("again.cxdb", "basic.players.json");
        QCOMPARE(again.size(), m_events.size());
        for (size_t i = 0; i < again.size(); ++i)
            QVERIFY2(again[i].sameApartFromWallTime(m_events[i]), qPrintable(QString::number(i)));
    }

    void liveActionsAtCurrentMinute()
    {
        QString error;
        auto ex = start("basic.cxs.json", {}, m_dir.filePath("live.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(6);
        std::vector<Event> heard;
        bool committedWhenHeard = true;
        const QString path = ex->log().path();
        ex->addListener([&](const Event &e) {
            heard.push_back(e);
            // Another connection (another process) already finds the event on disk.
            committedWhenHeard =
                committedWhenHeard && cd::store::EventLog::open(path, cd::store::Access::Reader)->lastSeq() >= e.seq;
        });
        const auto o = ex->perform(
            "op-a",
            QJsonObject{
                {"do", "mail"}, {"to", QJsonArray{"mic"}}, {"kind", "report"}, {"subject", "s"}, {"body", "b"}});
        QVERIFY2(o.ok, qPrintable(o.message));
        // Listeners hear of events only once they are committed, and in order.
        QCOMPARE(heard.size(), size_t(3));
        QCOMPARE(heard[0].kind, QString("mail.sent"));
        QCOMPARE(heard[0].minute, 6);
        QCOMPARE(ex->log().lastSeq(), heard.back().seq);
        QVERIFY(committedWhenHeard);
        QVERIFY(find(heard, "expected.met", "expected", "E-SECRET-1"));
        const auto bad = ex->perform("op-a", QJsonObject{{"do", "fly"}});
        QCOMPARE(bad.ok, false);
        QCOMPARE(bad.message, QString("unknown action \"fly\""));
    }

    /// Group commit per event-loop turn (the GUI): the actions of one turn are recorded at once
    /// but committed together when the turn ends, and nobody hears of them before; with no event
    /// loop running each action commits at once, as before.
    void commitPerTurn_data()
    {
        QTest::addColumn<bool>("inLoop");
        QTest::addColumn<int>("actions");
        QTest::newRow("three actions in one turn") << true << 3;
        QTest::newRow("no event loop: at once") << false << 3;
    }
    void commitPerTurn()
    {
        QFETCH(bool, inLoop);
        QFETCH(int, actions);
        QString error;
        auto ex = start("basic.cxs.json", {}, m_dir.filePath(QString("turn-%1.cxdb").arg(inLoop)), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(6);
        ex->setCommitPerTurn(true);
        const qint64 before = ex->log().lastSeq();
        const QString path = ex->log().path();
        std::vector<Event> heard;
        bool committedWhenHeard = true;
        ex->addListener([&](const Event &e) {
            heard.push_back(e);
            committedWhenHeard =
                committedWhenHeard && cd::store::EventLog::open(path, cd::store::Access::Reader)->lastSeq() >= e.seq;
        });
        qint64 onDiskInTurn = -1;
        size_t heardInTurn = 0;
        const auto act = [&] {
            for (int i = 0; i < actions; ++i)
                QVERIFY(ex->perform("op-a", QJsonObject{{"do", "mail"},
                                                        {"to", QJsonArray{"mic"}},
                                                        {"kind", "query"},
                                                        {"subject", QString("s%1").arg(i)},
                                                        {"body", "b"}})
                            .ok);
            onDiskInTurn = cd::store::EventLog::open(path, cd::store::Access::Reader)->lastSeq();
            heardInTurn = heard.size();
        };
        if (inLoop) {
            QEventLoop loop;
            QTimer::singleShot(0, &loop, [&] {
                act();
                QTimer::singleShot(0, &loop, &QEventLoop::quit);  // the next turn
            });
            loop.exec();
            QCOMPARE(onDiskInTurn, before);
            QCOMPARE(heardInTurn, size_t(0));
        } else {
            act();
            QCOMPARE(heardInTurn, heard.size());
        }
        QCOMPARE(heard.size(), size_t(2 * actions));  // mail.sent + mail.delivered each
        QCOMPARE(ex->log().lastSeq(), before + 2 * actions);
        QVERIFY(committedWhenHeard);
        for (size_t i = 0; i < heard.size(); ++i)
            QCOMPARE(heard[i].seq, before + qint64(i) + 1);
    }

    /// Every verb with every key set to every JSON type, as a room and as control: each action is
    /// either done or refused and recorded, never a crash; the log stays readable.
    void garbageActions()
    {
        QString error;
        auto ex = start("basic.cxs.json", {}, m_dir.filePath("garbage.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(12);  // some mail and a ringing call exist
        const QJsonValue values[] = {QJsonValue(42),
                                     QJsonValue(-1.5),
                                     QJsonArray{1, "x"},
                                     QJsonObject{{"a", 1}},
                                     QJsonValue(QJsonValue::Null),
                                     QJsonValue(true),
                                     QString(5000, 'x'),
                                     QJsonValue("I-001"),
                                     QJsonValue("persona:press")};
        int actions = 0;
        for (const char *verb : {"mail",    "reply", "forward",    "read",    "call",   "answer",  "say",
                                 "hangup",  "post",  "hypothesis", "request", "survey", "judge",   "approve",
                                 "decline", "fire",  "skip",       "delay",   "mark",   "observe", "shock"}) {
            bool known = false;
            const QStringList keys = cd::exercise::verbKeys(QString::fromLatin1(verb), &known);
            QVERIFY(known);
            for (const QString &key : keys)
                for (const QJsonValue &v : values)
                    for (const char *actor : {"op-a", "control", "ghost"}) {
                        const qint64 before = ex->log().lastSeq();
                        const auto o = ex->perform(QString::fromLatin1(actor), QJsonObject{{"do", verb}, {key, v}});
                        ++actions;
                        QCOMPARE_GT(ex->log().lastSeq(), before);
                        if (!o.ok)
                            QCOMPARE(ex->log().read(o.seq - 1, 1).front().kind, QString("refused"));
                    }
        }
        QCOMPARE_GT(actions, 1000);
        ex->advanceTo(INT_MAX);
        QVERIFY(ex->ended());
    }

    /// Declining: the callee (a room, or control for a persona) hangs up a call still ringing.
    /// Both parties see call.declined, the lines are free at once; the caller hanging up is
    /// still call.ended; nobody else can touch the call.
    void declineCall_data()
    {
        QTest::addColumn<QString>("callee");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("key");  ///< how the call is named: "call" (its id), "persona", or nothing
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("room declines by id") << "nisc"
                                             << "nisc"
                                             << "call"
                                             << "call.declined"
                                             << "nisc,op-a"
                                             << "";
        QTest::newRow("room declines the call ringing") << "nisc"
                                                        << "nisc"
                                                        << ""
                                                        << "call.declined"
                                                        << "nisc,op-a"
                                                        << "";
        QTest::newRow("white cell declines as the persona") << "persona:customer"
                                                            << "control"
                                                            << "persona"
                                                            << "call.declined"
                                                            << "op-a"
                                                            << "";
        QTest::newRow("caller gives up: ended") << "nisc"
                                                << "op-a"
                                                << "call"
                                                << "call.ended"
                                                << "nisc,op-a"
                                                << "";
        QTest::newRow("a third room cannot") << "nisc"
                                             << "op-b"
                                             << "call"
                                             << ""
                                             << ""
                                             << "unknown call \"call-1\"";
        QTest::newRow("control cannot for a room") << "nisc"
                                                   << "control"
                                                   << "call"
                                                   << ""
                                                   << ""
                                                   << "unknown call \"call-1\"";
    }
    void declineCall()
    {
        QFETCH(QString, callee);
        QFETCH(QString, actor);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        QFETCH(QString, audience);
        QFETCH(QString, refusal);
        QString error;
        auto ex =
            start("basic.cxs.json", {},
                  m_dir.filePath(QString("decline-%1.cxdb").arg(QString::fromUtf8(QTest::currentDataTag()))), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(3);  // before any inject's call: op-a's is call-1
        const qint64 before = ex->log().lastSeq();
        const auto rang = ex->perform("op-a", {{"do", "call"}, {"to", callee}, {"say", "hello?"}});
        QVERIFY2(rang.ok, qPrintable(rang.message));
        QJsonObject hangup{{"do", "hangup"}};
        if (key == "call")
            hangup.insert("call", "call-1");
        else if (key == "persona")
            hangup.insert("persona", callee.mid(8));
        const auto o = ex->perform(actor, hangup);
        QCOMPARE(o.message, refusal);
        QCOMPARE(o.ok, refusal.isEmpty());
        const auto events = ex->log().read(before);
        if (!o.ok) {
            QCOMPARE(events.back().kind, QString("refused"));
            QCOMPARE(ex->state().calls.front().status, cd::exercise::CallState::Status::Ringing);
            return;
        }
        const Event *done = find(events, kind, "call", "call-1");
        QVERIFY(done);
        QCOMPARE(done->actor, actor);
        QCOMPARE(done->audience.join(','), audience);
        QVERIFY(!find(events, "call.say", {}, {}));  // the opening is never spoken
        QCOMPARE(ex->state().calls.front().status, kind == "call.declined" ? cd::exercise::CallState::Status::Declined
                                                                           : cd::exercise::CallState::Status::Ended);
        // Both lines are free at once: the callee's single line rings again, the call is no
        // longer ringing to be missed, and it cannot be declined twice.
        if (!callee.startsWith("persona:")) {
            const qint64 last = ex->log().lastSeq();
            const auto again = ex->perform("mic", {{"do", "call"}, {"to", callee}});
            QVERIFY2(again.ok, qPrintable(again.message));
            QCOMPARE(ex->log().read(last, 1).front().kind, QString("call.ringing"));
        }
        ex->advanceTo(10);
        QVERIFY(!find(ex->log().read(), "call.missed", "call", "call-1"));
        const auto twice = ex->perform(actor, {{"do", "hangup"}, {"call", "call-1"}});
        QCOMPARE(twice.message, QString("call \"call-1\" is not ringing"));
    }

    void personaCallsAndClockControl()
    {
        QString error;
        auto ex = start("basic.cxs.json", {}, m_dir.filePath("persona.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(3);
        const auto act = [&ex](const QString &actor, const QJsonObject &a) {
            const auto o = ex->perform(actor, a);
            if (!o.ok)
                qWarning("%s", qPrintable(o.message));
            return o.ok;
        };
        QVERIFY(act("op-a", {{"do", "call"}, {"to", "persona:customer"}, {"kind", "query"}, {"say", "any news?"}}));
        QVERIFY(act("control", {{"do", "answer"}, {"persona", "customer"}}));
        QVERIFY(act("control", {{"do", "say"}, {"persona", "customer"}, {"text", "we are checking"}}));
        QVERIFY(act("op-a", {{"do", "hangup"}}));
        QVERIFY(act("control", {{"do", "call"}, {"from", "persona:press"}, {"to", "mic"}, {"say", "a comment?"}}));
        QVERIFY(act("mic", {{"do", "answer"}}));
        QVERIFY(!act("control", {{"do", "call"}, {"from", "nisc"}, {"to", "mic"}}));  // control speaks for personas
        const auto events = ex->log().read();
        const Event *said = find(events, "call.say", "from", "persona:customer");
        QVERIFY(said);
        QCOMPARE(said->audience, QStringList{"op-a"});
        QCOMPARE(said->payload.value("to").toString(), QString("op-a"));
        const Event *asked = find(events, "call.say", "from", "op-a");
        QVERIFY(asked);
        QCOMPARE(asked->payload.value("kind").toString(), QString("query"));
        const Event *press = find(events, "call.say", "from", "persona:press");
        QVERIFY(press);
        QCOMPARE(press->audience, QStringList{"mic"});

        ex->pause();
        ex->resumeClock();
        ex->setSpeed(120);
        ex->end();
        const auto after = ex->log().read();
        QCOMPARE(find(after, "clock.paused", {}, {})->audience, QStringList{"all"});
        QCOMPARE(find(after, "clock.resumed", {}, {})->audience, QStringList{"all"});
        QCOMPARE(find(after, "clock.speed", {}, {})->audience, QStringList());
        QCOMPARE(find(after, "exercise.ended", {}, {})->minute, 3);
        QVERIFY(ex->ended());
        QCOMPARE(ex->perform("op-a", {{"do", "hypothesis"}, {"text", "x"}}).message, QString("the exercise has ended"));
        ex->advanceTo(100);
        QCOMPARE(ex->minute(), 3);
    }
};

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
