#pragma once
// Drives an exercise headless in (scaled) real time: processes each minute when the clock says
// it is due and waits in between; at max speed it never waits.

#include <QtGlobal>

#include <functional>

namespace cd::exercise {

class Exercise;

/// Runs until minute `until` (inclusive) or the end of the exercise, whichever comes first.
/// `sleepMs` waits that long (tests pass one that moves a fake clock). Returns when done, or
/// when the clock is paused (nothing can become due).
void runUntil(Exercise &exercise, int until, const std::function<void(qint64)> &sleepMs);

}  // namespace cd::exercise
