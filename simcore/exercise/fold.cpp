// The fold: the only code that changes the live state, one event at a time. Live, each event
// is applied as it is recorded; on resume, the whole log is applied in order.
#include "exercise/exercise.h"
#include "exercise/json.h"

namespace cd::exercise {

namespace {

CallState::Status callStatus(const QString &kind)
{
    if (kind == QLatin1String("call.busy"))
        return CallState::Status::Busy;
    if (kind == QLatin1String("call.failed"))
        return CallState::Status::Failed;
    return CallState::Status::Ringing;
}

model::Label labelFrom(const QString &s)
{
    if (s == QLatin1String("down"))
        return model::Label::Down;
    if (s == QLatin1String("degraded"))
        return model::Label::Degraded;
    return model::Label::Ok;
}

}  // namespace

void Exercise::apply(const store::Event &e)
{
    const QJsonObject &p = e.payload;
    const QString &k = e.kind;
    const auto is = [&k](const char *name) { return k == QLatin1String(name); };
    if (p.contains(QLatin1String("script")))
        m_state.appliedScript.insert(p.value(QLatin1String("script")).toInt());
    if (e.minute > m_state.minute)
        m_state.minute = e.minute;

    if (is("clock.started")) {
        m_state.started = true;
    } else if (is("exercise.ended")) {
        m_state.ended = true;
    } else if (is("inject.fired")) {
        InjectState &st = m_state.injects[str(p, "inject")];
        st.firedMin = e.minute;
        st.firedSeq = e.seq;
    } else if (is("inject.armed")) {
        m_state.injects[str(p, "inject")].armedMin = p.value(QLatin1String("first_held")).toInt();
    } else if (is("inject.skipped")) {
        m_state.injects[str(p, "inject")].skipped = true;
    } else if (is("inject.delayed")) {
        m_state.injects[str(p, "inject")].extraDelayMin += p.value(QLatin1String("by")).toInt();
    } else if (is("mail.sent")) {
        MailState m;
        m.id = str(p, "mail");
        m.from = str(p, "from");
        m.to = stringList(p.value(QLatin1String("to")));
        m.cc = stringList(p.value(QLatin1String("cc")));
        m.thread = str(p, "thread");
        m.deliverAt = e.minute;
        m.message = p;
        m.message.remove(QStringLiteral("script"));
        m_state.mailIndex.insert(m.id, int(m_state.mails.size()));
        m_state.mails.push_back(std::move(m));
    } else if (is("mail.delayed")) {
        if (const auto it = m_state.mailIndex.constFind(str(p, "mail")); it != m_state.mailIndex.cend())
            m_state.mails[size_t(*it)].deliverAt = p.value(QLatin1String("deliver_at")).toInt();
    } else if (is("mail.delivered")) {
        if (const auto it = m_state.mailIndex.constFind(str(p, "mail")); it != m_state.mailIndex.cend())
            m_state.mails[size_t(*it)].delivered = true;
    } else if (is("mail.read")) {
        if (const auto it = m_state.mailIndex.constFind(str(p, "mail")); it != m_state.mailIndex.cend())
            m_state.mails[size_t(*it)].readBy.insert(e.actor);
    } else if (is("call.ringing") || is("call.busy") || is("call.failed")) {
        CallState c;
        c.id = str(p, "call");
        c.from = str(p, "from");
        c.to = str(p, "to");
        c.kind = str(p, "kind");
        c.status = callStatus(k);
        c.ringMin = e.minute;
        m_state.callIndex.insert(c.id, int(m_state.calls.size()));
        m_state.calls.push_back(std::move(c));
    } else if (is("call.opening")) {
        if (CallState *c = m_state.call(str(p, "call")))
            c->opening = p.value(QLatin1String("text"));
    } else if (is("call.answered") || is("call.ended") || is("call.missed") || is("call.declined")) {
        if (CallState *c = m_state.call(str(p, "call")))
            c->status = is("call.answered")   ? CallState::Status::Connected
                        : is("call.ended")    ? CallState::Status::Ended
                        : is("call.declined") ? CallState::Status::Declined
                                              : CallState::Status::Missed;
    } else if (is("page.posted")) {
        m_state.pageVersions[str(p, "site") + QLatin1Char('\n') + str(p, "path")] =
            p.value(QLatin1String("version")).toInt();
    } else if (is("hypothesis.submitted")) {
        m_state.hypotheses.push_back({str(p, "hypothesis"), str(p, "room"), {}});
    } else if (is("hypothesis.judged")) {
        for (HypothesisState &h : m_state.hypotheses)
            if (h.id == str(p, "hypothesis"))
                h.verdict = str(p, "verdict");
    } else if (is("response.requested")) {
        m_state.requests.push_back(
            {str(p, "request"), str(p, "room"), str(p, "response"), QStringLiteral("requested"), 0});
    } else if (is("response.approved") || is("response.declined") || is("response.applied")) {
        for (RequestState &r : m_state.requests) {
            if (r.id != str(p, "request"))
                continue;
            r.status = k.mid(9);  // "approved", "declined", "applied"
            if (is("response.approved"))
                r.effectiveMin = p.value(QLatin1String("effective")).toInt();
            if (is("response.applied"))
                m_state.appliedResponses.insert(r.response);
        }
    } else if (is("expected.met") || is("expected.missed")) {
        m_state.expectations[str(p, "expected")] = k.mid(9);
    } else if (is("flow.met") || is("flow.missed")) {
        m_state.flows[str(p, "flow")] = k.mid(5);
    } else if (is("model.status")) {
        m_state.labels[str(p, "node")] = labelFrom(str(p, "label"));
    } else if (is("model.breach")) {
        m_state.breached.insert(str(p, "node"));
    }
}

}  // namespace cd::exercise
