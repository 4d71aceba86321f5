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

QStringList audienceOf(const Scenario &s, Kind kind, const QString &actor, const QJsonObject &payload)
{
    QStringList out;
    switch (kind) {
    case Kind::ClockStarted:
    case Kind::ClockPaused:
    case Kind::ClockResumed:
    case Kind::ExerciseEnded:
        out << store::audienceAll();
        break;
    case Kind::MailSent:
    case Kind::MailRead:
    case Kind::Refused:
    case Kind::HypothesisSubmitted:
    case Kind::HypothesisJudged:
    case Kind::ResponseRequested:
    case Kind::ResponseApproved:
    case Kind::ResponseDeclined:
    case Kind::ResponseApplied:
    case Kind::SurveyAnswered: {
        // The acting room's own business; for judgements and approvals the room is in the payload.
        const QString room = payload.value(QLatin1String("room")).toString();
        addRoom(s, out, room.isEmpty() ? actor : room);
        break;
    }
    case Kind::MailDelivered:
        addRooms(s, out, payload.value(QLatin1String("to")));
        addRooms(s, out, payload.value(QLatin1String("cc")));
        break;
    case Kind::CallRinging:
    case Kind::CallAnswered:
    case Kind::CallSay:
    case Kind::CallEnded:
    case Kind::CallMissed:
    case Kind::CallDeclined:
        addRoom(s, out, payload.value(QLatin1String("from")).toString());
        addRoom(s, out, payload.value(QLatin1String("to")).toString());
        break;
    case Kind::CallBusy:
    case Kind::CallFailed:
        // The callee never heard this call.
        addRoom(s, out, payload.value(QLatin1String("from")).toString());
        break;
    case Kind::PagePosted:
        addReaders(s, out, payload.value(QLatin1String("site")).toString());
        addRoom(s, out, payload.value(QLatin1String("by")).toString());  // a poster sees its own post
        break;
    case Kind::ModelStatus:
    case Kind::ModelBreach:
        addSectorRooms(s, out, payload.value(QLatin1String("node")).toString());
        break;
    default:
        break;
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
    const QStringList audience = audienceOf(s, kindOf(event), event.actor, event.payload);
    return audience.contains(room) || audience.contains(store::audienceAll());
}

}  // namespace cd::exercise
