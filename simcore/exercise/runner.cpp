#include "exercise/runner.h"

#include "exercise/exercise.h"

#include <algorithm>

namespace cd::exercise {

void runUntil(Exercise &exercise, int until, const std::function<void(qint64)> &sleepMs)
{
    exercise.advanceTo(exercise.minute());  // the start minute, or the one a crash cut short
    while (!exercise.ended() && exercise.minute() < until) {
        const int next = exercise.minute() + 1;
        const int due = exercise.clock().dueMinute();
        if (due >= next) {
            exercise.advanceTo(std::min(due, until));
            continue;
        }
        const qint64 wait = exercise.clock().msUntil(next);
        if (wait < 0)
            return;  // paused
        // Wake at least once a second so a long wait stays responsive to signals and speed changes.
        sleepMs(std::clamp<qint64>(wait, 1, 1000));
    }
}

}  // namespace cd::exercise
