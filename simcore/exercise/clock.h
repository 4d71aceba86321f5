#pragma once
// The exercise clock: maps wall time to exercise minutes at a speed (x1 = real time, x60 = an
// exercise hour per wall minute, max = as fast as the engine can go), with pause and resume.
// The wall time comes from an injectable source so tests never sleep.

#include <QString>

#include <functional>

namespace cd::exercise {

/// Milliseconds since the epoch (UTC).
using TimeSource = std::function<qint64()>;
TimeSource systemTime();

class Clock
{
public:
    static constexpr double kMax = 0;  ///< speed value meaning "as fast as possible"

    explicit Clock(TimeSource now = systemTime());

    /// Starts (or restarts after a resume) at `minute` with `speed` (kMax or 1..600).
    void start(int minute, double speed);
    void pause();
    void resume();
    void setSpeed(double speed);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isMax() const { return m_speed == kMax; }
    double speed() const { return m_speed; }
    qint64 nowMs() const { return m_now(); }

    /// The last exercise minute whose time has come (unbounded when running at max speed,
    /// frozen while paused).
    int dueMinute() const;
    /// Wall milliseconds until `minute` is due (0 when it already is; -1 while paused).
    qint64 msUntil(int minute) const;

    /// Speeds accepted on the command line: an integer 1..600 or "max"; false otherwise.
    static bool parseSpeed(const QString &text, double *speed);

private:
    double exactMinute() const;

    TimeSource m_now;
    bool m_running = false;
    bool m_paused = false;
    double m_speed = 1;
    qint64 m_anchorWall = 0;
    double m_anchorMinute = 0;
};

}  // namespace cd::exercise
