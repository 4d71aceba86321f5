// The exercise server with several remote room clients on loopback: mail and calls between
// remote rooms, every client of a room sees the room's events live, who acted is recorded, each
// client holds exactly the events the visibility rule gives its room, and a dropped client
// resumes with exactly the events it missed.
#include "netfixture.h"

using namespace netfixture;
using cd::net::RemoteRoomEndpoint;

class TestNetServer : public QObject
{
    Q_OBJECT

private slots:
    void mailBetweenRemoteRooms_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::newRow("operator reports to ministry") << "op-a" << QStringList{"mic"} << QStringList{};
        QTest::newRow("ministry to NISC, cc operator") << "mic" << QStringList{"nisc"} << QStringList{"op-a"};
        QTest::newRow("NISC to every other room") << "nisc" << QStringList{"mic", "op-a", "op-b"} << QStringList{};
    }
    void mailBetweenRemoteRooms()
    {
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        // Two people in each room.
        std::map<QString, std::vector<std::unique_ptr<RemoteRoomEndpoint>>> clients;
        for (const QString &room : QStringList{"nisc", "mic", "op-a", "op-b"})
            for (const QString &who : QStringList{"alice", "bob"}) {
                auto c = s.client(room, who + "@" + room);
                QVERIFY(c);
                clients[room].push_back(std::move(c));
            }
        RemoteRoomEndpoint &sender = *clients[from][1];
        QVERIFY(sender.sendMail(to, cc, "report", "REMOTE-SUBJECT", "body").ok);
        for (auto &[room, list] : clients)
            for (auto &c : list) {
                QVERIFY(barrier(*c));
                QCOMPARE(seqs(c->eventsSince(0)), s.expected(room));
                bool got = false;
                for (const auto &e : c->eventsSince(0))
                    got = got || ((e.kind == "mail.delivered" || e.kind == "mail.sent") &&
                                  e.payload.value("subject").toString() == "REMOTE-SUBJECT");
                const bool party = room == from || to.contains(room) || cc.contains(room);
                QCOMPARE(got, party);
            }
        // The log records who in the room sent it.
        const auto log = s.ex->log().read();
        const auto *sent = fixture::find(log, "mail.sent", "subject", "REMOTE-SUBJECT");
        QVERIFY(sent);
        QCOMPARE(sent->actor, from);
        QCOMPARE(sent->payload.value("actor_name").toString(), "bob@" + from);
    }

    void callBetweenRemoteRooms()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        auto mic = s.client("mic", "caller");
        auto nisc = s.client("nisc", "callee");
        auto opB = s.client("op-b");
        QVERIFY(mic && nisc && opB);
        QVERIFY(mic->placeCall("nisc", "report", "REMOTE-CALL hello").ok);
        QVERIFY(QTest::qWaitFor([&] { return fixture::find(nisc->eventsSince(0), "call.ringing", {}, {}) != nullptr; },
                                5000));
        QVERIFY(nisc->answerCall().ok);
        QVERIFY(QTest::qWaitFor([&] { return fixture::find(mic->eventsSince(0), "call.answered", {}, {}) != nullptr; },
                                5000));
        QVERIFY(barrier(*opB));
        const auto opBEvents = opB->eventsSince(0);
        QCOMPARE(fixture::find(opBEvents, "call.ringing", {}, {}), nullptr);
        for (auto *c : {mic.get(), nisc.get(), opB.get()}) {
            QVERIFY(barrier(*c));
            QCOMPARE(seqs(c->eventsSince(0)), s.expected(c->roomId()));
        }
        const auto log = s.ex->log().read();
        const auto *answered = fixture::find(log, "call.answered", {}, {});
        QVERIFY(answered);
        QCOMPARE(answered->payload.value("actor_name").toString(), "callee");
    }

    void refusedActionComesBackAsEvent()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        auto opA = s.client("op-a");
        QVERIFY(opA);
        QSignalSpy results(opA.get(), &RemoteRoomEndpoint::resultReceived);
        // op-a may not post on the portal: perform() says "sent"; the refusal comes back.
        const auto o = opA->postPage("portal", "/x", "t", "b");
        QCOMPARE(o.ok, true);
        QCOMPARE(o.seq, 0);
        QVERIFY(results.wait(5000));
        QCOMPARE(results.first().at(1).toBool(), false);
        QVERIFY(results.first().at(2).toString().contains("may not post"));
        QVERIFY(
            QTest::qWaitFor([&] { return fixture::find(opA->eventsSince(0), "refused", {}, {}) != nullptr; }, 5000));
    }

    void longReplayArrivesWhole()
    {
        // More events than the server reads from the log at a time (it pages the replay).
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.ex->holdCommits(true);
        for (int i = 0; i < 2300; ++i)
            QVERIFY(
                s.ex->perform("mic", {{"do", "mail"}, {"to", QJsonArray{"op-a"}}, {"body", QString::number(i)}}).ok);
        s.ex->commitHeld();
        s.ex->holdCommits(false);
        auto opA = s.client("op-a");
        QVERIFY(opA);
        QVERIFY(barrier(*opA));
        const QList<qint64> expected = s.expected("op-a");
        QVERIFY(expected.size() > 2300);  // more than one page
        QCOMPARE(seqs(opA->eventsSince(0)), expected);
    }

    void droppedClientGetsExactlyTheMissedEvents_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("mails");
        QTest::newRow("nothing happened") << 0 << 0;
        QTest::newRow("mail only") << 0 << 3;
        QTest::newRow("injects and mail") << 40 << 5;
    }
    void droppedClientGetsExactlyTheMissedEvents()
    {
        QFETCH(int, minutes);
        QFETCH(int, mails);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        auto mic = s.client("mic");
        auto opA = s.client("op-a");
        QVERIFY(mic && opA);
        QList<qint64> seen;
        opA->subscribe([&seen](const cd::store::Event &e) { seen << e.seq; });
        const QList<qint64> before = seqs(opA->eventsSince(0));
        const qint64 lastBefore = opA->lastSeq();
        opA->simulateDrop();
        QVERIFY(QTest::qWaitFor([&] { return opA->state() == RemoteRoomEndpoint::State::Reconnecting; }, 5000));
        // While it is away: the exercise moves on and other rooms write to it.
        s.ex->advanceTo(1 + minutes);
        for (int i = 0; i < mails; ++i)
            QVERIFY(s.ex->perform("mic", {{"do", "mail"},
                                          {"to", QJsonArray{"op-a"}},
                                          {"subject", QString("missed %1").arg(i)},
                                          {"body", "b"}})
                        .ok);
        QVERIFY(QTest::qWaitFor([&] { return opA->state() == RemoteRoomEndpoint::State::Connected; }, 5000));
        QVERIFY(barrier(*opA));
        const QList<qint64> all = seqs(opA->eventsSince(0));
        QCOMPARE(all, s.expected("op-a"));
        QCOMPARE(seen, s.expected("op-a", lastBefore));  // handlers heard each missed event once
        QCOMPARE(all.mid(0, before.size()), before);
        QVERIFY(opA->reconnects() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestNetServer)
#include "tst_net_server.moc"
