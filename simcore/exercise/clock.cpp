#include "exercise/clock.h"

#include <QDateTime>
#include <QString>

#include <climits>
#include <cmath>

namespace cd::exercise {

TimeSource systemTime()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Clock::Clock(TimeSource now) : m_now(std::move(now)) {}

void Clock::start(int minute, double speed)
{
    m_running = true;
    m_paused = false;
    m_speed = speed;
    m_anchorWall = m_now();
    m_anchorMinute = minute;
}

double Clock::exactMinute() const
{
    if (!m_running || m_paused || isMax())
        return m_anchorMinute;
    return m_anchorMinute + double(m_now() - m_anchorWall) * m_speed / 60000.0;
}

void Clock::pause()
{
    if (!m_running || m_paused)
        return;
    m_anchorMinute = exactMinute();
    m_paused = true;
}

void Clock::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_anchorWall = m_now();
}

void Clock::setSpeed(double speed)
{
    m_anchorMinute = exactMinute();
    m_anchorWall = m_now();
    m_speed = speed;
}

int Clock::dueMinute() const
{
    if (!m_running)
        return int(m_anchorMinute);
    if (isMax() && !m_paused)
        return INT_MAX;
    return int(std::floor(exactMinute() + 1e-9));
}

qint64 Clock::msUntil(int minute) const
{
    if (m_paused || !m_running)
        return -1;
    if (isMax())
        return 0;
    const double left = double(minute) - exactMinute();
    if (left <= 0)
        return 0;
    return qint64(std::ceil(left * 60000.0 / m_speed));
}

bool Clock::parseSpeed(const QString &text, double *speed)
{
    if (text == QLatin1String("max")) {
        *speed = kMax;
        return true;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > 600)
        return false;
    *speed = n;
    return true;
}

}  // namespace cd::exercise
