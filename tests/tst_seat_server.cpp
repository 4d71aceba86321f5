// The control team's seats over the network (docs/protocol.md "Seats"): a seat's URL opens only
// with its own token; each role's stream, live and replayed, is what the visibility rule extended
// to roles gives (exercise/seats.h); a seat acting beyond its role is told `forbidden` and nothing
// is recorded; what it may do is recorded with its seat and the person's name; two controllers
// firing one inject fire it once; only a controller runs the clock; seats outlive the server.
#include "exercise/seats.h"
#include "net/tokens.h"
#include "netfixture.h"

using namespace netfixture;
using cd::exercise::Seat;

namespace {

/// The basic exercise with its player script, served with one seat of each role.
struct SeatServed : Served
{
    QMap<QString, QString> seatTokens;

    /// Served from exercise minute `minute` (op-a's hypothesis hyp-1 is submitted at +00:25).
    bool startWithSeats(QString *error, int minute = 1)
    {
        ex = fixture::start("basic.cxs.json", "basic.players.json", dir.filePath("seats.cxdb"), error);
        if (!ex)
            return false;
        ex->advanceTo(minute);
        server = std::make_unique<cd::net::ExerciseServer>(*ex);
        if (!server->listen(QHostAddress::LocalHost, 0, error))
            return false;
        tokens = server->issueTokens();
        QList<Seat> seats;
        for (const QString &arg :
             {QStringLiteral("ctl=controller"), QStringLiteral("ctl2=controller"),
              QStringLiteral("wc=whitecell:customer"), QStringLiteral("wc2=whitecell:customer,press"),
              QStringLiteral("ev=evaluator:op-a"), QStringLiteral("obs=observer:mic,nisc")}) {
            const auto seat = cd::exercise::parseSeat(arg, ex->scenario(), error);
            if (!seat)
                return false;
            seats << *seat;
        }
        seatTokens = server->addSeats(seats);
        return seatTokens.size() == seats.size();
    }
    QString seatUrl(const QString &seat) const { return server->seatUrl(seat, seatTokens.value(seat)); }
    Seat seat(const QString &id) const
    {
        for (const Seat &s : server->seats())
            if (s.id == id)
                return s;
        return {};
    }
    /// The seqs the extended rule gives seat `id` over the whole log.
    QList<qint64> expectedFor(const QString &id)
    {
        QList<qint64> out;
        for (const cd::store::Event &e : ex->log().read())
            if (cd::exercise::visibleToSeat(ex->scenario(), e, seat(id), ex->state()))
                out << e.seq;
        return out;
    }
    /// A seat's peer that said hello and was welcomed (or closed: see closeCode).
    std::unique_ptr<RawPeer> seatPeer(const QString &id, const QString &name = QStringLiteral("raw"))
    {
        auto p = std::make_unique<RawPeer>(seatUrl(id));
        if (p->waitConnected())
            p->send({{"type", "hello"}, {"protocol", cd::net::kProtocolVersion}, {"name", name}, {"since", 0}});
        p->waitFor("synced");
        return p;
    }
};

/// Waits for the result with `id` on `p`, or for the error with that id.
QJsonObject answer(RawPeer &p, const QString &id)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject &m : p.messages)
                if (m.value("id").toString() == id) {
                    found = m;
                    return true;
                }
            return p.closed;
        },
        5000);
    return found;
}

QList<qint64> sorted(QList<qint64> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

}  // namespace

class TestSeatServer : public QObject
{
    Q_OBJECT

private slots:
    void wrongTokenRefused_data()
    {
        QTest::addColumn<QString>("path");   // "seat" or "room"
        QTest::addColumn<QString>("id");     // the seat or room in the URL
        QTest::addColumn<QString>("token");  // "@ID": that room's or seat's real token
        QTest::addColumn<int>("closeCode");
        QTest::newRow("no token") << "seat"
                                  << "ctl"
                                  << "" << int(cd::net::CloseUnauthorized);
        QTest::newRow("forged") << "seat"
                                << "ctl" << cd::net::generateToken() << int(cd::net::CloseUnauthorized);
        QTest::newRow("a room's token on a seat URL") << "seat"
                                                      << "ctl"
                                                      << "@op-a" << int(cd::net::CloseForbidden);
        QTest::newRow("another seat's token") << "seat"
                                              << "ctl"
                                              << "@obs" << int(cd::net::CloseForbidden);
        QTest::newRow("a seat's token on a room URL") << "room"
                                                      << "op-a"
                                                      << "@ctl" << int(cd::net::CloseForbidden);
        QTest::newRow("unknown seat") << "seat"
                                      << "nobody"
                                      << "@ctl" << int(cd::net::CloseForbidden);
    }
    void wrongTokenRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, id);
        QFETCH(QString, token);
        QFETCH(int, closeCode);
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        if (token.startsWith('@'))
            token = s.tokens.value(token.mid(1), s.seatTokens.value(token.mid(1)));
        const QString url = path == "seat" ? cd::net::seatUrl("127.0.0.1", s.server->port(), false, id, token)
                                           : cd::net::joinUrl("127.0.0.1", s.server->port(), false, id, token);
        RawPeer peer(url);
        peer.hello();
        QVERIFY(peer.waitClosed());
        QCOMPARE(peer.closeCode, closeCode);
        QCOMPARE(peer.eventSeqs(), QList<qint64>{});
        QVERIFY(!peer.waitFor("error").value("message").toString().isEmpty());
        // The rightful seat still gets in.
        auto ok = s.seatPeer("ctl");
        QVERIFY(!ok->closed);
        QVERIFY(!ok->waitFor("welcome").isEmpty());
    }

    void seatSaysProtocol4()
    {
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        RawPeer peer(s.seatUrl("ctl"));
        QVERIFY(peer.waitConnected());
        peer.send({{"type", "hello"}, {"protocol", 3}, {"since", 0}});
        QVERIFY(peer.waitClosed());
        QCOMPARE(peer.closeCode, int(cd::net::CloseProtocol));
        QCOMPARE(peer.waitFor("error").value("code").toString(), QString("unsupported_protocol"));
        // A protocol-3 room is still served.
        RawPeer room(s.url("op-a"));
        QVERIFY(room.waitConnected());
        room.send({{"type", "hello"}, {"protocol", 3}, {"since", 0}});
        QCOMPARE(room.waitFor("welcome").value("protocol").toInt(), 3);
        QVERIFY(!room.waitFor("synced").isEmpty());
    }

    /// Each role's stream, live (connected at minute 1 while the script plays on) and replayed
    /// (connected after the end, since 0), is exactly what the rule gives it.
    void streamsFollowTheRule_data()
    {
        QTest::addColumn<QString>("seat");
        for (const char *id : {"ctl", "wc", "ev", "obs"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void streamsFollowTheRule()
    {
        QFETCH(QString, seat);
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto live = s.seatPeer(seat);
        const QJsonObject welcome = live->waitFor("welcome");
        QCOMPARE(welcome.value("seat").toString(), seat);
        QCOMPARE(welcome.value("role").toString(), cd::exercise::roleName(s.seat(seat).role));
        // The truth goes to the seats that may know it; an observer gets its rooms' directories.
        QCOMPARE(welcome.contains("scenario"), seat != "obs");
        QCOMPARE(welcome.value("scenario").toObject().contains("truth"), seat != "obs");
        QCOMPARE(welcome.contains("directories"), seat == "obs");
        if (seat == "obs")
            QCOMPARE(welcome.value("directories").toObject().keys(), (QStringList{"mic", "nisc"}));
        s.ex->advanceTo(INT_MAX);
        QVERIFY(s.ex->ended());
        const QList<qint64> expected = s.expectedFor(seat);
        QVERIFY(QTest::qWaitFor([&] { return live->eventSeqs().size() >= expected.size(); }, 5000));
        QTest::qWait(50);
        QCOMPARE(live->eventSeqs(), expected);
        auto replay = s.seatPeer(seat);
        QCOMPARE(replay->eventSeqs(), expected);
        if (seat == "ctl")
            QCOMPARE(expected.size(), qsizetype(s.ex->log().lastSeq()));
        if (seat == "obs") {  // exactly the union of its rooms' views: nothing of the truth
            QList<qint64> rooms = s.expected("mic") + s.expected("nisc");
            rooms = QSet<qint64>(rooms.begin(), rooms.end()).values();
            QCOMPARE(expected, sorted(rooms));
        }
        if (seat == "ev") {  // nothing another room sees alone
            for (const cd::store::Event &e : s.ex->log().read())
                if (expected.contains(e.seq) && !e.audience.contains("all") && !e.audience.isEmpty())
                    QVERIFY2(e.audience.contains("op-a"), qPrintable(e.kind));
        }
    }

    void forbiddenIsNotRecorded_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("why");
        const QJsonObject fire{{"do", "fire"}, {"inject", "I-005"}};
        QTest::newRow("evaluator fires")
            << "ev" << fire << "an evaluator seat records observations and judges its rooms' hypotheses only";
        QTest::newRow("evaluator judges another room's")
            << "ev" << QJsonObject{{"do", "judge"}, {"hypothesis_of", "op-b"}, {"verdict", "wrong"}}
            << "this evaluator seat judges the hypotheses of op-a only";
        QTest::newRow("evaluator judges an unknown hypothesis")
            << "ev" << QJsonObject{{"do", "judge"}, {"hypothesis", "hyp-1"}, {"verdict", "wrong"}}
            << "this evaluator seat judges the hypotheses of op-a only";  // none yet at +00:01
        QTest::newRow("evaluator approves")
            << "ev" << QJsonObject{{"do", "approve"}, {"response", "R-gen"}, {"of", "op-a"}}
            << "an evaluator seat records observations and judges its rooms' hypotheses only";
        QTest::newRow("observer observes") << "obs" << QJsonObject{{"do", "observe"}, {"rating", "S"}, {"text", "t"}}
                                           << "an observer seat watches only";
        QTest::newRow("controller as a room")
            << "ctl" << QJsonObject{{"do", "hypothesis"}, {"text", "x"}} << "a seat does not act as a room";
        QTest::newRow("controller names a room")
            << "ctl" << QJsonObject{{"do", "fire"}, {"inject", "I-005"}, {"room", "op-a"}}
            << "a seat acts as the control team, never as a room";
        QTest::newRow("white cell as another persona")
            << "wc" << QJsonObject{{"do", "mail"}, {"from", "persona:press"}, {"to", QJsonArray{"op-a"}}}
            << "this white-cell seat plays customer only";
        QTest::newRow("white cell fires")
            << "wc" << fire << "a white-cell seat mails, calls and posts as the outside world only";
    }
    void forbiddenIsNotRecorded()
    {
        QFETCH(QString, seat);
        QFETCH(QJsonObject, action);
        QFETCH(QString, why);
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto p = s.seatPeer(seat);
        const qint64 before = s.ex->log().lastSeq();
        p->send({{"type", "act"}, {"id", "a1"}, {"action", action}});
        const QJsonObject a = answer(*p, "a1");
        QCOMPARE(a.value("type").toString(), QString("error"));
        QCOMPARE(a.value("code").toString(), QString("forbidden"));
        QCOMPARE(a.value("message").toString(), why);
        QCOMPARE(s.ex->log().lastSeq(), before);
    }

    void actsRecordTheSeatAndThePerson_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("minute");  // served from this exercise minute
        QTest::newRow("controller fires")
            << "ctl" << QJsonObject{{"do", "fire"}, {"inject", "I-005"}, {"reason", "now"}} << "inject.fired" << 1;
        QTest::newRow("evaluator observes")
            << "ev" << QJsonObject{{"do", "observe"}, {"rating", "S"}, {"text", "calm"}} << "observation" << 1;
        QTest::newRow("evaluator judges its room's hypothesis by id")
            << "ev" << QJsonObject{{"do", "judge"}, {"hypothesis", "hyp-1"}, {"verdict", "partial"}}
            << "hypothesis.judged" << 25;
        QTest::newRow("evaluator judges its room's latest hypothesis")
            << "ev" << QJsonObject{{"do", "judge"}, {"hypothesis_of", "op-a"}, {"verdict", "wrong"}}
            << "hypothesis.judged" << 25;
        QTest::newRow("white cell mails as its persona") << "wc"
                                                         << QJsonObject{{"do", "mail"},
                                                                        {"from", "persona:customer"},
                                                                        {"to", QJsonArray{"op-a"}},
                                                                        {"subject", "still down"},
                                                                        {"body", "?"}}
                                                         << "mail.sent" << 1;
    }
    void actsRecordTheSeatAndThePerson()
    {
        QFETCH(QString, seat);
        QFETCH(QJsonObject, action);
        QFETCH(QString, kind);
        QFETCH(int, minute);
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error, minute), qPrintable(error));
        auto p = s.seatPeer(seat, QStringLiteral("Sato"));
        p->send({{"type", "act"}, {"id", "a1"}, {"action", action}});
        const QJsonObject a = answer(*p, "a1");
        QCOMPARE(a.value("type").toString(), QString("result"));
        QVERIFY2(a.value("ok").toBool(), qPrintable(a.value("message").toString()));
        const auto events = s.ex->log().read(a.value("seq").toInteger() - 1, 1);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].kind, kind);
        QCOMPARE(events[0].actor, QString("control"));
        QCOMPARE(events[0].payload.value("seat").toString(), seat);
        QCOMPARE(events[0].payload.value("actor_name").toString(), QString("Sato"));
        if (kind == "hypothesis.judged") {  // op-a's own hypothesis, with the verdict sent
            QCOMPARE(events[0].payload.value("hypothesis").toString(), QString("hyp-1"));
            QCOMPARE(events[0].payload.value("room").toString(), QString("op-a"));
            QCOMPARE(events[0].payload.value("verdict").toString(), action.value("verdict").toString());
        }
        // The seat hears of its own act.
        QVERIFY(QTest::qWaitFor([&] { return p->eventSeqs().contains(events[0].seq); }, 5000));
    }

    void twoControllersFireOnce()
    {
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto a = s.seatPeer("ctl", "A");
        auto b = s.seatPeer("ctl2", "B");
        const QJsonObject fire{{"do", "fire"}, {"inject", "I-005"}};
        a->send({{"type", "act"}, {"id", "f"}, {"action", fire}});
        b->send({{"type", "act"}, {"id", "f"}, {"action", fire}});
        const QJsonObject ra = answer(*a, "f"), rb = answer(*b, "f");
        QCOMPARE(int(ra.value("ok").toBool()) + int(rb.value("ok").toBool()), 1);
        int fired = 0;
        for (const cd::store::Event &e : s.ex->log().read())
            fired += e.kind == "inject.fired" && e.payload.value("inject").toString() == "I-005";
        QCOMPARE(fired, 1);
        QVERIFY(!(ra.value("ok").toBool() ? rb : ra).value("message").toString().isEmpty());
    }

    /// A room calls a persona: it rings at both white-cell seats that play it; the first to
    /// answer takes the call, the other is told who did.
    void twoWhiteCellsAnswerOnce()
    {
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto a = s.seatPeer("wc", "Ito");
        auto b = s.seatPeer("wc2", "Abe");
        RawPeer room(s.url("op-a"));
        room.hello();
        QVERIFY(!room.waitFor("synced").isEmpty());
        room.send(
            {{"type", "act"}, {"id", "call"}, {"action", QJsonObject{{"do", "call"}, {"to", "persona:customer"}}}});
        QVERIFY(answer(room, "call").value("ok").toBool());
        QString call;
        for (const cd::exercise::CallState &c : s.ex->state().calls)
            if (c.from == "op-a" && c.to == "persona:customer")
                call = c.id;
        QVERIFY(!call.isEmpty());
        const auto rang = [&](RawPeer &p) {
            for (const QJsonObject &m : p.messages)
                if (m.value("event").toObject().value("kind") == QLatin1String("call.ringing") &&
                    m.value("event").toObject().value("payload").toObject().value("call").toString() == call)
                    return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return rang(*a) && rang(*b); }, 5000));
        const QJsonObject pick{{"do", "answer"}, {"call", call}};  // the call names its persona
        a->send({{"type", "act"}, {"id", "x"}, {"action", pick}});
        b->send({{"type", "act"}, {"id", "x"}, {"action", pick}});
        const QJsonObject ra = answer(*a, "x"), rb = answer(*b, "x");
        QVERIFY2(ra.value("ok").toBool(), qPrintable(ra.value("message").toString()));
        QCOMPARE(rb.value("ok").toBool(), false);
        QCOMPARE(rb.value("message").toString(), QString("call \"%1\" was already answered by Ito").arg(call));
        int answered = 0;
        for (const cd::store::Event &e : s.ex->log().read())
            answered += e.kind == "call.answered" && e.payload.value("call").toString() == call;
        QCOMPARE(answered, 1);
    }

    /// Who is here: each seat but an observer hears which rooms and seats are connected (the
    /// lobby of `serve --paused`), once on joining and again when it changes.
    void presence()
    {
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto ctl = s.seatPeer("ctl");
        auto obs = s.seatPeer("obs");
        const auto last = [](RawPeer &p) {
            QJsonObject found;
            for (const QJsonObject &m : p.messages)
                if (m.value("type") == QLatin1String("presence"))
                    found = m;
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(last(*ctl).value("seats").toArray(), (QJsonArray{"ctl", "obs"}), 5000);
        QCOMPARE(last(*ctl).value("rooms").toArray(), QJsonArray{});
        QCOMPARE(last(*ctl).value("of_rooms").toInt(), 4);
        auto a = s.client("op-a");
        auto a2 = s.client("op-a");  // a room counts once however many connections it has
        auto mic = s.client("mic");
        QTRY_COMPARE_WITH_TIMEOUT(last(*ctl).value("rooms").toArray(), (QJsonArray{"mic", "op-a"}), 5000);
        mic.reset();
        QTRY_COMPARE_WITH_TIMEOUT(last(*ctl).value("rooms").toArray(), QJsonArray{"op-a"}, 5000);
        QCOMPARE(last(*obs), QJsonObject());  // an observer is not told of other rooms
    }

    void onlyAControllerRunsTheClock_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QJsonObject>("control");
        QTest::addColumn<QString>("kind");  // recorded, or empty when refused
        QTest::addColumn<QString>("code");  // the error's code when refused by role
        QTest::newRow("controller pauses") << "ctl" << QJsonObject{{"op", "pause"}} << "clock.paused"
                                           << "";
        QTest::newRow("controller speeds up") << "ctl" << QJsonObject{{"op", "speed"}, {"speed", 30}} << "clock.speed"
                                              << "";
        QTest::newRow("controller ends") << "ctl" << QJsonObject{{"op", "end"}} << "exercise.ended"
                                         << "";
        QTest::newRow("resume after a pause") << "ctl:pause" << QJsonObject{{"op", "resume"}} << "clock.resumed"
                                              << "";
        QTest::newRow("resume while running") << "ctl" << QJsonObject{{"op", "resume"}} << ""
                                              << "";
        QTest::newRow("evaluator pauses") << "ev" << QJsonObject{{"op", "pause"}} << ""
                                          << "forbidden";
        QTest::newRow("white cell ends") << "wc" << QJsonObject{{"op", "end"}} << ""
                                         << "forbidden";
        QTest::newRow("unknown op") << "ctl" << QJsonObject{{"op", "rewind"}} << ""
                                    << "bad_message";
    }
    void onlyAControllerRunsTheClock()
    {
        QFETCH(QString, seat);
        QFETCH(QJsonObject, control);
        QFETCH(QString, kind);
        QFETCH(QString, code);
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        if (seat.endsWith(":pause")) {  // paused first, as the lobby of `serve --paused` is
            seat.chop(6);
            s.ex->pause();
        }
        auto p = s.seatPeer(seat, "Kato");
        const qint64 before = s.ex->log().lastSeq();
        control.insert("type", "control");
        control.insert("id", "c1");
        p->send(control);
        const QJsonObject a = answer(*p, "c1");
        if (!code.isEmpty()) {
            QCOMPARE(a.value("type").toString(), QString("error"));
            QCOMPARE(a.value("code").toString(), code);
            QCOMPARE(s.ex->log().lastSeq(), before);
            return;
        }
        QCOMPARE(a.value("type").toString(), QString("result"));
        QCOMPARE(a.value("ok").toBool(), !kind.isEmpty());
        if (kind.isEmpty()) {
            QCOMPARE(s.ex->log().lastSeq(), before);
            QCOMPARE(a.value("message").toString(), QString("the clock is already running"));
            return;
        }
        const auto events = s.ex->log().read(before);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].kind, kind);
        QCOMPARE(events[0].payload.value("seat").toString(), seat);
        QCOMPARE(events[0].payload.value("actor_name").toString(), QString("Kato"));
        QCOMPARE(a.value("seq").toInteger(), events[0].seq);
    }

    /// Seats are kept in the database: a new server on the same exercise knows them and their
    /// tokens; a re-issued token closes the old one's connections; a new role too.
    void seatsOutliveTheServer()
    {
        SeatServed s;
        QString error;
        QVERIFY2(s.startWithSeats(&error), qPrintable(error));
        auto old = s.seatPeer("ev");
        s.server.reset();
        QVERIFY(old->waitClosed());
        s.server = std::make_unique<cd::net::ExerciseServer>(*s.ex);
        QVERIFY2(s.server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(s.server->seats().size(), qsizetype(6));
        QCOMPARE(s.seat("ev").spec(), QString("evaluator:op-a"));
        const auto again = s.server->addSeats({s.seat("ev")});  // as `serve --resume --seat` would
        QVERIFY(again.isEmpty());                               // its token is unchanged
        auto p = s.seatPeer("ev");
        QVERIFY(!p->closed);
        QVERIFY(!p->waitFor("welcome").isEmpty());
        // A new role keeps the token but closes the connections of the old one.
        QString why;
        const auto wider = cd::exercise::parseSeat("ev=evaluator:op-a,op-b", s.ex->scenario(), &why);
        QVERIFY(s.server->addSeats({*wider}).isEmpty());
        QVERIFY(p->waitClosed());
        QCOMPARE(p->closeCode, int(cd::net::CloseRevoked));
        auto q = s.seatPeer("ev");
        QCOMPARE(q->waitFor("welcome").value("list").toArray().size(), 2);
        const QString fresh = s.server->reissueSeat("ev");
        QVERIFY(!fresh.isEmpty());
        QVERIFY(q->waitClosed());
        QCOMPARE(q->closeCode, int(cd::net::CloseRevoked));
        RawPeer stale(s.seatUrl("ev"));
        stale.hello();
        QVERIFY(stale.waitClosed());
        QCOMPARE(stale.closeCode, int(cd::net::CloseUnauthorized));
        s.seatTokens.insert("ev", fresh);
        QVERIFY(!s.seatPeer("ev")->waitFor("welcome").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeatServer)
#include "tst_seat_server.moc"
