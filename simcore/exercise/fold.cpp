// The fold: the only code that changes the live state, one event at a time. Live, each event
// is applied as it is recorded; on resume, the whole log is applied in order. Calls and
// requests are folded by the functions the windows use too (folds.h).
#include "exercise/folds.h"
#include "exercise/json.h"
#include "exercise/payloads.h"
#include "exercise/state.h"

namespace cd::exercise {

namespace {

model::Label labelFrom(const QString &s)
{
    if (s == QLatin1String("down"))
        return model::Label::Down;
    if (s == QLatin1String("degraded"))
        return model::Label::Degraded;
    return model::Label::Ok;
}

void applyMail(ExerciseState &st, Kind k, const Event &e)
{
    const QJsonObject &p = e.payload;
    if (k == Kind::MailSent) {
        const MailPayload mail = MailPayload::fromJson(p);
        MailState m;
        m.id = mail.mail;
        m.seq = e.seq;
        m.from = mail.from.value_or(QString());
        m.to = mail.to.value_or(QStringList());
        m.cc = mail.cc.value_or(QStringList());
        m.thread = mail.thread.value_or(QString());
        m.deliverAt = e.minute;
        m.message = p;
        m.message.remove(QStringLiteral("script"));
        st.mails.sent(std::move(m));
        return;
    }
    // A mail no longer held (trimmed, mailbook.h) is paged back in with these events when named.
    MailState *m = st.mails.find(str(p, "mail"));
    if (!m)
        return;
    if (k == Kind::MailDelayed)
        m->deliverAt = MailPayload::fromJson(p).deliverAt.value_or(0);
    else if (k == Kind::MailDelivered)
        st.mails.delivered(*m);
    else if (k == Kind::MailRead)
        m->readBy.insert(e.actor);
}

void applyInject(ExerciseState &st, Kind k, const Event &e)
{
    const InjectPayload p = InjectPayload::fromJson(e.payload);
    InjectState &inject = st.injects[p.inject];
    if (k == Kind::InjectFired) {
        inject.firedMin = e.minute;
        inject.firedSeq = e.seq;
    } else if (k == Kind::InjectArmed) {
        inject.armedMin = p.firstHeld.value_or(0);
    } else if (k == Kind::InjectSkipped) {
        inject.skipped = true;
    } else if (k == Kind::InjectDelayed) {
        inject.extraDelayMin += p.by.value_or(0);
    }
}

}  // namespace

void fold(ExerciseState &st, const Event &e)
{
    const QJsonObject &p = e.payload;
    const Kind k = kindOf(e);
    if (p.contains(QLatin1String("script")))
        st.appliedScript.insert(p.value(QLatin1String("script")).toInt());
    if (e.minute > st.minute)
        st.minute = e.minute;

    switch (k) {
    case Kind::ClockStarted:
        st.started = true;
        break;
    case Kind::ExerciseEnded:
        st.ended = true;
        break;
    case Kind::InjectFired:
    case Kind::InjectArmed:
    case Kind::InjectSkipped:
    case Kind::InjectDelayed:
        applyInject(st, k, e);
        break;
    case Kind::MailSent:
    case Kind::MailDelayed:
    case Kind::MailDelivered:
    case Kind::MailRead:
        applyMail(st, k, e);
        break;
    case Kind::CallRinging:
    case Kind::CallBusy:
    case Kind::CallFailed:
    case Kind::CallOpening:
    case Kind::CallAnswered:
    case Kind::CallEnded:
    case Kind::CallMissed:
    case Kind::CallDeclined:
        foldCall(st.calls, st.callIndex, e);
        break;
    case Kind::PagePosted: {
        const PagePayload page = PagePayload::fromJson(p);
        st.pageVersions[page.site + QLatin1Char('\n') + page.path] = page.version;
        break;
    }
    case Kind::HypothesisSubmitted:
        st.hypotheses.push_back({str(p, "hypothesis"), str(p, "room"), {}});
        break;
    case Kind::HypothesisJudged: {
        const HypothesisPayload h = HypothesisPayload::fromJson(p);
        for (HypothesisState &x : st.hypotheses)
            if (x.id == h.hypothesis)
                x.verdict = h.verdict.value_or(QString());
        break;
    }
    case Kind::ResponseRequested:
    case Kind::ResponseApproved:
    case Kind::ResponseDeclined:
    case Kind::ResponseApplied:
        if (const RequestState *r = foldRequest(st.requests, e); r && k == Kind::ResponseApplied)
            st.appliedResponses.insert(r->response);
        break;
    case Kind::ExpectedMet:
    case Kind::ExpectedMissed:
        st.expectations[str(p, "expected")] = verdictWord(k);
        break;
    case Kind::FlowMet:
    case Kind::FlowMissed:
        st.flows[str(p, "flow")] = verdictWord(k);
        break;
    case Kind::ModelStatus:
        st.labels[str(p, "node")] = labelFrom(str(p, "label"));
        break;
    case Kind::ModelBreach:
        st.breached.insert(str(p, "node"));
        break;
    default:
        break;
    }
}

}  // namespace cd::exercise
