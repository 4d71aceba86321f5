#pragma once
// The answer to a command (a room's or the control team's action).

#include <QString>

namespace cd::exercise {

struct Outcome
{
    bool ok = true;
    QString message;  ///< why it was refused (English), empty when ok
    qint64 seq = 0;   ///< the event that recorded it (the act, or the refusal)

    static Outcome refused(const QString &why) { return Outcome{false, why, 0}; }
};

}  // namespace cd::exercise
