#include "report/replay.h"

#include "exercise/vocab.h"
#include "model/cascade.h"

#include <algorithm>

using cd::exercise::Kind;
using cd::exercise::kindOf;

namespace cd::report {

Replay::Replay(Report report, std::vector<store::Event> events)
    : m_report(std::move(report)), m_events(std::move(events))
{}

ReplayState Replay::at(int minute) const
{
    ReplayState s;
    s.minute = minute;
    std::map<QString, std::pair<QString, std::optional<int>>> injects;
    for (const store::Event &e : m_events) {
        if (e.minute > minute)
            break;
        const QString id = e.payload.value(QLatin1String("inject")).toString();
        if (kindOf(e) == Kind::InjectFired)
            injects[id] = {QStringLiteral("fired"), e.minute};
        else if (kindOf(e) == Kind::InjectSkipped)
            injects[id] = {QStringLiteral("skipped"), std::nullopt};
        else if (kindOf(e) == Kind::ExpectedMet || kindOf(e) == Kind::ExpectedMissed)
            s.expected[e.payload.value(QLatin1String("expected")).toString()] = cd::exercise::verdictWord(kindOf(e));
    }
    for (const scenario::Inject &i : m_report.scenario.injects) {
        const auto it = injects.find(i.id);
        s.injects.push_back(it == injects.end() ? ReplayInject{i.id, QStringLiteral("pending"), {}}
                                                : ReplayInject{i.id, it->second.first, it->second.second});
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
        for (const BreachRow &b : m_report.breaches)
            sector.breached = sector.breached || (b.node == n.id && b.atMin <= minute);
        s.sectors.push_back(sector);
    }
    for (const TimelineRow &row : m_report.timeline) {
        if (row.minute > minute)
            break;
        s.traffic.push_back(row);
    }
    return s;
}

}  // namespace cd::report
