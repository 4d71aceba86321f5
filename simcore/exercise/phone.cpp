// Phone: a call rings in the callee's room; a room has `phone_lines` lines (a further caller
// hears busy); the callee may decline a ringing call (a hang-up before answering); an unanswered
// call becomes missed; calls to or from personas are handled by the
// control team. channels.phone.down_at_q: no call goes through while the node is that degraded.
#include "exercise/exercise.h"
#include "exercise/json.h"

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

int Exercise::linesInUse(const QString &party) const
{
    int n = 0;
    for (const CallState &c : m_state.calls)
        if (c.occupiesLine() && (c.from == party || c.to == party))
            ++n;
    return n;
}

void Exercise::ring(const QString &actor, const QString &from, const QString &to, const QString &kind,
                    const QJsonValue &opening)
{
    const QString id = QStringLiteral("call-%1").arg(m_state.calls.size() + 1);
    const QJsonObject call{{QStringLiteral("call"), id},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("kind"), kind}};
    if (const auto &phone = m_scenario.channels.phone;
        phone && phone->downAtQ && m_model->q(phone->node) >= *phone->downAtQ) {
        QJsonObject failed = call;
        failed.insert(QStringLiteral("reason"), QStringLiteral("no dial tone"));
        record(QStringLiteral("call.failed"), actor, failed);
        return;
    }
    const scenario::Room *callee = m_scenario.room(to);
    if (callee && linesInUse(to) >= std::max(1, callee->phoneLines)) {
        record(QStringLiteral("call.busy"), actor, call);
        return;
    }
    record(QStringLiteral("call.ringing"), actor, call);
    const bool hasOpening = opening.isObject() || !opening.toString().isEmpty();
    if (hasOpening)  // control-only until spoken: the callee hears it on answering
        record(QStringLiteral("call.opening"), QStringLiteral("system"),
               {{QStringLiteral("call"), id}, {QStringLiteral("text"), opening}});
}

Outcome Exercise::placeCall(const QString &actor, const QJsonObject &action)
{
    const bool control = actor == QLatin1String("control");
    const QString from = action.contains(QLatin1String("from")) ? str(action, "from") : actor;
    if (!control && from != actor)
        return Outcome::refused(QStringLiteral("room \"%1\" may not call as \"%2\"").arg(actor, from));
    if (control && !isPersona(m_scenario, from))
        return Outcome::refused(QStringLiteral("the control team calls as a persona (\"from\": \"persona:ID\")"));
    const QString to = str(action, "to");
    if (!m_scenario.room(to) && !isPersona(m_scenario, to))
        return Outcome::refused(QStringLiteral("unknown callee \"%1\"").arg(to));
    if (to == from)
        return Outcome::refused(QStringLiteral("a room cannot call itself"));
    const QString kind = action.contains(QLatin1String("kind")) ? str(action, "kind") : QStringLiteral("other");
    static const QStringList kinds{QStringLiteral("report"), QStringLiteral("advisory"), QStringLiteral("query"),
                                   QStringLiteral("other")};
    if (!kinds.contains(kind))
        return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
    if (const scenario::Room *caller = m_scenario.room(from);
        caller && linesInUse(from) >= std::max(1, caller->phoneLines))
        return Outcome::refused(QStringLiteral("room \"%1\" has no free phone line").arg(from));
    ring(actor, from, to, kind, action.value(QLatin1String("say")));
    return {};
}

CallState *Exercise::findCall(const QString &actor, const QJsonObject &action, bool ringing, bool calleeOnly,
                              QString *why)
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
        CallState *c = m_state.call(str(action, "call"));
        if (!c || !party(*c)) {
            *why = QStringLiteral("unknown call \"%1\"").arg(str(action, "call"));
            return nullptr;
        }
        if (!wanted(*c)) {
            *why = QStringLiteral("call \"%1\" is not %2")
                       .arg(c->id, ringing ? QStringLiteral("ringing") : QStringLiteral("connected"));
            return nullptr;
        }
        return c;
    }
    for (CallState &c : m_state.calls)
        if (wanted(c) && party(c) && role(c))
            return &c;
    *why = ringing ? QStringLiteral("no call is ringing") : QStringLiteral("no call is connected");
    return nullptr;
}

Outcome Exercise::answerCall(const QString &actor, const QJsonObject &action)
{
    QString why;
    CallState *c = findCall(actor, action, true, true, &why);
    if (!c)
        return Outcome::refused(why);
    if (!speaksFor(actor, c->to))
        return Outcome::refused(QStringLiteral("only the callee answers call \"%1\"").arg(c->id));
    const CallState call = *c;
    record(QStringLiteral("call.answered"), actor,
           {{QStringLiteral("call"), call.id}, {QStringLiteral("from"), call.from}, {QStringLiteral("to"), call.to}});
    if (call.opening.isObject() || !call.opening.toString().isEmpty())
        record(QStringLiteral("call.say"), call.from,
               {{QStringLiteral("call"), call.id},
                {QStringLiteral("from"), call.from},
                {QStringLiteral("to"), call.to},
                {QStringLiteral("kind"), call.kind},
                {QStringLiteral("text"), call.opening}});
    return {};
}

Outcome Exercise::sayOnCall(const QString &actor, const QJsonObject &action)
{
    QString why;
    CallState *c = findCall(actor, action, false, false, &why);
    if (!c)
        return Outcome::refused(why);
    const bool caller = speaksFor(actor, c->from);
    const QString speaker = caller ? c->from : c->to;
    const QString listener = caller ? c->to : c->from;
    record(QStringLiteral("call.say"), speaker,
           {{QStringLiteral("call"), c->id},
            {QStringLiteral("from"), speaker},
            {QStringLiteral("to"), listener},
            {QStringLiteral("kind"), caller ? c->kind : QStringLiteral("other")},
            {QStringLiteral("text"), action.value(QLatin1String("text"))}});
    return {};
}

Outcome Exercise::hangUp(const QString &actor, const QJsonObject &action)
{
    QString why;
    CallState *c = findCall(actor, action, false, false, &why);
    bool declined = false;
    if (!c) {
        // On a call still ringing, the caller gives up on it (ended) and the callee declines it
        // (declined: the caller hears it was turned down, not that nobody answered).
        c = findCall(actor, action, true, false, &why);
        if (!c)
            return Outcome::refused(why);
        declined = !speaksFor(actor, c->from);
        if (declined && !speaksFor(actor, c->to))
            return Outcome::refused(QStringLiteral("unknown call \"%1\"").arg(c->id));
    }
    record(declined ? QStringLiteral("call.declined") : QStringLiteral("call.ended"), actor,
           {{QStringLiteral("call"), c->id}, {QStringLiteral("from"), c->from}, {QStringLiteral("to"), c->to}});
    return {};
}

void Exercise::missUnansweredCalls(int t)
{
    std::vector<QJsonObject> missed;
    for (const CallState &c : m_state.calls)
        if (c.status == CallState::Status::Ringing && c.ringMin + m_options.missedCallMin <= t)
            missed.push_back(
                {{QStringLiteral("call"), c.id}, {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to}});
    for (const QJsonObject &p : missed)
        record(QStringLiteral("call.missed"), QStringLiteral("system"), p);
}

}  // namespace cd::exercise
