#pragma once
// A token bucket: `burst` messages at once, refilled at `perSecond`. Time comes from the caller
// (monotonic milliseconds) so the limiter is deterministic in tests.

#include <QtGlobal>

#include <algorithm>

namespace cd::net {

class TokenBucket
{
public:
    TokenBucket(double burst, double perSecond) : m_burst(burst), m_rate(perSecond), m_tokens(burst) {}

    /// Takes one token at time `nowMs`; false when the bucket is empty (the message is refused).
    bool take(qint64 nowMs)
    {
        if (m_lastMs >= 0)
            m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
        if (m_tokens < 1)
            return false;
        m_tokens -= 1;
        return true;
    }

private:
    double m_burst;
    double m_rate;
    double m_tokens;
    qint64 m_lastMs = -1;
};

}  // namespace cd::net
