// Phone: a call rings in the callee's room; a room has `phone_lines` lines (a further caller
// hears busy); the callee may decline a ringing call (a hang-up before answering); an unanswered
// call becomes missed; calls to or from personas are handled by the
// control team. channels.phone.down_at_q: no call goes through while the node is that degraded.
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

namespace cd::exercise {

namespace {

bool isPersona(const scenario::Scenario &s, const QString &party)
{
    return party.startsWith(QLatin1String("persona:")) && s.persona(party.mid(8));
}

/// Whether `actor` speaks for `party` on a call: a room for itself, control for personas.
bool speaksFor(const QString &actor, const QString &party)
{
    if (actor == QLatin1String("control"))
        return party.startsWith(QLatin1String("persona:")) || party == QLatin1String("control");
    return actor == party;
}

}  // namespace

int PhoneDesk::linesInUse(const QString &party) const
{
    int n = 0;
    for (const CallState &c : m_cx.state.calls)
        if (c.occupiesLine() && (c.from == party || c.to == party))
            ++n;
    return n;
}

void PhoneDesk::ring(const QString &actor, const QString &from, const QString &to, const QString &kind,
                     const QJsonValue &opening)
{
    const QString id = QStringLiteral("call-%1").arg(m_cx.state.calls.size() + 1);
    CallPayload call{.call = id, .from = from, .to = to, .kind = kind};
    if (const auto &phone = m_cx.scenario.channels.phone;
        phone && phone->downAtQ && m_cx.model.q(phone->node) >= *phone->downAtQ) {
        call.reason = QStringLiteral("no dial tone");
        m_cx.record(Kind::CallFailed, actor, call.toJson());
        return;
    }
    const scenario::Room *callee = m_cx.scenario.room(to);
    if (callee && linesInUse(to) >= std::max(1, callee->phoneLines)) {
        m_cx.record(Kind::CallBusy, actor, call.toJson());
        return;
    }
    m_cx.record(Kind::CallRinging, actor, call.toJson());
    const bool hasOpening = opening.isObject() || !opening.toString().isEmpty();
    if (hasOpening)  // control-only until spoken: the callee hears it on answering
        m_cx.record(Kind::CallOpening, QStringLiteral("system"), CallPayload{.call = id, .text = opening}.toJson());
}

Outcome PhoneDesk::place(const QString &actor, const QJsonObject &action)
{
    const bool control = actor == QLatin1String("control");
    const QString from = action.contains(QLatin1String("from")) ? str(action, "from") : actor;
    if (!control && from != actor)
        return Outcome::refused(QStringLiteral("room \"%1\" may not call as \"%2\"").arg(actor, from));
    if (control && !isPersona(m_cx.scenario, from))
        return Outcome::refused(QStringLiteral("the control team calls as a persona (\"from\": \"persona:ID\")"));
    const QString to = str(action, "to");
    if (!m_cx.scenario.room(to) && !isPersona(m_cx.scenario, to))
        return Outcome::refused(QStringLiteral("unknown callee \"%1\"").arg(to));
    if (to == from)
        return Outcome::refused(QStringLiteral("a room cannot call itself"));
    const QString kind = action.contains(QLatin1String("kind")) ? str(action, "kind") : QStringLiteral("other");
    static const QStringList kinds{QStringLiteral("report"), QStringLiteral("advisory"), QStringLiteral("query"),
                                   QStringLiteral("other")};
    if (!kinds.contains(kind))
        return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
    if (const scenario::Room *caller = m_cx.scenario.room(from);
        caller && linesInUse(from) >= std::max(1, caller->phoneLines))
        return Outcome::refused(QStringLiteral("room \"%1\" has no free phone line").arg(from));
    ring(actor, from, to, kind, action.value(QLatin1String("say")));
    return {};
}

const CallState *PhoneDesk::find(const QString &actor, const QJsonObject &action, bool ringing, bool calleeOnly,
                                 QString *why) const
{
    const QString persona =
        action.contains(QLatin1String("persona")) ? QStringLiteral("persona:") + str(action, "persona") : QString();
    const auto party = [&](const CallState &c) {
        if (!persona.isEmpty())
            return actor == QLatin1String("control") && (c.from == persona || c.to == persona);
        return speaksFor(actor, c.from) || speaksFor(actor, c.to);
    };
    const auto role = [&](const CallState &c) { return !calleeOnly || speaksFor(actor, c.to); };
    const auto wanted = [&](const CallState &c) {
        return ringing ? c.status == CallState::Status::Ringing : c.status == CallState::Status::Connected;
    };
    if (action.contains(QLatin1String("call"))) {
        const CallState *c = m_cx.state.call(str(action, "call"));
        if (!c || !party(*c)) {
            *why = QStringLiteral("unknown call \"%1\"").arg(str(action, "call"));
            return nullptr;
        }
        if (ringing && c->status == CallState::Status::Connected && !c->answeredBy.isEmpty()) {
            // Two white-cell seats (or two people in a room) answering one call: the first wins.
            *why = QStringLiteral("call \"%1\" was already answered by %2").arg(c->id, c->answeredBy);
            return nullptr;
        }
        if (!wanted(*c)) {
            *why = QStringLiteral("call \"%1\" is not %2")
                       .arg(c->id, ringing ? QStringLiteral("ringing") : QStringLiteral("connected"));
            return nullptr;
        }
        return c;
    }
    for (const CallState &c : m_cx.state.calls)
        if (wanted(c) && party(c) && role(c))
            return &c;
    *why = ringing ? QStringLiteral("no call is ringing") : QStringLiteral("no call is connected");
    return nullptr;
}

Outcome PhoneDesk::answer(const QString &actor, const QJsonObject &action)
{
    QString why;
    const CallState *c = find(actor, action, true, true, &why);
    if (!c)
        return Outcome::refused(why);
    if (!speaksFor(actor, c->to))
        return Outcome::refused(QStringLiteral("only the callee answers call \"%1\"").arg(c->id));
    const CallState call = *c;
    m_cx.record(Kind::CallAnswered, actor, CallPayload{.call = call.id, .from = call.from, .to = call.to}.toJson());
    if (call.opening.isObject() || !call.opening.toString().isEmpty())
        m_cx.record(
            Kind::CallSay, call.from,
            CallPayload{.call = call.id, .from = call.from, .to = call.to, .kind = call.kind, .text = call.opening}
                .toJson());
    return {};
}

Outcome PhoneDesk::say(const QString &actor, const QJsonObject &action)
{
    QString why;
    const CallState *c = find(actor, action, false, false, &why);
    if (!c)
        return Outcome::refused(why);
    const bool caller = speaksFor(actor, c->from);
    const QString speaker = caller ? c->from : c->to;
    const QString listener = caller ? c->to : c->from;
    m_cx.record(Kind::CallSay, speaker,
                CallPayload{.call = c->id,
                            .from = speaker,
                            .to = listener,
                            .kind = caller ? c->kind : QStringLiteral("other"),
                            .text = action.value(QLatin1String("text"))}
                    .toJson());
    return {};
}

Outcome PhoneDesk::hangUp(const QString &actor, const QJsonObject &action)
{
    QString why;
    const CallState *c = find(actor, action, false, false, &why);
    bool declined = false;
    if (!c) {
        // On a call still ringing, the caller gives up on it (ended) and the callee declines it
        // (declined: the caller hears it was turned down, not that nobody answered).
        c = find(actor, action, true, false, &why);
        if (!c)
            return Outcome::refused(why);
        declined = !speaksFor(actor, c->from);
        if (declined && !speaksFor(actor, c->to))
            return Outcome::refused(QStringLiteral("unknown call \"%1\"").arg(c->id));
    }
    m_cx.record(declined ? Kind::CallDeclined : Kind::CallEnded, actor,
                CallPayload{.call = c->id, .from = c->from, .to = c->to}.toJson());
    return {};
}

void PhoneDesk::missUnanswered(int t)
{
    std::vector<QJsonObject> missed;
    for (const CallState &c : m_cx.state.calls)
        if (c.status == CallState::Status::Ringing && c.ringMin + m_cx.options.missedCallMin <= t)
            missed.push_back(CallPayload{.call = c.id, .from = c.from, .to = c.to}.toJson());
    for (const QJsonObject &p : missed)
        m_cx.record(Kind::CallMissed, QStringLiteral("system"), p);
}

}  // namespace cd::exercise
