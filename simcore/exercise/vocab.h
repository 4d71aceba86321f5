#pragma once
// The exercise's vocabulary (EVENTS.md "The vocabulary"): every event kind as a typed value with
// its wire name written once (kinds.cpp), every verb of the action language with its keys, who
// may perform it and its handler written once (verbs.cpp), and the typed payloads
// (payloads.h). Engine, player-script reader, network server, room windows and control docks
// all speak these types; the wire names stay exactly those of existing logs, player scripts
// and protocol-3 clients.

#include "store/event.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd::exercise {

/// One logged event (seq, minute, actor, audience, kind, payload), as the windows see it.
using Event = store::Event;

/// Every event kind; Unknown for a name not in the table (a newer log read by an older build).
enum class Kind {
    Unknown,
    ClockStarted,
    ClockPaused,
    ClockResumed,
    ClockSpeed,
    ExerciseEnded,
    InjectFired,
    InjectArmed,
    InjectSkipped,
    InjectDelayed,
    MailSent,
    MailDelayed,
    MailDelivered,
    MailRead,
    CallRinging,
    CallBusy,
    CallFailed,
    CallOpening,
    CallAnswered,
    CallEnded,
    CallMissed,
    CallDeclined,
    CallSay,
    PagePosted,
    HypothesisSubmitted,
    HypothesisJudged,
    ResponseRequested,
    ResponseApproved,
    ResponseDeclined,
    ResponseApplied,
    SurveyAnswered,
    Refused,
    ScriptApplied,
    ExpectedMet,
    ExpectedMissed,
    FlowMet,
    FlowMissed,
    ModelStatus,
    ModelBreach,
    ShockAdded,
    Observation,
};

/// The wire name of `kind` ("call.ringing"); empty for Unknown.
QString kindName(Kind kind);
/// The kind a wire name stands for; Unknown when it is none of the table's.
Kind kindOf(const QString &name);
inline Kind kindOf(const Event &e)
{
    return kindOf(e.kind);
}

/// A call's status as its events leave it.
enum class CallStatus { Ringing, Connected, Ended, Missed, Busy, Failed, Declined };
/// The status a call.* event leaves its call in; nullopt for call.say and call.opening (and
/// every other kind).
std::optional<CallStatus> callStatusOf(Kind kind);
/// "ringing", "answered", "ended", "missed", "declined", "busy", "failed" (the report's and the
/// windows' word for a status; callStatusText() in app/views translates it).
QString callStatusName(CallStatus status);
/// Whether `kind` places a call (call.ringing, call.busy, call.failed).
bool placesCall(Kind kind);

/// A response request's status as its events leave it.
enum class RequestStatus { Requested, Approved, Declined, Applied };
std::optional<RequestStatus> requestStatusOf(Kind kind);
/// "requested", "approved", "declined", "applied" (the words of the report and the state).
QString requestStatusName(RequestStatus status);

/// expected.met/flow.met -> "met", expected.missed/flow.missed -> "missed"; empty otherwise.
QString verdictWord(Kind kind);

// --- Verbs: the action language (docs/scenario-format.md "Player scripts"; `do` names the verb) ---

enum class Verb {
    Mail,
    Reply,
    Forward,
    Read,
    Call,
    Answer,
    Say,
    Hangup,
    Post,
    Hypothesis,
    Request,
    Survey,
    Judge,
    Approve,
    Decline,
    Fire,
    Skip,
    Delay,
    Mark,
    Observe,
    Shock,
};

/// Who may perform a verb.
enum class Performer { Anyone, RoomOnly, ControlOnly };

class Exercise;
struct Outcome;

struct VerbInfo
{
    using Handler = Outcome (*)(Exercise &exercise, const QString &actor, const QJsonObject &action);
    Verb verb;
    QString name;          ///< the wire name (`"do": name`)
    QStringList keys;      ///< keys it accepts besides do/at/room, in the order errors list them
    QStringList required;  ///< keys a player script must give
    Performer who = Performer::Anyone;
    Handler handler = nullptr;  ///< what the engine does (verbs.cpp)
};

/// Every verb, in the order the player-script reader lists them.
const std::vector<VerbInfo> &verbs();
/// The verb named `name`; nullptr when there is none.
const VerbInfo *verbInfo(const QString &name);
const VerbInfo &verbInfo(Verb verb);
inline QString verbName(Verb verb)
{
    return verbInfo(verb).name;
}
/// An action of `verb` with its other keys: {"do": NAME, ...}.
QJsonObject action(Verb verb, QJsonObject keys = {});

}  // namespace cd::exercise
