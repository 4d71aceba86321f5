// The exercise server's control-team seats (docs/protocol.md "Seats"), split from
// exerciseserver.cpp: a seat's URL and token, its welcome, what it receives (the visibility rule
// extended to roles, exercise/seats.h), what it may do, and the controller's clock.
#include "exercise/clock.h"
#include "exercise/exercise.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/serverclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cd::net {

QMap<QString, QString> ExerciseServer::addSeats(const QList<exercise::Seat> &seats, bool reissueAll)
{
    refreshTokens();
    QMap<QString, QString> issued;
    for (const exercise::Seat &seat : seats) {
        if (reissueAll || !m_seats.contains(seat.id))
            issued.insert(seat.id, m_tokens->issueSeat(seat.id, seat.spec()));
        else if (m_seats.value(seat.id).spec() != seat.spec())
            m_tokens->setSeatSpec(seat.id, seat.spec());  // its connections close: the role changed
    }
    refreshTokens();
    return issued;
}

QString ExerciseServer::reissueSeat(const QString &id)
{
    refreshTokens();
    if (!m_seats.contains(id))
        return {};
    const QString token = m_tokens->issueSeat(id, m_seats.value(id).spec());
    refreshTokens();
    return token;
}

QList<exercise::Seat> ExerciseServer::seats() const
{
    QList<exercise::Seat> out = m_seats.values();
    std::sort(out.begin(), out.end(), [](const exercise::Seat &a, const exercise::Seat &b) { return a.id < b.id; });
    return out;
}

QString ExerciseServer::seatUrl(const QString &seat, const QString &token) const
{
    return net::seatUrl(m_publicHost, port(), m_tls, seat, token);
}

QString ExerciseServer::acceptSeat(ServerClient *c, const QString &seat, const QString &token, int *closeCode)
{
    *closeCode = CloseUnauthorized;
    if (token.isEmpty())
        return QStringLiteral("a token is required");
    const QByteArray hash = looksLikeToken(token) ? hashToken(token) : QByteArray();
    if (m_hashToRoom.contains(hash)) {
        *closeCode = CloseForbidden;
        return QStringLiteral("a room's token does not open a seat; connect to its /room/ URL");
    }
    const QString owner = m_hashToSeat.value(hash);
    if (owner.isEmpty())
        return QStringLiteral("unknown or revoked token");
    *closeCode = CloseForbidden;
    if (owner != seat)
        return QStringLiteral("this token is not seat \"%1\"'s").arg(seat.left(64));
    c->isSeat = true;
    c->seat = m_seats.value(owner);
    int &open = m_openPerRoom[c->budgetKey()];
    if (open >= m_maxPerRoom) {
        c->isSeat = false;
        *closeCode = CloseRoomFull;
        return QStringLiteral("seat \"%1\" already has %2 connections").arg(seat.left(64)).arg(m_maxPerRoom);
    }
    ++open;
    c->tokenHash = hash;
    return {};
}

QByteArray ExerciseServer::seatWelcome(const ServerClient *c)
{
    const exercise::Seat &seat = c->seat;
    const scenario::Meta &meta = m_exercise.scenario().meta;
    QJsonObject welcome{{QStringLiteral("type"), QStringLiteral("welcome")},
                        {QStringLiteral("protocol"), kProtocolVersion},
                        {QStringLiteral("seat"), seat.id},
                        {QStringLiteral("role"), exercise::roleName(seat.role)},
                        {QStringLiteral("list"), QJsonArray::fromStringList(seat.list)},
                        {QStringLiteral("exercise"), meta.id},
                        {QStringLiteral("title"), meta.title.get(QStringLiteral("en"))},
                        {QStringLiteral("start"), meta.start},
                        {QStringLiteral("minute"), m_exercise.minute()},
                        {QStringLiteral("ended"), m_exercise.ended()},
                        {QStringLiteral("last_seq"), m_exercise.log().lastSeq()},
                        {QStringLiteral("clock"), clockJson()}};
    if (!seat.seesTruth()) {
        // An observer knows its rooms' directories, as the rooms themselves do, and no more.
        // Each room's shared serialized directory, keyed by the room id as JSON spells it.
        QByteArray text = encode(welcome);
        QByteArray dirs("{");
        for (const QString &room : seat.list) {
            if (dirs.size() > 1)
                dirs += ',';
            const QByteArray key = QJsonDocument(QJsonArray{room}).toJson(QJsonDocument::Compact);
            dirs += key.mid(1).chopped(1) + ':' + directoryJson(room);
        }
        dirs += '}';
        text.chop(1);
        return text + ",\"directories\":" + dirs + '}';
    }
    // The controller, the white cell and the evaluator know the whole scenario (the truth too).
    if (m_scenarioJson.isEmpty())
        m_scenarioJson = m_exercise.log().scenarioJson();
    QByteArray text = encode(welcome);
    text.chop(1);
    return text + ",\"scenario\":" + m_scenarioJson + '}';
}

QJsonObject ExerciseServer::presenceJson() const
{
    // Who is here (the lobby before the clock starts, docs/protocol.md "presence"): rooms in
    // scenario order, seats by id, each once however many connections it has.
    QJsonArray rooms, seats;
    for (const scenario::Room &r : m_exercise.scenario().rooms)
        if (!m_byRoom.value(r.id).isEmpty())
            rooms << r.id;
    QStringList seatIds;
    for (const ServerClient *c : m_seatClients)
        if (!seatIds.contains(c->seat.id))
            seatIds << c->seat.id;
    seatIds.sort();
    for (const QString &id : std::as_const(seatIds))
        seats << id;
    return {{QStringLiteral("type"), QStringLiteral("presence")},
            {QStringLiteral("rooms"), rooms},
            {QStringLiteral("of_rooms"), qint64(m_exercise.scenario().rooms.size())},
            {QStringLiteral("seats"), seats}};
}

void ExerciseServer::sendPresence()
{
    // Checked every sweep (500 ms), sent when it changed: thousands of rooms joining at once
    // cost a few messages to the seats, not one per join. Observers are not told of other rooms.
    if (m_seatClients.isEmpty() || m_failed)
        return;
    const QJsonObject presence = presenceJson();
    if (presence == m_presenceSent)
        return;
    m_presenceSent = presence;
    const QString text = QString::fromUtf8(encode(presence));
    for (ServerClient *c : std::as_const(m_seatClients))
        if (c->seat.role != exercise::SeatRole::Observer)
            sendText(c, text);
}

void ExerciseServer::fanOutToSeats(const store::Event &e)
{
    QString text;
    for (ServerClient *c : std::as_const(m_seatClients)) {
        if (!exercise::visibleToSeat(m_exercise.scenario(), e, c->seat, m_exercise.state()))
            continue;
        if (text.isEmpty())
            text = QString::fromUtf8(encode({{QStringLiteral("type"), QStringLiteral("event")},
                                             {QStringLiteral("event"), eventToJson(e, m_allRooms)}}));
        sendText(c, text);
    }
}

bool ExerciseServer::checkSeatAct(ServerClient *c, const QJsonObject &action, const QString &id)
{
    for (const char *key : {"room", "actor", "as"})
        if (action.contains(QLatin1String(key))) {
            strike(c, QStringLiteral("forbidden"), QStringLiteral("a seat acts as the control team, never as a room"),
                   id);
            return false;
        }
    const QString why = exercise::seatMayAct(c->seat, action, m_exercise);
    if (why.isEmpty())
        return true;
    strike(c, QStringLiteral("forbidden"), why, id);  // nothing is recorded
    return false;
}

void ExerciseServer::handleControl(ServerClient *c, const QJsonObject &m)
{
    const QString id = m.value(QLatin1String("id")).toString().left(64);
    if (!c->isSeat || c->seat.role != exercise::SeatRole::Controller) {
        strike(c, QStringLiteral("forbidden"), QStringLiteral("only a controller seat runs the clock"), id);
        return;
    }
    const QString op = m.value(QLatin1String("op")).toString();
    double speed = 0;
    if (op == QLatin1String("speed") &&
        !exercise::Clock::parseSpeed(m.value(QLatin1String("speed")).toVariant().toString(), &speed)) {
        strike(c, QStringLiteral("bad_message"), QStringLiteral("control: \"speed\" is 1..600 or \"max\""), id);
        return;
    }
    if (op != QLatin1String("pause") && op != QLatin1String("resume") && op != QLatin1String("speed") &&
        op != QLatin1String("end")) {
        strike(c, QStringLiteral("bad_message"), QStringLiteral("control: \"op\" is pause, resume, speed or end"), id);
        return;
    }
    if (m_failed)
        return;
    // The acts already queued are done first, so the clock change follows them in the log.
    if (m_commits->pending() > 0)
        m_commits->flush();
    if (m_failed)
        return;
    const bool running = !m_exercise.clock().isPaused();
    QString refused;
    if (m_exercise.ended())
        refused = QStringLiteral("the exercise has ended");
    else if (op == QLatin1String("pause") && !running)
        refused = QStringLiteral("the clock is already paused");
    else if (op == QLatin1String("resume") && running)
        refused = QStringLiteral("the clock is already running");
    const qint64 before = m_exercise.log().lastSeq();
    if (refused.isEmpty()) {
        try {
            const exercise::Exercise::Acting acting(m_exercise, c->name, c->seat.id);
            if (op == QLatin1String("pause"))
                m_exercise.pause();
            else if (op == QLatin1String("resume"))
                m_exercise.resumeClock();
            else if (op == QLatin1String("speed"))
                m_exercise.setSpeed(speed);
            else
                m_exercise.end();
        } catch (const store::Error &e) {
            failStorage(e.message());
            return;
        }
    }
    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("ok"), refused.isEmpty()},
                       {QStringLiteral("seq"), refused.isEmpty() ? before + 1 : 0}};
    if (!id.isEmpty())
        result.insert(QStringLiteral("id"), id);
    if (!refused.isEmpty())
        result.insert(QStringLiteral("message"), refused);
    send(c, encode(result));
}

}  // namespace cd::net
