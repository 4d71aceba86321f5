// The exercise server's `act` (docs/protocol.md "act", "result"), split from exerciseserver.cpp:
// checked here, queued for the group commit (groupcommit.h), answered once committed.
#include "exercise/exercise.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/serverclient.h"

#include <QWebSocket>

namespace cd::net {

void ExerciseServer::handleAct(ServerClient *c, const QJsonObject &m)
{
    const QJsonValue idValue = m.value(QLatin1String("id"));
    if (!idValue.isUndefined() && (!idValue.isString() || idValue.toString().size() > 64)) {
        strike(c, QStringLiteral("bad_message"), QStringLiteral("act: \"id\" is a string of at most 64 characters"));
        return;
    }
    const QString id = idValue.toString();
    const QJsonValue actionValue = m.value(QLatin1String("action"));
    if (!actionValue.isObject()) {
        strike(c, QStringLiteral("bad_message"), QStringLiteral("act: \"action\" is an object"), id);
        return;
    }
    QJsonObject action = actionValue.toObject();
    if (c->isSeat) {
        if (checkSeatAct(c, action, id) && !m_failed)
            m_commits->add(GroupCommit::Act{c->socket, QStringLiteral("control"), c->name, id, action, c->seat.id});
        return;
    }
    // A room acts only as itself: an action naming another room is refused outright.
    for (const char *key : {"room", "actor", "as"}) {
        const QJsonValue who = action.value(QLatin1String(key));
        if (who.isUndefined())
            continue;
        if (who.toString() != c->room) {
            strike(c, QStringLiteral("forbidden"), QStringLiteral("a room acts only as itself"), id);
            return;
        }
        action.remove(QLatin1String(key));
    }
    if (m_failed)
        return;  // not recorded: every connection is being closed with CloseStorage
    m_commits->add(GroupCommit::Act{c->socket, c->room, c->name, id, action, {}});
}

void ExerciseServer::answerAct(const GroupCommit::Act &act, const exercise::Outcome &o)
{
    // The connection may have gone while its act waited for the commit: it resumes by seq.
    ServerClient *c = m_clients.value(qobject_cast<QWebSocket *>(act.sender.data()));
    if (!c)
        return;
    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("ok"), o.ok},
                       {QStringLiteral("seq"), o.seq}};
    if (!act.id.isEmpty())
        result.insert(QStringLiteral("id"), act.id);
    if (!o.ok)
        result.insert(QStringLiteral("message"), o.message);
    send(c, encode(result));
}

}  // namespace cd::net
