#pragma once
// Debrief replay: the control console's state at any exercise time, by folding the log up to
// that time (the MSEL's status, each sector's q and label, expectations, and the traffic so far).
// The model's q comes from the report's re-run, so a replay agrees with the report.

#include "exercise/controlview.h"
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
    double affected = 0;   ///< served x q: the sector's own units (users, kW, households) out now
    double unitHours = 0;  ///< served x the integral of q so far: user-hours, kW-hours, ...
};

/// A moment the debrief can jump to: an inject fired, an expected flow met, a level breached.
struct ReplayMark
{
    int minute = 0;
    QString kind;  ///< inject, flow, breach
    QString id;    ///< inject id, flow id or node id
};

struct ReplayState
{
    int minute = 0;
    std::vector<ReplayInject> injects;
    std::vector<ReplaySector> sectors;
    std::map<QString, QString> expected;  ///< id -> met / missed (judged by then)
    std::vector<TimelineRow> traffic;     ///< the timeline up to the minute
    /// Every room; knewAtMin (and via) only when it knew the cause by the minute.
    std::vector<Knowledge> knowledge;
};

class Replay
{
public:
    /// `report` computed from the same log; `events` that log's events (kept for the folding).
    Replay(Report report, std::vector<store::Event> events);
    int endMin() const { return m_report.endMin; }
    const Report &report() const { return m_report; }
    /// The state once every event stamped <= `minute` has happened. Stepping forward folds only
    /// the events since the last call; going back folds from the start (GUI thread only).
    ReplayState at(int minute) const;
    /// Injects fired, flows met and breaches, in time order.
    std::vector<ReplayMark> marks() const;

private:
    Report m_report;
    std::vector<store::Event> m_events;
    // The control view of the events up to m_viewMinute (a debrief mostly plays forward).
    mutable exercise::ControlView m_view;
    mutable size_t m_next = 0;  ///< the first event not folded into m_view
    mutable int m_viewMinute = -1;
};

}  // namespace cd::report
