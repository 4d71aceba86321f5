#include "report/replay.h"

#include "exercise/controlview.h"
#include "model/cascade.h"

#include <algorithm>

namespace cd::report {

Replay::Replay(Report report, std::vector<store::Event> events)
    : m_report(std::move(report)), m_events(std::move(events))
{}

ReplayState Replay::at(int minute) const
{
    ReplayState s;
    s.minute = minute;
    // The control view (exercise/controlview.h) of the events so far, as the console showed it;
    // the debrief tells fired and skipped from pending only (armed and delayed are still pending).
    if (minute < m_viewMinute) {
        m_view = {};
        m_next = 0;
    }
    m_viewMinute = minute;
    for (; m_next < m_events.size() && m_events[m_next].minute <= minute; ++m_next)
        m_view.apply(m_events[m_next]);
    const exercise::ControlView &view = m_view;
    s.expected = view.expected();
    for (const scenario::Inject &i : m_report.scenario.injects) {
        const exercise::InjectView inject = view.inject(i.id);
        if (inject.status == exercise::InjectView::Status::Fired)
            s.injects.push_back({i.id, QStringLiteral("fired"), inject.firedMin});
        else if (inject.status == exercise::InjectView::Status::Skipped)
            s.injects.push_back({i.id, QStringLiteral("skipped"), std::nullopt});
        else
            s.injects.push_back({i.id, QStringLiteral("pending"), {}});
    }
    const auto &mins = m_report.qMinutes;
    const auto pos = std::upper_bound(mins.begin(), mins.end(), minute);
    const size_t index = pos == mins.begin() ? 0 : size_t(pos - mins.begin() - 1);
    const model::Thresholds thresholds;
    for (const scenario::Node &n : m_report.scenario.graph.nodes) {
        ReplaySector sector{n.id, 0, QStringLiteral("ok"), false};
        const auto it = m_report.q.find(n.id);
        if (it != m_report.q.end() && index < it->second.size())
            sector.q = it->second[index];
        sector.label = model::toString(thresholds.labelOf(sector.q));
        sector.affected = n.served * sector.q;
        if (it != m_report.q.end())
            for (size_t k = 0; k + 1 < mins.size() && mins[k + 1] <= minute && k < it->second.size(); ++k)
                sector.unitHours += n.served * it->second[k] * (mins[k + 1] - mins[k]) / 60.0;
        for (const BreachRow &b : m_report.breaches)
            sector.breached = sector.breached || (b.node == n.id && b.atMin <= minute);
        s.sectors.push_back(sector);
    }
    for (const TimelineRow &row : m_report.timeline) {
        if (row.minute > minute)
            break;
        s.traffic.push_back(row);
    }
    for (Knowledge k : m_report.knowledge) {
        if (!k.knewAtMin || *k.knewAtMin > minute) {
            k.knewAtMin.reset();
            k.via.clear();
        }
        s.knowledge.push_back(k);
    }
    return s;
}

std::vector<ReplayMark> Replay::marks() const
{
    std::vector<ReplayMark> out;
    for (const InjectRow &i : m_report.injects)
        if (i.firedMin)
            out.push_back({*i.firedMin, QStringLiteral("inject"), i.id});
    for (const FlowRow &f : m_report.flows)
        if (f.atMin)
            out.push_back({*f.atMin, QStringLiteral("flow"), f.id});
    for (const BreachRow &b : m_report.breaches)
        out.push_back({b.atMin, QStringLiteral("breach"), b.node});
    std::stable_sort(out.begin(), out.end(),
                     [](const ReplayMark &a, const ReplayMark &b) { return a.minute < b.minute; });
    return out;
}

}  // namespace cd::report
