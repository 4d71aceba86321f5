#pragma once
// The visibility rule (docs/architecture.md, the security boundary). The control team sees every
// event; a room sees an event only if the event's audience holds it (or "all"). This is the ONE
// place that decides audiences: the engine stamps each new event with audienceOf() before it is
// logged, and every reader on behalf of a room (the in-process endpoint, the server, `export
// --room`) filters with visibleTo(), which re-derives the audience instead of trusting the file.
//
// What a room may see: mail it sent or received (to/cc), calls it was party to, pages on sites it
// may read, its own submissions and their judgement, refusals of its own actions, the observable
// status of its own sector(s), and the clock. Never: truth, control notes, expectations and their
// judgement, inject bookkeeping, other rooms' traffic, other sectors' model state. Unknown kinds
// are control-only (fail closed).

#include "exercise/vocab.h"
#include "scenario/scenario.h"

#include <QStringList>

namespace cd::exercise {

/// The rooms (sorted, or {"all"}) that may see an event of `kind` with `payload` by `actor`.
QStringList audienceOf(const scenario::Scenario &s, Kind kind, const QString &actor, const QJsonObject &payload);
inline QStringList audienceOf(const scenario::Scenario &s, const QString &kind, const QString &actor,
                              const QJsonObject &payload)
{
    return audienceOf(s, kindOf(kind), actor, payload);
}
/// Whether `room` may see `event` under the rule (re-derived from the event's content).
bool visibleTo(const scenario::Scenario &s, const store::Event &event, const QString &room);

}  // namespace cd::exercise
