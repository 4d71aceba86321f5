// The wire's compact "all rooms" form (docs/protocol.md, version 3): a recipient list equal to every
// room travels as "all_rooms": ["to"] and is expanded by the client from its directory. The
// encoding is lossless, malformed uses are refused, a room in an all-rooms mail gets it with the
// full recipient list, and a mail to one room still reaches no other room.
#include "netfixture.h"

using namespace netfixture;
using cd::net::RemoteRoomEndpoint;

namespace {

const QJsonArray kRooms{"nisc", "mic", "op-a", "op-b"};

cd::store::Event mailEvent(const QJsonValue &to, const QJsonValue &cc)
{
    cd::store::Event e;
    e.seq = 42;
    e.wallMs = 1764201600123;
    e.minute = 5;
    e.actor = "system";
    e.kind = "mail.delivered";
    e.payload = {{"mail", "mail-1"}, {"from", "nisc"}, {"subject", "s"}, {"to", to}, {"cc", cc}};
    return e;
}

/// The first live or replayed event of `kind` whose payload subject is `subject`, as sent.
QJsonObject wireEvent(const RawPeer &peer, const QString &kind, const QString &subject)
{
    for (const QJsonObject &m : peer.messages) {
        QJsonArray events = m.value("events").toArray();
        if (m.value("type") == QLatin1String("event"))
            events.append(m.value("event"));
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value("kind") == kind && e.value("payload").toObject().value("subject") == subject)
                return e;
        }
    }
    return {};
}

}  // namespace

class TestNetAllRooms : public QObject
{
    Q_OBJECT

private slots:
    void encodingIsLossless_data()
    {
        QTest::addColumn<QJsonArray>("to");
        QTest::addColumn<QJsonArray>("cc");
        QTest::addColumn<QStringList>("compact");  // expected "all_rooms"
        QTest::newRow("to every room") << kRooms << QJsonArray{} << QStringList{"to"};
        QTest::newRow("cc every room") << QJsonArray{"mic"} << kRooms << QStringList{"cc"};
        QTest::newRow("to and cc every room") << kRooms << kRooms << QStringList{"to", "cc"};
        QTest::newRow("every room, another order")
            << QJsonArray{"mic", "nisc", "op-a", "op-b"} << QJsonArray{} << QStringList{};
        QTest::newRow("all but one room") << QJsonArray{"nisc", "mic", "op-a"} << QJsonArray{} << QStringList{};
        QTest::newRow("every room and a persona")
            << QJsonArray{"nisc", "mic", "op-a", "op-b", "persona:press"} << QJsonArray{} << QStringList{};
        QTest::newRow("one room") << QJsonArray{"op-b"} << QJsonArray{} << QStringList{};
    }
    void encodingIsLossless()
    {
        QFETCH(QJsonArray, to);
        QFETCH(QJsonArray, cc);
        QFETCH(QStringList, compact);
        const cd::store::Event e = mailEvent(to, cc);
        const QJsonObject wire = cd::net::eventToJson(e, kRooms);
        QStringList got;
        for (const QJsonValue &v : wire.value("all_rooms").toArray())
            got << v.toString();
        QCOMPARE(got, compact);
        for (const QString &field : compact)
            QCOMPARE(wire.value("payload").toObject().contains(field), false);
        const auto back = cd::net::eventFromJson(wire, kRooms);
        QVERIFY(back);
        QCOMPARE(back->payload, e.payload);
        QCOMPARE(back->seq, e.seq);
        QCOMPARE(back->wallMs, e.wallMs);
        // Without a room list nothing is compacted.
        QCOMPARE(cd::net::eventToJson(e).contains("all_rooms"), false);
    }

    void malformedCompactFormIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("allRooms");
        QTest::addColumn<bool>("toInPayload");
        QTest::addColumn<bool>("haveList");
        QTest::newRow("unknown field") << QJsonValue(QJsonArray{"from"}) << false << true;
        QTest::newRow("field also in payload") << QJsonValue(QJsonArray{"to"}) << true << true;
        QTest::newRow("field twice") << QJsonValue(QJsonArray{"to", "to"}) << false << true;
        QTest::newRow("not a list") << QJsonValue("to") << false << true;
        QTest::newRow("no room list to expand with") << QJsonValue(QJsonArray{"to"}) << false << false;
    }
    void malformedCompactFormIsRefused()
    {
        QFETCH(QJsonValue, allRooms);
        QFETCH(bool, toInPayload);
        QFETCH(bool, haveList);
        QJsonObject wire = cd::net::eventToJson(mailEvent(QJsonArray{"mic"}, QJsonArray{}));
        QJsonObject payload = wire.value("payload").toObject();
        if (!toInPayload)
            payload.remove("to");
        wire.insert("payload", payload);
        wire.insert("all_rooms", allRooms);
        QCOMPARE(cd::net::eventFromJson(wire, haveList ? kRooms : QJsonArray{}).has_value(), false);
    }

    void everyRoomGetsAnAllRoomsMailWithItsRecipients()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QCOMPARE(cd::net::roomIdList(cd::exercise::RoomDirectory::fromScenario(s.ex->scenario(), "op-b").roomIds()),
                 kRooms);
        std::map<QString, std::unique_ptr<RemoteRoomEndpoint>> clients;
        std::map<QString, std::unique_ptr<RawPeer>> raw;
        for (const QJsonValue &v : kRooms) {
            const QString room = v.toString();
            clients[room] = s.client(room);
            QVERIFY(clients[room]);
            raw[room] = std::make_unique<RawPeer>(s.url(room));
            raw[room]->hello();
            QVERIFY(!raw[room]->waitFor("synced").isEmpty());
        }
        const QStringList all{"nisc", "mic", "op-a", "op-b"};
        QVERIFY(clients["op-a"]->sendMail(all, {}, "report", "TO-ALL", "body").ok);
        QVERIFY(clients["nisc"]->sendMail({"mic"}, {}, "report", "TO-MIC", "body").ok);
        for (const QString &room : all) {
            QVERIFY(barrier(*clients[room]));
            QCOMPARE(seqs(clients[room]->eventsSince(0)), s.expected(room));
            // The client expands the compact form to the full recipient list.
            const cd::store::Event *delivered = nullptr;
            for (const auto &e : clients[room]->eventsSince(0))
                if (e.kind == "mail.delivered" && e.payload.value("subject") == QLatin1String("TO-ALL"))
                    delivered = &e;
            QVERIFY(delivered);
            QCOMPARE(delivered->payload.value("to").toArray(), kRooms);
            // On the wire it travelled compact.
            RawPeer &peer = *raw[room];
            peer.send({{"type", "ping"}});
            QVERIFY(QTest::qWaitFor([&] { return !wireEvent(peer, "mail.delivered", "TO-ALL").isEmpty(); }, 5000));
            const QJsonObject wire = wireEvent(peer, "mail.delivered", "TO-ALL");
            QCOMPARE(wire.value("all_rooms").toArray(), QJsonArray{"to"});
            QCOMPARE(wire.value("payload").toObject().contains("to"), false);
            // A mail to one room reaches that room only, with its list as it was.
            QVERIFY(!peer.waitFor("pong").isEmpty());
            const QJsonObject toMic = wireEvent(peer, "mail.delivered", "TO-MIC");
            QCOMPARE(toMic.isEmpty(), room != "mic");
            if (room == "mic") {
                QCOMPARE(toMic.value("payload").toObject().value("to").toArray(), QJsonArray{"mic"});
                QCOMPARE(toMic.contains("all_rooms"), false);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNetAllRooms)
#include "tst_net_allrooms.moc"
