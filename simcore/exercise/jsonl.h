#pragma once
// Event export as JSON Lines: one object per event, in seq order. A room's export goes through
// the visibility rule and leaves the audience out.

#include "scenario/scenario.h"
#include "store/eventlog.h"

#include <QByteArray>
#include <QIODevice>

namespace cd::exercise {

/// {"seq", "wall_ms", "minute", "t": "+HH:MM", "actor", "kind", ["audience",] "payload"}
QByteArray eventLine(const store::Event &e, bool withAudience);

/// Writes every event (room empty) or those `room` may see; returns the number written.
qint64 exportJsonl(store::EventLog &log, const scenario::Scenario &s, const QString &room, QIODevice &out);

}  // namespace cd::exercise
