// The one table of event kinds and their wire names (EVENTS.md). A new kind is added here and
// in the Kind enum (vocab.h); its audience goes into visibility.cpp and its fold into fold.cpp.
#include "exercise/vocab.h"

#include <QHash>

#include <array>
#include <utility>

namespace cd::exercise {

namespace {

constexpr std::array<std::pair<Kind, const char *>, 40> kKinds{{
    {Kind::ClockStarted, "clock.started"},
    {Kind::ClockPaused, "clock.paused"},
    {Kind::ClockResumed, "clock.resumed"},
    {Kind::ClockSpeed, "clock.speed"},
    {Kind::ExerciseEnded, "exercise.ended"},
    {Kind::InjectFired, "inject.fired"},
    {Kind::InjectArmed, "inject.armed"},
    {Kind::InjectSkipped, "inject.skipped"},
    {Kind::InjectDelayed, "inject.delayed"},
    {Kind::MailSent, "mail.sent"},
    {Kind::MailDelayed, "mail.delayed"},
    {Kind::MailDelivered, "mail.delivered"},
    {Kind::MailRead, "mail.read"},
    {Kind::CallRinging, "call.ringing"},
    {Kind::CallBusy, "call.busy"},
    {Kind::CallFailed, "call.failed"},
    {Kind::CallOpening, "call.opening"},
    {Kind::CallAnswered, "call.answered"},
    {Kind::CallEnded, "call.ended"},
    {Kind::CallMissed, "call.missed"},
    {Kind::CallDeclined, "call.declined"},
    {Kind::CallSay, "call.say"},
    {Kind::PagePosted, "page.posted"},
    {Kind::HypothesisSubmitted, "hypothesis.submitted"},
    {Kind::HypothesisJudged, "hypothesis.judged"},
    {Kind::ResponseRequested, "response.requested"},
    {Kind::ResponseApproved, "response.approved"},
    {Kind::ResponseDeclined, "response.declined"},
    {Kind::ResponseApplied, "response.applied"},
    {Kind::SurveyAnswered, "survey.answered"},
    {Kind::Refused, "refused"},
    {Kind::ScriptApplied, "script.applied"},
    {Kind::ExpectedMet, "expected.met"},
    {Kind::ExpectedMissed, "expected.missed"},
    {Kind::FlowMet, "flow.met"},
    {Kind::FlowMissed, "flow.missed"},
    {Kind::ModelStatus, "model.status"},
    {Kind::ModelBreach, "model.breach"},
    {Kind::ShockAdded, "shock.added"},
    {Kind::Observation, "observation"},
}};

// Every enumerator but Unknown has exactly one row, at index (enumerator - 1).
constexpr bool tableMatchesEnum()
{
    for (size_t i = 0; i < kKinds.size(); ++i)
        if (int(kKinds[i].first) != int(i) + 1)
            return false;
    return int(Kind::Observation) == int(kKinds.size());
}
static_assert(tableMatchesEnum(), "kKinds must list every Kind once, in enum order");

}  // namespace

QString kindName(Kind kind)
{
    if (kind == Kind::Unknown)
        return {};
    return QString::fromLatin1(kKinds[size_t(kind) - 1].second);
}

Kind kindOf(const QString &name)
{
    static const QHash<QString, Kind> byName = [] {
        QHash<QString, Kind> h;
        for (const auto &[kind, wire] : kKinds)
            h.insert(QString::fromLatin1(wire), kind);
        return h;
    }();
    return byName.value(name, Kind::Unknown);
}

std::optional<CallStatus> callStatusOf(Kind kind)
{
    switch (kind) {
    case Kind::CallRinging:
        return CallStatus::Ringing;
    case Kind::CallBusy:
        return CallStatus::Busy;
    case Kind::CallFailed:
        return CallStatus::Failed;
    case Kind::CallAnswered:
        return CallStatus::Connected;
    case Kind::CallEnded:
        return CallStatus::Ended;
    case Kind::CallMissed:
        return CallStatus::Missed;
    case Kind::CallDeclined:
        return CallStatus::Declined;
    default:
        return std::nullopt;
    }
}

QString callStatusName(CallStatus status)
{
    switch (status) {
    case CallStatus::Ringing:
        return QStringLiteral("ringing");
    case CallStatus::Connected:
        return QStringLiteral("answered");
    case CallStatus::Ended:
        return QStringLiteral("ended");
    case CallStatus::Missed:
        return QStringLiteral("missed");
    case CallStatus::Busy:
        return QStringLiteral("busy");
    case CallStatus::Failed:
        return QStringLiteral("failed");
    case CallStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

bool placesCall(Kind kind)
{
    return kind == Kind::CallRinging || kind == Kind::CallBusy || kind == Kind::CallFailed;
}

std::optional<RequestStatus> requestStatusOf(Kind kind)
{
    switch (kind) {
    case Kind::ResponseRequested:
        return RequestStatus::Requested;
    case Kind::ResponseApproved:
        return RequestStatus::Approved;
    case Kind::ResponseDeclined:
        return RequestStatus::Declined;
    case Kind::ResponseApplied:
        return RequestStatus::Applied;
    default:
        return std::nullopt;
    }
}

QString requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Requested:
        return QStringLiteral("requested");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Declined:
        return QStringLiteral("declined");
    case RequestStatus::Applied:
        return QStringLiteral("applied");
    }
    return {};
}

QString verdictWord(Kind kind)
{
    if (kind == Kind::ExpectedMet || kind == Kind::FlowMet)
        return QStringLiteral("met");
    if (kind == Kind::ExpectedMissed || kind == Kind::FlowMissed)
        return QStringLiteral("missed");
    return {};
}

}  // namespace cd::exercise
