// The room directory in the protocol's welcome (docs/protocol.md, version 2): each room receives its
// own directory, exactly RoomDirectory::fromScenario's view for that room (only the sites it may
// read, the responses it may request), and nothing control-only; the wire form round-trips and
// malformed directories are refused with a message, never half-read.
#include "exercise/roomdirectory.h"
#include "netfixture.h"

using namespace netfixture;
using cd::exercise::RoomDirectory;

namespace {
QStringList siteIds(const RoomDirectory &d)
{
    QStringList out;
    for (const auto &s : d.sites)
        out << s.id + (s.canPost ? "+post" : "");
    return out;
}
QStringList responseIds(const RoomDirectory &d)
{
    QStringList out;
    for (const auto &r : d.responses)
        out << r.id;
    return out;
}
}  // namespace

class TestNetDirectory : public QObject
{
    Q_OBJECT

private slots:
    void welcomeCarriesTheRoomsDirectory_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QStringList>("responses");
        QTest::newRow("NISC reads and posts on the portal")
            << "nisc" << QStringList{"news", "portal+post"} << QStringList{};
        QTest::newRow("ministry reads the portal") << "mic" << QStringList{"news", "portal"} << QStringList{};
        QTest::newRow("operator A: news only, its response") << "op-a" << QStringList{"news"} << QStringList{"R-gen"};
        QTest::newRow("operator B: news only, its response") << "op-b" << QStringList{"news"} << QStringList{"R-auto"};
    }
    void welcomeCarriesTheRoomsDirectory()
    {
        QFETCH(QString, room);
        QFETCH(QStringList, sites);
        QFETCH(QStringList, responses);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        RawPeer peer(s.url(room));
        peer.hello();
        const QJsonObject welcome = peer.waitFor("welcome");
        QCOMPARE(welcome.value("protocol").toInt(), cd::net::kProtocolVersion);
        const auto directory = RoomDirectory::fromJson(welcome.value("directory").toObject(), &error);
        QVERIFY2(directory, qPrintable(error));
        QCOMPARE(directory->room, room);
        QCOMPARE(siteIds(*directory), sites);
        QCOMPARE(responseIds(*directory), responses);
        QVERIFY(*directory == RoomDirectory::fromScenario(s.ex->scenario(), room));
        QCOMPARE(directory->parties.size(), size_t(4 + s.ex->scenario().personas.size()));
        QCOMPARE(directory->survey.size(), s.ex->scenario().survey.size());

        // Nothing control-only: the scenario marks truth, notes and expectations SECRET.
        const QString wire = QString::fromUtf8(QJsonDocument(welcome).toJson(QJsonDocument::Compact));
        QCOMPARE(wire.contains("SECRET", Qt::CaseInsensitive), false);
        for (const char *key : {"truth", "control_notes", "expected", "expected_flows", "injects", "graph", "edges"})
            QCOMPARE(wire.contains(QStringLiteral("\"%1\"").arg(QLatin1String(key))), false);
    }

    void remoteEndpointKeepsTheFirstDirectory()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        auto c = s.client("op-a");
        QVERIFY(c);
        QVERIFY(c->directory());
        QCOMPARE(c->directory()->room, "op-a");
        QCOMPARE(siteIds(*c->directory()), QStringList{"news"});
        QSignalSpy welcomed(c.get(), &cd::net::RemoteRoomEndpoint::welcomed);
        QSignalSpy synced(c.get(), &cd::net::RemoteRoomEndpoint::synced);
        c->simulateDrop();
        QVERIFY(synced.wait(5000));
        QCOMPARE(welcomed.size(), 0);  // the window built on the first one stays
        QCOMPARE(c->directory()->room, "op-a");
    }

    void roundTrip()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        for (const auto &r : s.ex->scenario().rooms) {
            const RoomDirectory d = RoomDirectory::fromScenario(s.ex->scenario(), r.id);
            const auto back = RoomDirectory::fromJson(d.toJson(), &error);
            QVERIFY2(back, qPrintable(error));
            QVERIFY(*back == d);
        }
    }

    void malformedIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no room") << QByteArray(R"({"parties": []})") << "\"room\"";
        QTest::newRow("parties not an array")
            << QByteArray(R"({"room": "a", "parties": {}})") << "\"parties\" is not an array";
        QTest::newRow("party without id")
            << QByteArray(R"({"room": "a", "parties": [{"name": "x"}]})") << "\"parties\"[0] is malformed";
        QTest::newRow("site name a number")
            << QByteArray(R"({"room": "a", "sites": [{"id": "s", "name": 3}]})") << "\"sites\"[0] is malformed";
        QTest::newRow("unknown question type")
            << QByteArray(R"({"room": "a", "survey": [{"id": "q", "text": "t", "type": "essay"}]})")
            << "\"survey\"[0] is malformed";
        QTest::newRow("title an array") << QByteArray(R"({"room": "a", "title": []})") << "\"title\"";
    }
    void malformedIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        const auto d = RoomDirectory::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QCOMPARE(d.has_value(), false);
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNetDirectory)
#include "tst_net_directory.moc"
