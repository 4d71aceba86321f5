#include "exercise/visibility.h"

#include <QJsonArray>
#include <QSet>

namespace cd::exercise {

namespace {

using scenario::Scenario;

void addRoom(const Scenario &s, QStringList &out, const QString &id)
{
    if (s.room(id))
        out << id;
}

void addRooms(const Scenario &s, QStringList &out, const QJsonValue &list)
{
    const QJsonArray ids = list.toArray();
    if (ids.size() <= 8) {
        for (const QJsonValue &v : ids)
            addRoom(s, out, v.toString());
        return;
    }
    // A long list (a mail to every room) is checked against a set of the room ids: Scenario::room()
    // searches linearly, which made a mail to 1,000 rooms half a million string comparisons each
    // time its audience was derived (at logging, at sending, and for every room replaying it).
    QSet<QString> known;
    known.reserve(qsizetype(s.rooms.size()));
    for (const scenario::Room &r : s.rooms)
        known.insert(r.id);
    for (const QJsonValue &v : ids)
        if (const QString id = v.toString(); known.contains(id))
            out << id;
}

/// Rooms whose own sector (sector or sectors) is `node`.
void addSectorRooms(const Scenario &s, QStringList &out, const QString &node)
{
    for (const scenario::Room &r : s.rooms)
        if (r.sector == node || r.sectors.contains(node))
            out << r.id;
}

/// Readers of a site: its `read` list ("all" stays "all").
void addReaders(const Scenario &s, QStringList &out, const QString &siteId)
{
    const scenario::Site *site = s.site(siteId);
    if (!site)
        return;
    for (const QString &r : site->read) {
        if (r == store::audienceAll())
            out << r;
        else
            addRoom(s, out, r);
    }
}

}  // namespace

QStringList audienceOf(const Scenario &s, const QString &kind, const QString &actor, const QJsonObject &payload)
{
    QStringList out;
    const auto is = [&kind](const char *k) { return kind == QLatin1String(k); };
    if (is("clock.started") || is("clock.paused") || is("clock.resumed") || is("exercise.ended")) {
        out << store::audienceAll();
    } else if (is("mail.sent") || is("mail.read") || is("refused") || is("hypothesis.submitted") ||
               is("hypothesis.judged") || is("response.requested") || is("response.approved") ||
               is("response.declined") || is("response.applied") || is("survey.answered")) {
        // The acting room's own business; for judgements and approvals the room is in the payload.
        const QString room = payload.value(QLatin1String("room")).toString();
        addRoom(s, out, room.isEmpty() ? actor : room);
    } else if (is("mail.delivered")) {
        addRooms(s, out, payload.value(QLatin1String("to")));
        addRooms(s, out, payload.value(QLatin1String("cc")));
    } else if (is("call.ringing") || is("call.answered") || is("call.say") || is("call.ended") || is("call.missed") ||
               is("call.declined")) {
        addRoom(s, out, payload.value(QLatin1String("from")).toString());
        addRoom(s, out, payload.value(QLatin1String("to")).toString());
    } else if (is("call.busy") || is("call.failed")) {
        // The callee never heard this call.
        addRoom(s, out, payload.value(QLatin1String("from")).toString());
    } else if (is("page.posted")) {
        addReaders(s, out, payload.value(QLatin1String("site")).toString());
        addRoom(s, out, payload.value(QLatin1String("by")).toString());  // a poster sees its own post
    } else if (is("model.status") || is("model.breach")) {
        addSectorRooms(s, out, payload.value(QLatin1String("node")).toString());
    }
    // Everything else (inject.*, expected.*, flow.*, observation, shock.added, mail.delayed,
    // clock.speed, ...) is control-only.
    out.removeDuplicates();
    if (out.contains(store::audienceAll()))
        return {store::audienceAll()};
    out.sort();
    return out;
}

bool visibleTo(const Scenario &s, const store::Event &event, const QString &room)
{
    if (!s.room(room))
        return false;
    const QStringList audience = audienceOf(s, event.kind, event.actor, event.payload);
    return audience.contains(room) || audience.contains(store::audienceAll());
}

}  // namespace cd::exercise
