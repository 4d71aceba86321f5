// Expected actions and expected flows (docs/scenario-format.md). An expected action is met by the first
// matching act of its room after its inject fired and within `within_min`, and missed when the
// window closes unmet; an expected flow is met by the first message of its kind from a matching
// room to a matching room inside its window. Both are control-only.
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

#include <climits>

namespace cd::exercise {

namespace {

using scenario::Action;

/// A room's act as the expectations see it.
struct Act
{
    QString room;    ///< acting room
    QString verb;    ///< message, call, post, hypothesis, request
    QString kind;    ///< message kind, for messages
    QStringList to;  ///< recipients (messages, calls)
};

std::optional<Act> actOf(const scenario::Scenario &s, const store::Event &e)
{
    const QJsonObject &p = e.payload;
    const Kind k = kindOf(e);
    Act a;
    if (k == Kind::MailSent) {
        a = {str(p, "from"), QStringLiteral("message"), str(p, "kind"),
             stringList(p.value(QLatin1String("to"))) + stringList(p.value(QLatin1String("cc")))};
    } else if (k == Kind::CallSay) {
        a = {str(p, "from"), QStringLiteral("message"), str(p, "kind"), {str(p, "to")}};
    } else if (placesCall(k)) {
        a = {str(p, "from"), QStringLiteral("call"), {}, {str(p, "to")}};
    } else if (k == Kind::PagePosted) {
        a = {str(p, "by"), QStringLiteral("post"), {}, {}};
    } else if (k == Kind::HypothesisSubmitted) {
        a = {str(p, "room"), QStringLiteral("hypothesis"), {}, {}};
    } else if (k == Kind::ResponseRequested) {
        a = {str(p, "room"), QStringLiteral("request"), {}, {}};
    } else {
        return std::nullopt;
    }
    if (!s.room(a.room))
        return std::nullopt;
    return a;
}

bool matches(const scenario::Expected &x, const Act &a)
{
    if (x.room != a.room)
        return false;
    switch (x.action) {
    case Action::Report:
    case Action::Advisory:
    case Action::Query:
    case Action::Other:
        return a.verb == QLatin1String("message") && a.kind == scenario::toString(x.action) &&
               (x.to.isEmpty() || a.to.contains(x.to));
    case Action::Call:
        return a.verb == QLatin1String("call") && (x.to.isEmpty() || a.to.contains(x.to));
    case Action::Post:
        return a.verb == QLatin1String("post");
    case Action::Hypothesis:
        return a.verb == QLatin1String("hypothesis");
    case Action::Request:
        return a.verb == QLatin1String("request");
    }
    return false;
}

bool roomMatches(const scenario::Scenario &s, const QString &room, const QString &id, const QString &role)
{
    const scenario::Room *r = s.room(room);
    if (!r)
        return false;
    return id.isEmpty() ? scenario::toString(r->role) == role : r->id == id;
}

}  // namespace

/// Where a flow's window opens: {minute, seq after which acts count}; nullopt while closed.
static std::optional<std::pair<int, qint64>> flowStart(const scenario::Scenario &s, const ExerciseState &st,
                                                       const scenario::ExpectedFlow &f)
{
    if (f.after == QLatin1String("first-impact")) {
        int first = INT_MAX;
        for (const scenario::Shock &k : s.truth.shocks)
            first = std::min(first, k.fromMin);
        if (first == INT_MAX || st.minute < first)
            return std::nullopt;
        return std::make_pair(first, qint64(0));
    }
    const auto it = st.injects.find(f.after);
    if (it == st.injects.end() || !it->second.firedMin)
        return std::nullopt;
    return std::make_pair(*it->second.firedMin, it->second.firedSeq);
}

void Expectations::matchAct(const store::Event &e)
{
    const std::optional<Act> act = actOf(m_cx.scenario, e);
    if (!act)
        return;
    for (const scenario::Inject &inject : m_cx.scenario.injects) {
        const auto it = m_cx.state.injects.find(inject.id);
        if (it == m_cx.state.injects.end() || !it->second.firedMin || it->second.firedSeq >= e.seq)
            continue;
        for (const scenario::Expected &x : inject.expected) {
            if (m_cx.state.expectations.count(x.id) || e.minute > *it->second.firedMin + x.withinMin ||
                !matches(x, *act))
                continue;
            m_cx.record(
                Kind::ExpectedMet, QStringLiteral("system"),
                ExpectationPayload{.expected = x.id, .inject = inject.id, .room = x.room, .act = e.seq}.toJson());
        }
    }
    if (act->verb != QLatin1String("message"))
        return;
    for (const scenario::ExpectedFlow &f : m_cx.scenario.expectedFlows) {
        if (m_cx.state.flows.count(f.id) || act->kind != scenario::toString(f.kind))
            continue;
        const auto start = flowStart(m_cx.scenario, m_cx.state, f);
        if (!start || e.seq <= start->second || e.minute < start->first || e.minute > start->first + f.withinMin)
            continue;
        if (!roomMatches(m_cx.scenario, act->room, f.from, f.fromRole))
            continue;
        bool toMatches = false;
        for (const QString &r : act->to)
            toMatches = toMatches || roomMatches(m_cx.scenario, r, f.to, f.toRole);
        if (toMatches)
            m_cx.record(Kind::FlowMet, QStringLiteral("system"),
                        ExpectationPayload{.flow = f.id, .act = e.seq}.toJson());
    }
}

void Expectations::closeExpired(int t)
{
    for (const scenario::Inject &inject : m_cx.scenario.injects) {
        const auto it = m_cx.state.injects.find(inject.id);
        if (it == m_cx.state.injects.end() || !it->second.firedMin)
            continue;
        for (const scenario::Expected &x : inject.expected)
            if (!m_cx.state.expectations.count(x.id) && *it->second.firedMin + x.withinMin <= t &&
                *it->second.firedMin < t)
                m_cx.record(Kind::ExpectedMissed, QStringLiteral("system"),
                            ExpectationPayload{.expected = x.id, .inject = inject.id, .room = x.room}.toJson());
    }
    for (const scenario::ExpectedFlow &f : m_cx.scenario.expectedFlows) {
        if (m_cx.state.flows.count(f.id))
            continue;
        const auto start = flowStart(m_cx.scenario, m_cx.state, f);
        if (start && start->first + f.withinMin <= t && start->first < t)
            m_cx.record(Kind::FlowMissed, QStringLiteral("system"), ExpectationPayload{.flow = f.id}.toJson());
    }
}

Outcome Expectations::mark(const QJsonObject &action)
{
    const QString id = str(action, "expected");
    bool known = false;
    for (const scenario::Inject &inject : m_cx.scenario.injects)
        for (const scenario::Expected &x : inject.expected)
            known = known || x.id == id;
    if (!known)
        return Outcome::refused(QStringLiteral("unknown expected action \"%1\"").arg(id));
    const QString as = str(action, "as");
    if (as != QLatin1String("met") && as != QLatin1String("missed"))
        return Outcome::refused(QStringLiteral("\"as\" is met or missed"));
    m_cx.record(
        as == QLatin1String("met") ? Kind::ExpectedMet : Kind::ExpectedMissed, QStringLiteral("control"),
        ExpectationPayload{.expected = id, .manual = true, .reason = action.value(QLatin1String("reason"))}.toJson());
    return {};
}

}  // namespace cd::exercise
