#include "exercise/controlview.h"

#include "exercise/payloads.h"

#include <algorithm>

namespace cd::exercise {

QString injectStatusName(InjectView::Status status)
{
    switch (status) {
    case InjectView::Status::Pending:
        return QStringLiteral("pending");
    case InjectView::Status::Armed:
        return QStringLiteral("armed");
    case InjectView::Status::Delayed:
        return QStringLiteral("delayed");
    case InjectView::Status::Fired:
        return QStringLiteral("fired");
    case InjectView::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

ControlView::Change ControlView::apply(const Event &e)
{
    Change c;
    if (e.seq <= m_lastSeq)
        return c;
    c.fresh = true;
    m_lastSeq = e.seq;
    const Kind kind = kindOf(e);
    switch (kind) {
    case Kind::InjectFired:
    case Kind::InjectSkipped:
    case Kind::InjectDelayed:
    case Kind::InjectArmed:
        applyInject(kind, e, c);
        break;
    case Kind::ExpectedMet:
    case Kind::ExpectedMissed:
        c.expected = ExpectationPayload::fromJson(e.payload).expected;
        m_expected[c.expected] = verdictWord(kind);
        break;
    case Kind::MailSent:
    case Kind::MailDelivered:
    case Kind::MailRead:
        applyMail(kind, e, c);
        break;
    case Kind::HypothesisSubmitted:
    case Kind::HypothesisJudged:
        applyHypothesis(kind, e);
        break;
    case Kind::ResponseRequested:
    case Kind::ResponseApproved:
    case Kind::ResponseDeclined:
    case Kind::ResponseApplied:
        m_requests.apply(e);
        break;
    case Kind::PagePosted: {
        const PagePayload p = PagePayload::fromJson(e.payload);
        c.row = append({e.seq,
                        e.minute,
                        QStringLiteral("web"),
                        p.by,
                        {p.site},
                        QStringLiteral("post"),
                        p.title,
                        p.body,
                        p.site + p.path});
        c.added = true;
        break;
    }
    default:
        applyCall(kind, e, c);
        break;
    }
    return c;
}

void ControlView::applyInject(Kind kind, const Event &e, Change &c)
{
    const InjectPayload p = InjectPayload::fromJson(e.payload);
    InjectView &inject = m_injects[p.inject];
    c.inject = p.inject;
    if (kind == Kind::InjectFired) {
        inject.status = InjectView::Status::Fired;
        inject.firedMin = e.minute;
        inject.manual = p.manual.value_or(false);
    } else if (kind == Kind::InjectSkipped) {
        inject.status = InjectView::Status::Skipped;
    } else if (kind == Kind::InjectDelayed) {
        inject.status = InjectView::Status::Delayed;
        inject.delayMin += p.by.value_or(0);
    } else {
        inject.status = InjectView::Status::Armed;
    }
}

void ControlView::applyMail(Kind kind, const Event &e, Change &c)
{
    const MailPayload m = MailPayload::fromJson(e.payload);
    if (kind == Kind::MailSent) {
        c.row = append({e.seq, e.minute, QStringLiteral("mail"), m.from.value_or(QString()),
                        m.to.value_or(QStringList()) + m.cc.value_or(QStringList()), m.kind.value_or(QString()),
                        m.subject, m.body, m.thread.value_or(QString())});
        c.added = true;
        m_mailRow.insert(m.mail, c.row);
        return;
    }
    const int r = m_mailRow.value(m.mail, -1);
    if (r < 0)
        return;
    TrafficRow &row = m_traffic[size_t(r)];
    if (kind == Kind::MailDelivered)
        row.deliveredAt = e.minute;
    else
        row.reads.emplace_back(e.actor, e.minute);
    c.row = r;
}

void ControlView::applyCall(Kind kind, const Event &e, Change &c)
{
    if (kind == Kind::CallSay) {
        const CallPayload say = CallPayload::fromJson(e.payload);
        c.row = append({e.seq,
                        e.minute,
                        QStringLiteral("phone"),
                        say.from,
                        {say.to},
                        say.kind.value_or(QString()),
                        say.text,
                        say.text,
                        say.call});
        c.added = true;
        return;
    }
    CallState *call = m_calls.apply(e);
    if (!call || kind == Kind::CallOpening)  // what a caller will say is no traffic yet
        return;
    c.call = call;
    const QString status = callStatusName(call->status);
    if (const int r = m_callRow.value(call->id, -1); r >= 0) {
        m_traffic[size_t(r)].kind = status;
        c.row = r;
        return;
    }
    c.row = append({e.seq, e.minute, QStringLiteral("phone"), call->from, {call->to}, status, {}, {}, call->id});
    c.added = true;
    m_callRow.insert(call->id, c.row);
}

void ControlView::applyHypothesis(Kind kind, const Event &e)
{
    const HypothesisPayload h = HypothesisPayload::fromJson(e.payload);
    if (kind == Kind::HypothesisSubmitted) {
        m_hypotheses.push_back({h.hypothesis, h.room, {}});
        return;
    }
    for (HypothesisState &x : m_hypotheses)
        if (x.id == h.hypothesis)
            x.verdict = h.verdict.value_or(QString());
}

const HypothesisState *ControlView::hypothesis(const QString &id) const
{
    for (const HypothesisState &h : m_hypotheses)
        if (h.id == id)
            return &h;
    return nullptr;
}

const RequestState *ControlView::request(const QString &id) const
{
    for (const RequestState &r : m_requests.requests)
        if (r.id == id)
            return &r;
    return nullptr;
}

int ControlView::append(TrafficRow row)
{
    m_traffic.push_back(std::move(row));
    return int(m_traffic.size()) - 1;
}

InjectView ControlView::inject(const QString &id) const
{
    const auto it = m_injects.find(id);
    return it == m_injects.end() ? InjectView{} : it->second;
}

std::vector<const CallState *> ControlView::waitingForPersona() const
{
    std::vector<const CallState *> out;
    for (const CallState &c : m_calls.calls)
        if (c.status == CallStatus::Ringing && c.to.startsWith(QLatin1String("persona:")))
            out.push_back(&c);
    std::stable_sort(out.begin(), out.end(),
                     [](const CallState *a, const CallState *b) { return a->ringMin < b->ringMin; });
    return out;
}

ControlView ControlView::fromLog(const std::vector<Event> &log)
{
    ControlView view;
    for (const Event &e : log)
        view.apply(e);
    return view;
}

}  // namespace cd::exercise
