// The exercise server's hello, replay and sync (docs/protocol.md "welcome", "events", "sync"),
// split from exerciseserver.cpp: what a room gets when it (re)connects.
#include "exercise/exercise.h"
#include "exercise/roomdirectory.h"
#include "exercise/seats.h"
#include "exercise/visibility.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/serverclient.h"

#include <QJsonArray>

namespace cd::net {

namespace {

/// Events per "events" message when replaying a backlog.
constexpr int kBacklogChunk = 200;
/// Events read from the log at a time when replaying.
constexpr int kBacklogPage = 2000;

}  // namespace

QByteArray ExerciseServer::directoryJson(const QString &room)
{
    // The scenario does not change while it is served: build and serialize each room's
    // directory once (~28 KB with 1,000 rooms), not once per connection, trimmed to its size
    // (the serializer leaves it in a 32 KiB block). Each room's differs (it names the room).
    auto it = m_directories.constFind(room);
    if (it == m_directories.constEnd()) {
        QByteArray text = encode(exercise::RoomDirectory::fromScenario(m_exercise.scenario(), room).toJson());
        text.squeeze();
        it = m_directories.insert(room, text);
    }
    return *it;
}

void ExerciseServer::handleHello(ServerClient *c, const QJsonObject &m)
{
    if (c->welcomed) {
        reject(c, CloseProtocol, QStringLiteral("hello_twice"), QStringLiteral("hello was already received"));
        return;
    }
    const QJsonValue version = m.value(QLatin1String("protocol"));
    // A room may still say protocol 3 (it has no seats); a seat says 4.
    const int oldest = c->isSeat ? kProtocolVersion : kMinRoomProtocolVersion;
    if (!version.isDouble() || version.toInteger() < oldest || version.toInteger() > kProtocolVersion) {
        reject(c, CloseProtocol, QStringLiteral("unsupported_protocol"),
               oldest == kProtocolVersion
                   ? QStringLiteral("this server speaks protocol %1 only to seats").arg(kProtocolVersion)
                   : QStringLiteral("this server speaks protocol %1 to %2").arg(oldest).arg(kProtocolVersion));
        return;
    }
    const QJsonValue name = m.value(QLatin1String("name"));
    const QJsonValue since = m.value(QLatin1String("since"));
    if ((!name.isUndefined() && !name.isString()) || (!since.isUndefined() && !since.isDouble()) ||
        since.toDouble() < 0) {
        reject(c, CloseProtocol, QStringLiteral("bad_hello"),
               QStringLiteral("hello: \"name\" is a string and \"since\" a sequence number >= 0"));
        return;
    }
    QString person = name.toString().simplified();
    person.removeIf(
        [](QChar ch) { return ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format; });
    if (person.size() > kMaxNameChars) {
        reject(c, CloseProtocol, QStringLiteral("bad_hello"),
               QStringLiteral("hello: a name has at most %1 characters").arg(kMaxNameChars));
        return;
    }
    c->name = person;
    c->welcomed = true;
    countUnauthenticated(c, -1);
    if (c->isSeat) {
        send(c, seatWelcome(c));
        sendBacklog(c, qint64(since.toDouble()));
        m_seatClients.append(c);
        if (c->seat.role != exercise::SeatRole::Observer)  // who is here, at once
            send(c, encode(presenceJson()));
        sendPresence();  // the others hear of this seat
        emit connectionsChanged();
        return;
    }
    const scenario::Room *room = m_exercise.scenario().room(c->room);
    const scenario::Meta &meta = m_exercise.scenario().meta;
    // The directory goes in as the shared serialized text (the placeholder is replaced).
    QByteArray welcome =
        encode({{QStringLiteral("type"), QStringLiteral("welcome")},
                {QStringLiteral("protocol"), version.toInteger()},
                {QStringLiteral("room"), c->room},
                {QStringLiteral("room_name"), room ? room->name.get(QStringLiteral("ja")) : QString()},
                {QStringLiteral("room_name_en"), room ? room->name.get(QStringLiteral("en")) : QString()},
                {QStringLiteral("exercise"), meta.id},
                {QStringLiteral("title"), meta.title.get(QStringLiteral("en"))},
                {QStringLiteral("start"), meta.start},
                {QStringLiteral("minute"), m_exercise.minute()},
                {QStringLiteral("ended"), m_exercise.ended()},
                {QStringLiteral("last_seq"), m_exercise.log().lastSeq()},
                {QStringLiteral("clock"), clockJson()},
                {QStringLiteral("directory"), QJsonObject()}});
    welcome.replace(QByteArrayLiteral("\"directory\":{}"),
                    QByteArray(QByteArrayLiteral("\"directory\":") + directoryJson(c->room)));
    send(c, welcome);
    sendBacklog(c, qint64(since.toDouble()));
    m_byRoom[c->room].append(c);
    emit connectionsChanged();
}

void ExerciseServer::sendBacklog(ServerClient *c, qint64 since)
{
    // The per-room query, re-checked by the visibility rule (as every reader for a room does),
    // read page by page: a replay of a day's log never sits in memory whole. (What is sent is
    // bounded per connection by the queue limit: a client that does not keep up is dropped and
    // resumes from its last seq.)
    QJsonArray chunk;
    const auto flushChunk = [&] {
        if (chunk.isEmpty())
            return;
        send(c, encode({{QStringLiteral("type"), QStringLiteral("events")}, {QStringLiteral("events"), chunk}}));
        chunk = QJsonArray();
    };
    for (qint64 after = since;;) {
        // A seat reads the whole log and keeps what its role may see (exercise/seats.h).
        const std::vector<store::Event> page = c->isSeat ? m_exercise.log().read(after, kBacklogPage)
                                                         : m_exercise.log().readVisibleTo(c->room, after, kBacklogPage);
        for (const store::Event &e : page) {
            if (c->isSeat ? !exercise::visibleToSeat(m_exercise.scenario(), e, c->seat, m_exercise.state())
                          : !exercise::visibleTo(m_exercise.scenario(), e, c->room))
                continue;
            chunk.append(eventToJson(e, m_allRooms));
            if (chunk.size() >= kBacklogChunk)
                flushChunk();
        }
        if (int(page.size()) < kBacklogPage || c->closing)
            break;
        after = page.back().seq;
    }
    flushChunk();
    send(c, encode({{QStringLiteral("type"), QStringLiteral("synced")},
                    {QStringLiteral("last_seq"), m_exercise.log().lastSeq()}}));
}

void ExerciseServer::handleSync(ServerClient *c, const QJsonObject &m)
{
    const QJsonValue room = m.value(QLatin1String("room"));
    if (!room.isUndefined() && (c->isSeat || room.toString() != c->room)) {
        strike(c, QStringLiteral("forbidden"), QStringLiteral("a room sees only its own events"));
        return;
    }
    const QJsonValue since = m.value(QLatin1String("since"));
    if (!since.isDouble() || since.toDouble() < 0) {
        strike(c, QStringLiteral("bad_message"), QStringLiteral("sync: \"since\" is a sequence number >= 0"));
        return;
    }
    sendBacklog(c, qint64(since.toDouble()));
}

}  // namespace cd::net
