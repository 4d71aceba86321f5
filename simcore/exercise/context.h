#pragma once
// What every part of the engine shares (exercise.h): the scenario, the live state (read-only:
// only the fold changes it, through record()), the model, the options, and record(), the one
// way to change anything. The desks (desks.h) each take a Context and nothing else of Exercise.

#include "exercise/clock.h"
#include "exercise/state.h"
#include "exercise/vocab.h"
#include "model/cascade.h"
#include "scenario/scenario.h"

#include <QJsonObject>

#include <functional>

namespace cd::exercise {

struct ExerciseOptions
{
    TimeSource now = systemTime();
    int missedCallMin = 3;  ///< an unanswered call becomes missed after this many minutes
    double speed = 60;      ///< Clock speed (Clock::kMax for as fast as possible)
    /// Delivered mails the live state holds; older ones are paged in from the log (mailbook.h).
    size_t mailsHeld = 4096;
};

struct Context
{
    const scenario::Scenario &scenario;
    const ExerciseState &state;
    model::Cascade &model;
    const ExerciseOptions &options;
    /// Records an event: stamps it, folds it into `state`, queues it for the commit; its seq.
    std::function<qint64(Kind kind, const QString &actor, QJsonObject payload)> record;
    /// The seq of the last event recorded (committed or not).
    std::function<qint64()> lastSeq;
    /// Mail `id` as the log has it, paged in when the state no longer holds it (mailbook.h);
    /// null when there is no such mail.
    std::function<const MailState *(const QString &id)> mail;

    int minute() const { return state.minute; }
};

}  // namespace cd::exercise
