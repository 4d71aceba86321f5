// Play: hypotheses and their judgement, response requests and approvals (the effect reaches the
// model at approval + lead), survey answers, evaluator observations, live shocks.
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

#include <QJsonArray>

namespace cd::exercise {

Outcome PlayDesk::submitHypothesis(const QString &actor, const QJsonObject &action)
{
    const QString id = QStringLiteral("hyp-%1").arg(m_cx.state.hypotheses.size() + 1);
    m_cx.record(
        Kind::HypothesisSubmitted, actor,
        HypothesisPayload{.hypothesis = id, .room = actor, .text = action.value(QLatin1String("text"))}.toJson());
    return {};
}

Outcome PlayDesk::judge(const QJsonObject &action)
{
    static const QStringList verdicts{QStringLiteral("correct"), QStringLiteral("partial"), QStringLiteral("wrong")};
    const QString verdict = str(action, "verdict");
    if (!verdicts.contains(verdict))
        return Outcome::refused(QStringLiteral("a verdict is correct, partial or wrong (got \"%1\")").arg(verdict));
    const HypothesisState *target = nullptr;
    if (action.contains(QLatin1String("hypothesis"))) {
        for (const HypothesisState &h : m_cx.state.hypotheses)
            if (h.id == str(action, "hypothesis"))
                target = &h;
    } else {
        // The room's latest hypothesis not judged yet, else its latest.
        const QString room = str(action, "hypothesis_of");
        for (const HypothesisState &h : m_cx.state.hypotheses)
            if (h.room == room && (!target || !target->verdict.isEmpty() || h.verdict.isEmpty()))
                target = &h;
    }
    if (!target)
        return Outcome::refused(QStringLiteral("no such hypothesis"));
    const HypothesisState h = *target;
    m_cx.record(Kind::HypothesisJudged, QStringLiteral("control"),
                HypothesisPayload{
                    .hypothesis = h.id, .room = h.room, .verdict = verdict, .note = action.value(QLatin1String("note"))}
                    .toJson());
    return {};
}

Outcome PlayDesk::requestResponse(const QString &actor, const QJsonObject &action)
{
    const scenario::Response *r = m_cx.scenario.response(str(action, "response"));
    if (!r)
        return Outcome::refused(QStringLiteral("unknown response \"%1\"").arg(str(action, "response")));
    if (!r->rooms.isEmpty() && !r->rooms.contains(actor) && !r->rooms.contains(QLatin1String("all")))
        return Outcome::refused(QStringLiteral("room \"%1\" may not request \"%2\"").arg(actor, r->id));
    for (const RequestState &q : m_cx.state.requests)
        if (q.room == actor && q.response == r->id && q.status != RequestStatus::Declined)
            return Outcome::refused(QStringLiteral("\"%1\" was already requested by \"%2\"").arg(r->id, actor));
    const QString id = QStringLiteral("req-%1").arg(m_cx.state.requests.size() + 1);
    m_cx.record(Kind::ResponseRequested, actor,
                RequestPayload{.request = id, .response = r->id, .room = actor}.toJson());
    if (r->approval == scenario::Approval::Auto)
        approve(m_cx.state.requests.back());
    return {};
}

void PlayDesk::approve(const RequestState &request)
{
    const RequestState q = request;  // `request` lives in m_state, which m_cx.record() may grow
    const scenario::Response *r = m_cx.scenario.response(q.response);
    const int effective = m_cx.state.minute + r->leadMin;
    const QJsonObject payload =
        RequestPayload{.request = q.id, .response = q.response, .room = q.room, .effective = effective}.toJson();
    m_cx.record(Kind::ResponseApproved, QStringLiteral("control"), payload);
    m_model.applyChange(Kind::ResponseApproved, payload);
    applyDueResponses(m_cx.state.minute);
}

Outcome PlayDesk::decide(const QJsonObject &action, bool approveIt)
{
    const RequestState *target = nullptr;
    for (const RequestState &q : m_cx.state.requests) {
        if (q.status != RequestStatus::Requested)
            continue;
        if (action.contains(QLatin1String("request"))
                ? q.id == str(action, "request")
                : (q.response == str(action, "response") &&
                   (!action.contains(QLatin1String("of")) || q.room == str(action, "of")))) {
            target = &q;
            break;
        }
    }
    if (!target)
        return Outcome::refused(QStringLiteral("no pending request matches"));
    if (approveIt) {
        approve(*target);
    } else {
        const RequestState q = *target;
        m_cx.record(Kind::ResponseDeclined, QStringLiteral("control"),
                    RequestPayload{.request = q.id,
                                   .response = q.response,
                                   .room = q.room,
                                   .reason = action.value(QLatin1String("reason"))}
                        .toJson());
    }
    return {};
}

void PlayDesk::applyDueResponses(int t)
{
    std::vector<RequestState> due;
    for (const RequestState &q : m_cx.state.requests)
        if (q.status == RequestStatus::Approved && q.effectiveMin <= t)
            due.push_back(q);
    for (const RequestState &q : due)
        m_cx.record(Kind::ResponseApplied, QStringLiteral("system"),
                    RequestPayload{.request = q.id, .response = q.response, .room = q.room}.toJson());
}

Outcome PlayDesk::answerSurvey(const QString &actor, const QJsonObject &action)
{
    const QJsonObject answers = action.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const scenario::SurveyQuestion *q = nullptr;
        for (const auto &x : m_cx.scenario.survey)
            if (x.id == it.key())
                q = &x;
        if (!q)
            return Outcome::refused(QStringLiteral("unknown survey question \"%1\"").arg(it.key()));
        const QJsonValue v = it.value();
        const bool ok = q->type == scenario::QuestionType::Scale5
                            ? (v.isDouble() && v.toInt() >= 1 && v.toInt() <= 5 && v.toDouble() == v.toInt())
                        : q->type == scenario::QuestionType::Choice
                            ? (v.isDouble() && v.toInt() >= 0 && size_t(v.toInt()) < q->options.size()) || v.isString()
                            : v.isString();
        if (!ok)
            return Outcome::refused(QStringLiteral("bad answer to survey question \"%1\"").arg(q->id));
    }
    m_cx.record(Kind::SurveyAnswered, actor, SurveyPayload{.room = actor, .answers = answers}.toJson());
    return {};
}

Outcome PlayDesk::observe(const QJsonObject &action)
{
    static const QStringList ratings{QStringLiteral("P"), QStringLiteral("S"), QStringLiteral("M"),
                                     QStringLiteral("U")};
    const QString rating = str(action, "rating");
    if (!ratings.contains(rating))
        return Outcome::refused(QStringLiteral("a rating is P, S, M or U (got \"%1\")").arg(rating));
    const QString objective = str(action, "objective");
    if (!objective.isEmpty()) {
        bool found = false;
        for (const auto &o : m_cx.scenario.meta.objectives)
            found = found || o.id == objective;
        if (!found)
            return Outcome::refused(QStringLiteral("unknown objective \"%1\"").arg(objective));
    }
    const qint64 last = m_cx.lastSeq();
    for (const QJsonValue &v : action.value(QLatin1String("events")).toArray())
        if (!v.isDouble() || v.toInteger() < 1 || v.toInteger() > last)
            return Outcome::refused(QStringLiteral("an observation links to recorded event numbers"));
    m_cx.record(Kind::Observation, QStringLiteral("control"),
                ObservationPayload{.objective = objective,
                                   .rating = rating,
                                   .text = action.value(QLatin1String("text")),
                                   .events = action.value(QLatin1String("events")).toArray()}
                    .toJson());
    return {};
}

Outcome PlayDesk::addShock(const QJsonObject &action)
{
    const QString node = str(action, "node");
    if (!m_cx.scenario.node(node))
        return Outcome::refused(QStringLiteral("unknown node \"%1\"").arg(node));
    const double c = action.value(QLatin1String("c")).toDouble(-1);
    if (c < 0 || c > 1)
        return Outcome::refused(QStringLiteral("a shock is between 0 and 1"));
    const auto minuteOf = [](const QJsonValue &v) -> std::optional<int> {
        if (v.isDouble())
            return v.toInt();
        return scenario::parseOffset(v.toString());
    };
    const auto from = action.contains(QLatin1String("from")) ? minuteOf(action.value(QLatin1String("from")))
                                                             : std::optional<int>(m_cx.state.minute);
    if (!from)
        return Outcome::refused(QStringLiteral("\"from\" must be a time"));
    ShockPayload shock{.node = node, .c = c, .from = *from};
    if (action.contains(QLatin1String("to"))) {
        const auto to = minuteOf(action.value(QLatin1String("to")));
        if (!to || *to < *from)
            return Outcome::refused(QStringLiteral("\"to\" must be a time after \"from\""));
        shock.to = *to;
    }
    const QJsonObject payload = shock.toJson();
    m_cx.record(Kind::ShockAdded, QStringLiteral("control"), payload);
    m_model.applyChange(Kind::ShockAdded, payload);
    return {};
}

}  // namespace cd::exercise
