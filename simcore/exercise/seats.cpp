#include "exercise/seats.h"

#include "exercise/exercise.h"
#include "exercise/json.h"
#include "exercise/visibility.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace cd::exercise {

namespace {

const QString kPersona = QStringLiteral("persona:");

std::optional<SeatRole> roleOf(const QString &name)
{
    for (const SeatRole r : {SeatRole::Controller, SeatRole::WhiteCell, SeatRole::Evaluator, SeatRole::Observer})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

/// A payload field naming parties: a string or a list of strings.
bool names(const QJsonObject &p, const char *key, const QStringList &ids, const QString &prefix = {})
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (v.isString())
        return ids.contains(v.toString().mid(prefix.size())) && v.toString().startsWith(prefix);
    for (const QJsonValue &item : v.toArray())
        if (item.toString().startsWith(prefix) && ids.contains(item.toString().mid(prefix.size())))
            return true;
    return false;
}

/// A control-side event about one of `rooms`: naming it as room, party or recipient, or an
/// inject or flow addressed to it.
bool aboutRooms(const scenario::Scenario &s, const Event &e, const QStringList &rooms)
{
    if (rooms.contains(e.actor))
        return true;
    const QJsonObject &p = e.payload;
    for (const char *key : {"room", "from", "to", "cc", "by"})
        if (names(p, key, rooms))
            return true;
    if (const scenario::Inject *inject = s.inject(str(p, "inject")))
        for (const QString &r : inject->to + inject->cc)
            if (rooms.contains(r))
                return true;
    const QString flow = str(p, "flow");
    for (const scenario::ExpectedFlow &f : s.expectedFlows)
        if (!flow.isEmpty() && f.id == flow && (rooms.contains(f.from) || rooms.contains(f.to)))
            return true;
    return false;
}

bool toOrFromPersonas(const Event &e, const QStringList &personas, const ExerciseState &state)
{
    const QJsonObject &p = e.payload;
    switch (kindOf(e)) {
    case Kind::MailSent:
    case Kind::MailDelivered:
        return names(p, "from", personas, kPersona) || names(p, "to", personas, kPersona) ||
               names(p, "cc", personas, kPersona);
    case Kind::CallOpening: {  // its event names the call only
        const CallState *c = state.call(str(p, "call"));
        return c && ((c->from.startsWith(kPersona) && personas.contains(c->from.mid(kPersona.size()))) ||
                     (c->to.startsWith(kPersona) && personas.contains(c->to.mid(kPersona.size()))));
    }
    default:
        if (callStatusOf(kindOf(e)) || kindOf(e) == Kind::CallSay)
            return names(p, "from", personas, kPersona) || names(p, "to", personas, kPersona);
        return false;
    }
}

/// Why an evaluator seat may not judge what `action` names (empty: it may). A `hypothesis` id is
/// resolved to its room through the state, as the engine resolves it (play.cpp); an unknown id
/// gets the same answer as another room's, so the seat learns nothing of hypotheses it cannot see.
QString evaluatorMayJudge(const Seat &seat, const QJsonObject &action, const ExerciseState &state)
{
    QString room;
    if (action.contains(QLatin1String("hypothesis"))) {
        for (const HypothesisState &h : state.hypotheses)
            if (h.id == str(action, "hypothesis"))
                room = h.room;
    } else if (action.contains(QLatin1String("hypothesis_of"))) {
        room = str(action, "hypothesis_of");
    } else {
        return QStringLiteral("an evaluator seat names the hypothesis it judges (hypothesis or hypothesis_of)");
    }
    return seatMayJudge(seat, room) ? QString()
                                    : QStringLiteral("this evaluator seat judges the hypotheses of %1 only")
                                          .arg(seat.list.join(QStringLiteral(", ")));
}

}  // namespace

bool seatMayJudge(const Seat &seat, const QString &room)
{
    return seat.role == SeatRole::Controller || (seat.role == SeatRole::Evaluator && seat.list.contains(room));
}

QString roleName(SeatRole role)
{
    switch (role) {
    case SeatRole::Controller:
        return QStringLiteral("controller");
    case SeatRole::WhiteCell:
        return QStringLiteral("whitecell");
    case SeatRole::Evaluator:
        return QStringLiteral("evaluator");
    case SeatRole::Observer:
        return QStringLiteral("observer");
    }
    return {};
}

QString Seat::spec() const
{
    return list.isEmpty() ? roleName(role) : roleName(role) + QLatin1Char(':') + list.join(QLatin1Char(','));
}

std::optional<Seat> parseSeat(const QString &arg, const scenario::Scenario &s, QString *error)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = QStringLiteral("expected ID=ROLE[:LIST], got \"%1\"").arg(arg.left(80));
        return std::nullopt;
    }
    return seatFromSpec(arg.left(eq), arg.mid(eq + 1), s, error);
}

std::optional<Seat> seatFromSpec(const QString &id, const QString &spec, const scenario::Scenario &s, QString *error)
{
    static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!idForm.match(id).hasMatch()) {
        *error = QStringLiteral("seat \"%1\": a seat id is 1 to 64 letters, digits, '-' or '_'").arg(id.left(80));
        return std::nullopt;
    }
    Seat seat;
    seat.id = id;
    const QString name = spec.section(QLatin1Char(':'), 0, 0);
    const std::optional<SeatRole> role = roleOf(name);
    if (!role) {
        *error = QStringLiteral("seat \"%1\": unknown role \"%2\" (controller, whitecell, evaluator or observer)")
                     .arg(id, name.left(80));
        return std::nullopt;
    }
    seat.role = *role;
    const QString list = spec.section(QLatin1Char(':'), 1);
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!seat.list.contains(item.trimmed()))
            seat.list << item.trimmed();
    if (seat.role == SeatRole::Controller) {
        if (!seat.list.isEmpty()) {
            *error = QStringLiteral("seat \"%1\": a controller sees everything and takes no list").arg(id);
            return std::nullopt;
        }
        return seat;
    }
    const bool personas = seat.role == SeatRole::WhiteCell;
    if (seat.list.isEmpty()) {
        *error = personas ? QStringLiteral("seat \"%1\": whitecell needs the personas it plays "
                                           "(whitecell:PERSONA,...)")
                                .arg(id)
                          : QStringLiteral("seat \"%1\": %2 needs its rooms (%2:ROOM,...)").arg(id, name);
        return std::nullopt;
    }
    for (QString &item : seat.list) {
        if (personas && item.startsWith(kPersona))
            item = item.mid(kPersona.size());
        if (personas ? !s.persona(item) : !s.room(item)) {
            *error = QStringLiteral("seat \"%1\": no %2 \"%3\" in this exercise")
                         .arg(id, personas ? QStringLiteral("persona") : QStringLiteral("room"), item.left(80));
            return std::nullopt;
        }
    }
    return seat;
}

bool visibleToSeat(const scenario::Scenario &s, const Event &event, const Seat &seat, const ExerciseState &state)
{
    if (seat.role == SeatRole::Controller)
        return true;
    if (seat.role != SeatRole::Observer && str(event.payload, "seat") == seat.id)
        return true;  // what the seat itself did (an observer does nothing)
    const QStringList audience = audienceOf(s, kindOf(event), event.actor, event.payload);
    if (audience.contains(store::audienceAll()))
        return true;  // the clock and the end, which everyone sees
    if (seat.role == SeatRole::WhiteCell) {
        const Kind k = kindOf(event);
        if (k == Kind::InjectFired || k == Kind::InjectArmed || k == Kind::InjectSkipped || k == Kind::InjectDelayed)
            return true;
        if (k == Kind::Refused)
            return false;  // another seat's refusal (its own were let through above)
        return toOrFromPersonas(event, seat.list, state);
    }
    for (const QString &room : seat.list)
        if (audience.contains(room))
            return true;
    return seat.role == SeatRole::Evaluator && audience.isEmpty() && aboutRooms(s, event, seat.list);
}

scenario::Scenario scenarioOfRooms(const std::vector<RoomDirectory> &rooms)
{
    scenario::Scenario s;
    for (const RoomDirectory &d : rooms) {
        scenario::Room room;
        room.id = d.room;
        room.name = d.roomName;
        for (const RoomDirectory::Party &sector : d.sectors)
            room.sectors << sector.id;
        s.rooms.push_back(room);
        for (const RoomDirectory::Site &site : d.sites) {
            auto known = std::find_if(s.sites.begin(), s.sites.end(),
                                      [&site](const scenario::Site &k) { return k.id == site.id; });
            if (known == s.sites.end()) {
                s.sites.push_back({});
                known = std::prev(s.sites.end());
                known->id = site.id;
                known->name = site.name;
            }
            known->read << d.room;
        }
    }
    return s;
}

QString seatMayAct(const Seat &seat, const QJsonObject &action, Exercise &exercise)
{
    if (seat.role == SeatRole::Observer)
        return QStringLiteral("an observer seat watches only");
    const VerbInfo *verb = verbInfo(str(action, "do"));
    if (!verb)  // refused here, so nothing is recorded for a seat's typo either
        return QStringLiteral("unknown action \"%1\"").arg(str(action, "do").left(64));
    const Verb v = verb->verb;
    if (verb->who == Performer::RoomOnly)
        return QStringLiteral("a seat does not act as a room");
    switch (seat.role) {
    case SeatRole::Controller:
        return {};
    case SeatRole::Observer:
        return QStringLiteral("an observer seat watches only");
    case SeatRole::Evaluator:
        if (v == Verb::Judge)
            return evaluatorMayJudge(seat, action, exercise.state());
        return v == Verb::Observe ? QString()
                                  : QStringLiteral("an evaluator seat records observations and judges its rooms' "
                                                   "hypotheses only");
    case SeatRole::WhiteCell:
        break;
    }
    const auto plays = [&seat](const QString &party) {
        return party.startsWith(kPersona) && seat.list.contains(party.mid(kPersona.size()));
    };
    const QString notPlayed =
        QStringLiteral("this white-cell seat plays %1 only").arg(seat.list.join(QStringLiteral(", ")));
    switch (v) {
    case Verb::Mail:
    case Verb::Call:
        return plays(str(action, "from")) ? QString() : notPlayed;
    case Verb::Answer:
    case Verb::Say:
    case Verb::Hangup: {
        // As the persona named, or on the call named when one of its parties is played here.
        if (action.contains(QLatin1String("persona")))
            return seat.list.contains(str(action, "persona")) ? QString() : notPlayed;
        const CallState *c = exercise.state().call(str(action, "call"));
        if (!c)
            return action.contains(QLatin1String("call")) ? QString() : notPlayed;  // unknown: the engine says so
        return plays(c->from) || plays(c->to) ? QString() : notPlayed;
    }
    case Verb::Post:
        return {};  // the outside world's news and notices
    case Verb::Reply:
    case Verb::Forward: {
        const MailState *m = exercise.mail(str(action, "mail"));
        if (!m)
            return {};  // unknown: the engine says so
        for (const QString &party : m->to + m->cc + QStringList{m->from})
            if (plays(party))
                return {};
        return notPlayed;
    }
    default:
        return QStringLiteral("a white-cell seat mails, calls and posts as the outside world only");
    }
}

}  // namespace cd::exercise
