#pragma once
// Debrief replay: the control console's state at any exercise time, by folding the log up to
// that time (the MSEL's status, each sector's q and label, expectations, and the traffic so far).
// The model's q comes from the report's re-run, so a replay agrees with the report.

#include "report/report.h"

#include <QString>

#include <vector>

namespace cd::report {

struct ReplayInject
{
    QString id;
    QString status;  ///< pending, fired, skipped
    std::optional<int> firedMin;
};

struct ReplaySector
{
    QString node;
    double q = 0;
    QString label;  ///< ok, degraded, down
    bool breached = false;
};

struct ReplayState
{
    int minute = 0;
    std::vector<ReplayInject> injects;
    std::vector<ReplaySector> sectors;
    std::map<QString, QString> expected;  ///< id -> met / missed (judged by then)
    std::vector<TimelineRow> traffic;     ///< the timeline up to the minute
};

class Replay
{
public:
    /// `report` computed from the same log; `events` that log's events (kept for the folding).
    Replay(Report report, std::vector<store::Event> events);
    int endMin() const { return m_report.endMin; }
    const Report &report() const { return m_report; }
    /// The state once every event stamped <= `minute` has happened.
    ReplayState at(int minute) const;

private:
    Report m_report;
    std::vector<store::Event> m_events;
};

}  // namespace cd::report
