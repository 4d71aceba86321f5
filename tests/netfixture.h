#pragma once
// Shared helpers for the network tests: an exercise served on 127.0.0.1 (port chosen by the
// OS), remote room clients, and a raw WebSocket peer for hostile input.

#include "exercise/localroomendpoint.h"
#include "exercisefixture.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/remoteroomendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace netfixture {

/// A WebSocket peer that records every message and how the server closed it.
class RawPeer
{
public:
    explicit RawPeer(const QString &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &t) { messages << QJsonDocument::fromJson(t.toUtf8()).object(); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = int(socket.closeCode());
        });
        socket.open(QUrl(url));
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, 5000) &&
               !closed;
    }
    void send(const QJsonObject &m)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }
    void hello(qint64 since = 0)
    {
        if (!waitConnected())
            return;
        send({{"type", "hello"}, {"protocol", cd::net::kProtocolVersion}, {"name", "raw"}, {"since", since}});
    }
    /// The first message of `type` (waiting for it), or an empty object.
    QJsonObject waitFor(const QString &type, const QString &code = {})
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : messages)
                    if (m.value("type").toString() == type && (code.isEmpty() || m.value("code").toString() == code)) {
                        found = m;
                        return true;
                    }
                return closed;
            },
            5000);
        if (found.isEmpty())
            for (const QJsonObject &m : messages)
                if (m.value("type").toString() == type && (code.isEmpty() || m.value("code").toString() == code))
                    found = m;
        return found;
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return closed; }, 8000);
    }
    /// Events received (single and batched).
    QList<qint64> eventSeqs() const
    {
        QList<qint64> out;
        for (const QJsonObject &m : messages) {
            if (m.value("type") == QLatin1String("event"))
                out << m.value("event").toObject().value("seq").toInteger();
            for (const QJsonValue &v : m.value("events").toArray())
                out << v.toObject().value("seq").toInteger();
        }
        return out;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;
    int closeCode = 0;
};

/// The basic engine scenario (or another of tests/data/exercise) served on loopback.
struct Served
{
    QTemporaryDir dir;
    std::unique_ptr<cd::exercise::Exercise> ex;
    std::unique_ptr<cd::net::ExerciseServer> server;
    QMap<QString, QString> tokens;

    bool start(QString *error, const QString &scenario = "basic.cxs.json")
    {
        ex = fixture::start(scenario, {}, dir.filePath("x.cxdb"), error);
        if (!ex)
            return false;
        ex->advanceTo(1);
        server = std::make_unique<cd::net::ExerciseServer>(*ex);
        if (!server->listen(QHostAddress::LocalHost, 0, error))
            return false;
        tokens = server->issueTokens();
        return true;
    }
    QString url(const QString &room) const { return server->joinUrl(room, tokens.value(room)); }

    /// A connected client of `room` (nullptr if it could not connect).
    std::unique_ptr<cd::net::RemoteRoomEndpoint> client(const QString &room, const QString &name = {})
    {
        auto c = std::make_unique<cd::net::RemoteRoomEndpoint>(QUrl(url(room)), name);
        c->setBackoff(20, 200);
        QSignalSpy synced(c.get(), &cd::net::RemoteRoomEndpoint::synced);
        c->open();
        if (!synced.wait(5000))
            return nullptr;
        return c;
    }

    /// The seqs the visibility rule gives `room` (the server's per-room query).
    QList<qint64> expected(const QString &room, qint64 after = 0)
    {
        cd::exercise::LocalRoomEndpoint local(*ex, room);
        QList<qint64> out;
        for (const auto &e : local.eventsSince(after))
            out << e.seq;
        return out;
    }
};

inline QList<qint64> seqs(const std::vector<cd::store::Event> &events)
{
    QList<qint64> out;
    for (const auto &e : events)
        out << e.seq;
    return out;
}

/// Sends an action the server refuses and waits for its result: everything the server sent
/// this client before has then arrived (one ordered stream).
inline bool barrier(cd::net::RemoteRoomEndpoint &c)
{
    QSignalSpy results(&c, &cd::net::RemoteRoomEndpoint::resultReceived);
    const QString id = c.send({{"do", "read"}, {"mail", "no-such-mail"}});
    if (id.isEmpty())
        return false;
    return QTest::qWaitFor(
        [&] {
            for (const auto &args : results)
                if (args.at(0).toString() == id)
                    return true;
            return false;
        },
        5000);
}

}  // namespace netfixture
