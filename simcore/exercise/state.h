#pragma once
// The live state of an exercise: a fold over its event log (Exercise::apply is the only code
// that changes it). Everything here can be rebuilt by replaying the log from seq 1; ordered
// containers keep every iteration deterministic.

#include "exercise/mailbook.h"
#include "exercise/vocab.h"
#include "model/cascade.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace cd::exercise {

struct InjectState
{
    std::optional<int> firedMin;
    qint64 firedSeq = 0;
    std::optional<int> armedMin;  ///< first minute its condition held (when it has a delay)
    int extraDelayMin = 0;        ///< delays the control team added
    bool skipped = false;
};

struct CallState
{
    using Status = CallStatus;
    QString id;
    QString from;  ///< a room id or "persona:ID"
    QString to;
    QString kind;        ///< message kind the caller gave (report, advisory, query, other)
    QJsonValue opening;  ///< what the caller says on answer (a room's `say`, an inject's script)
    Status status = Status::Ringing;
    int ringMin = 0;
    QString answeredBy;  ///< who answered it: the person's name when given, else the actor
    bool occupiesLine() const { return status == Status::Ringing || status == Status::Connected; }
};

struct HypothesisState
{
    QString id;
    QString room;
    QString verdict;  ///< empty until judged
};

struct RequestState
{
    QString id;
    QString room;
    QString response;
    RequestStatus status = RequestStatus::Requested;
    int effectiveMin = 0;
};

struct ExerciseState
{
    int minute = -1;  ///< last exercise minute fully or partly processed
    bool started = false;
    bool ended = false;
    std::map<QString, InjectState> injects;
    MailBook mails;                ///< the engine trims it (mailbook.h); look mails up with Exercise::mail
    std::vector<CallState> calls;  ///< in placing order
    QHash<QString, int> callIndex;
    std::map<QString, int> pageVersions;  ///< "site\npath" -> version
    std::vector<HypothesisState> hypotheses;
    std::vector<RequestState> requests;
    std::map<QString, QString> expectations;  ///< expected id -> met / missed
    std::map<QString, QString> flows;         ///< flow id -> met / missed
    std::map<QString, model::Label> labels;
    std::set<QString> breached;
    std::set<int> appliedScript;  ///< indices of player-script actions already applied
    std::set<QString> appliedResponses;

    CallState *call(const QString &id)
    {
        const auto it = callIndex.constFind(id);
        return it == callIndex.cend() ? nullptr : &calls[size_t(*it)];
    }
    const CallState *call(const QString &id) const
    {
        const auto it = callIndex.constFind(id);
        return it == callIndex.cend() ? nullptr : &calls[size_t(*it)];
    }
    /// The state of inject `id` (never fired, skipped or delayed when it has none yet).
    InjectState inject(const QString &id) const
    {
        const auto it = injects.find(id);
        return it == injects.end() ? InjectState{} : it->second;
    }
};

/// The fold: the only code that changes an ExerciseState, one event at a time (fold.cpp). The
/// engine applies each event as it records it and the whole log on resume.
void fold(ExerciseState &state, const Event &e);

}  // namespace cd::exercise
