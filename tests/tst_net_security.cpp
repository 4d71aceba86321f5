// The server as a security boundary: forged, missing, revoked and other rooms' tokens are
// refused; a room can neither act as nor read another room; malformed frames, oversized
// messages, floods and protocol abuse get an error or a closed connection, and the server
// keeps serving honest rooms afterwards.
#include "net/tokens.h"
#include "netfixture.h"

using namespace netfixture;
using cd::net::RemoteRoomEndpoint;

namespace {

/// An honest client still connects and receives its room's events.
bool stillServes(Served &s)
{
    auto c = s.client("nisc");
    return c && seqs(c->eventsSince(0)) == s.expected("nisc");
}

}  // namespace

class TestNetSecurity : public QObject
{
    Q_OBJECT

private slots:
    void tokenRefused_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("token");  // "@ROOM" = that room's real token
        QTest::addColumn<int>("closeCode");
        QTest::newRow("no token") << "op-a"
                                  << "" << int(cd::net::CloseUnauthorized);
        QTest::newRow("forged token") << "op-a" << cd::net::generateToken() << int(cd::net::CloseUnauthorized);
        QTest::newRow("garbage token") << "op-a"
                                       << "'; DROP TABLE room_tokens; --" << int(cd::net::CloseUnauthorized);
        QTest::newRow("another room's token") << "op-a"
                                              << "@mic" << int(cd::net::CloseForbidden);
        QTest::newRow("unknown room") << "nobody"
                                      << "@mic" << int(cd::net::CloseForbidden);
    }
    void tokenRefused()
    {
        QFETCH(QString, room);
        QFETCH(QString, token);
        QFETCH(int, closeCode);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        if (token.startsWith('@'))
            token = s.tokens.value(token.mid(1));
        const QString url = cd::net::joinUrl("127.0.0.1", s.server->port(), false, room, token);
        RawPeer peer(url);
        peer.hello();
        QVERIFY(peer.waitClosed());
        QCOMPARE(peer.closeCode, closeCode);
        QCOMPARE(peer.eventSeqs(), QList<qint64>{});
        QVERIFY(!peer.waitFor("error").value("message").toString().isEmpty());
        // The client endpoint gives up (no reconnect loop) and says why.
        RemoteRoomEndpoint c{QUrl(url), {}};
        c.setBackoff(10, 50);
        c.open();
        QVERIFY(QTest::qWaitFor([&] { return c.state() == RemoteRoomEndpoint::State::Closed; }, 5000));
        QVERIFY(!c.lastError().isEmpty());
        QCOMPARE(seqs(c.eventsSince(0)), QList<qint64>{});
        QVERIFY(stillServes(s));
    }

    void reissuedTokenRevokesTheOldOne()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        auto old = s.client("op-a");
        QVERIFY(old);
        const QString oldUrl = s.url("op-a");
        const QString fresh = s.server->reissueToken("op-a");
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != s.tokens.value("op-a"));
        QVERIFY(QTest::qWaitFor([&] { return old->state() == RemoteRoomEndpoint::State::Closed; }, 5000));
        RawPeer again(oldUrl);
        again.hello();
        QVERIFY(again.waitClosed());
        QCOMPARE(again.closeCode, int(cd::net::CloseUnauthorized));
        s.tokens["op-a"] = fresh;
        auto renewed = s.client("op-a");
        QVERIFY(renewed);
        QCOMPARE(seqs(renewed->eventsSince(0)), s.expected("op-a"));
        // Only the hash is stored.
        cd::store::Database db(s.ex->log().path(), false);
        cd::store::Statement st(db, "SELECT hash FROM room_tokens WHERE room = 'op-a'");
        QVERIFY(st.step());
        QCOMPARE(st.columnBlob(0), cd::net::hashToken(fresh));
        QVERIFY(!st.columnBlob(0).contains(fresh.toUtf8()));
    }

    void roomCannotActAsOrReadAnother_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("code");
        const QJsonObject mail{{"do", "mail"}, {"to", QJsonArray{"op-b"}}, {"subject", "FORGED"}, {"body", "x"}};
        QJsonObject asMic = mail;
        asMic.insert("room", "mic");
        QJsonObject actorMic = mail;
        actorMic.insert("actor", "mic");
        QTest::newRow("act with room of another")
            << QJsonObject{{"type", "act"}, {"id", "1"}, {"action", asMic}} << "forbidden";
        QTest::newRow("act with actor of another")
            << QJsonObject{{"type", "act"}, {"id", "2"}, {"action", actorMic}} << "forbidden";
        QTest::newRow("sync another room")
            << QJsonObject{{"type", "sync"}, {"room", "mic"}, {"since", 0}} << "forbidden";
        QTest::newRow("control's verb") << QJsonObject{{"type", "act"},
                                                       {"id", "3"},
                                                       {"action", QJsonObject{{"do", "fire"}, {"inject", "I-005"}}}}
                                        << "";
    }
    void roomCannotActAsOrReadAnother()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, code);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        const qint64 before = s.ex->log().lastSeq();
        RawPeer peer(s.url("op-a"));
        peer.hello();
        const QJsonObject synced = peer.waitFor("synced");
        if (synced.isEmpty())
            qWarning() << peer.closed << peer.closeCode << peer.messages;
        QVERIFY(!synced.isEmpty());
        const int already = int(peer.eventSeqs().size());
        peer.send(message);
        if (!code.isEmpty()) {
            QCOMPARE(peer.waitFor("error", code).value("code").toString(), code);
        } else {
            const QJsonObject result = peer.waitFor("result");
            QCOMPARE(result.value("ok").toBool(true), false);
        }
        peer.send({{"type", "ping"}});
        QVERIFY(!peer.waitFor("pong").isEmpty());
        // Nothing was done as or shown from another room: only op-a's own refusal (if any).
        for (const auto &e : s.ex->log().read(before)) {
            QCOMPARE(e.actor, "op-a");
            QCOMPARE(e.kind, "refused");
        }
        const QList<qint64> got = peer.eventSeqs().mid(already);
        QCOMPARE(got, s.expected("op-a", before));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("frame");  // "" = special cases below
        QTest::addColumn<bool>("binary");
        QTest::addColumn<bool>("beforeHello");
        QTest::addColumn<QString>("code");   // expected error code, or empty
        QTest::addColumn<int>("closeCode");  // expected close, or 0 (stays open)
        QTest::newRow("not json") << QByteArray("{{{ not json") << false << false << "bad_json" << 0;
        QTest::newRow("json array") << QByteArray("[1,2,3]") << false << false << "bad_json" << 0;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"rm -rf"})") << false << false << "unknown_type" << 0;
        QTest::newRow("act without action")
            << QByteArray(R"({"type":"act","id":"x"})") << false << false << "bad_message" << 0;
        QTest::newRow("act with numeric id")
            << QByteArray(R"({"type":"act","id":7,"action":{}})") << false << false << "bad_message" << 0;
        QTest::newRow("binary frame") << QByteArray("\x00\x01\x02", 3) << true << false << "bad_message" << 0;
        QTest::newRow("act before hello") << QByteArray(R"({"type":"act","action":{"do":"mail"}})") << false << true
                                          << "hello_first" << int(cd::net::CloseProtocol);
        QTest::newRow("unknown protocol version") << QByteArray(R"({"type":"hello","protocol":99})") << false << true
                                                  << "unsupported_protocol" << int(cd::net::CloseProtocol);
        QTest::newRow("hello with bad since") << QByteArray(R"({"type":"hello","protocol":3,"since":"x"})") << false
                                              << true << "bad_hello" << int(cd::net::CloseProtocol);
        QTest::newRow("second hello") << QByteArray(R"({"type":"hello","protocol":3})") << false << false
                                      << "hello_twice" << int(cd::net::CloseProtocol);
        QTest::newRow("oversized message")
            << QByteArray(200 * 1024, 'x') << false << false << "" << int(QWebSocketProtocol::CloseCodeTooMuchData);
    }
    void hostileInput()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, binary);
        QFETCH(bool, beforeHello);
        QFETCH(QString, code);
        QFETCH(int, closeCode);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        RawPeer peer(s.url("op-a"));
        QVERIFY(peer.waitConnected());
        if (!beforeHello) {
            peer.hello();
            QVERIFY(!peer.waitFor("synced").isEmpty());
        }
        if (binary)
            peer.socket.sendBinaryMessage(frame);
        else
            peer.socket.sendTextMessage(QString::fromUtf8(frame));
        if (!code.isEmpty())
            QCOMPARE(peer.waitFor("error", code).value("code").toString(), code);
        if (closeCode) {
            QVERIFY(peer.waitClosed());
            QCOMPARE(peer.closeCode, closeCode);
        } else {
            peer.send({{"type", "ping"}});
            QVERIFY(!peer.waitFor("pong").isEmpty());
            QCOMPARE(peer.closed, false);
        }
        QVERIFY(stillServes(s));
    }

    void floodIsLimitedThenClosed()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        RawPeer peer(s.url("op-a"));
        peer.hello();
        QVERIFY(!peer.waitFor("synced").isEmpty());
        const qint64 before = s.ex->log().lastSeq();
        for (int i = 0; i < 500; ++i)
            peer.send({{"type", "act"},
                       {"id", QString::number(i)},
                       {"action", QJsonObject{{"do", "hypothesis"}, {"text", "flood"}}}});
        QVERIFY(!peer.waitFor("error", "rate_limited").isEmpty());
        QVERIFY(peer.waitClosed());
        QCOMPARE(peer.closeCode, int(cd::net::CloseAbuse));
        // The bucket let through at most its burst (plus what refilled meanwhile), not 500.
        int accepted = 0;
        for (const auto &e : s.ex->log().read(before))
            accepted += e.kind == "hypothesis.submitted" ? 1 : 0;
        QVERIFY2(accepted < 200, qPrintable(QString::number(accepted)));
        QVERIFY(stillServes(s));
    }

    void idlePeerWithoutHelloIsClosed()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.server->setHelloTimeout(300);
        RawPeer peer(s.url("op-a"));
        QVERIFY(peer.waitConnected());
        QVERIFY(QTest::qWaitFor([&] { return peer.closed; }, 5000));
        QCOMPARE(peer.closeCode, int(cd::net::CloseProtocol));
    }
};

QTEST_GUILESS_MAIN(TestNetSecurity)
#include "tst_net_security.moc"
