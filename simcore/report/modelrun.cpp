#include "report/modelrun.h"

#include "model/cascade.h"

#include <algorithm>

namespace cd::report {

std::vector<ModelChange> modelChanges(const scenario::Scenario &s, const std::vector<store::Event> &events)
{
    std::vector<ModelChange> out;
    for (const store::Event &e : events)
        if (std::optional<ModelChange> c = exercise::modelChangeOf(s, e))
            out.push_back(std::move(*c));
    return out;
}

std::optional<Trajectory> runModel(const scenario::Scenario &s, const std::vector<ModelChange> &changes, int endMin,
                                   QString *error, qint64 skip, qint64 shift, int shiftMin, bool recordQ)
{
    auto cascade = exercise::createModel(s, error);
    if (!cascade)
        return std::nullopt;
    model::Cascade &m = *cascade;

    Trajectory t;
    const int nodes = m.nodeCount();
    std::vector<std::vector<double> *> columns;
    for (int i = 0; i < nodes; ++i)
        columns.push_back(&t.q[m.nodeId(i)]);
    const auto record = [&] {
        if (!recordQ)
            return;
        t.minutes.push_back(m.minute());
        for (int i = 0; i < nodes; ++i)
            columns[size_t(i)]->push_back(m.q(i));
    };
    const auto advance = [&](int minute) {
        while (m.minute() + m.stepMin() <= minute) {
            m.step();
            record();
        }
    };
    record();

    struct Planned
    {
        int applyAt;
        int effective;
        const ModelChange *change;
    };
    std::vector<Planned> plan;
    for (const ModelChange &c : changes) {
        if (c.seq == skip)
            continue;
        Planned p{c.madeMin, c.effectiveMin, &c};
        if (c.seq == shift && c.effect) {
            p.effective = std::max(0, c.effectiveMin - shiftMin);
            // Applied while the model is still before the new effective minute, so it acts there.
            p.applyAt = std::min(c.madeMin, p.effective - 1);
        }
        plan.push_back(p);
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) {
        return a.applyAt != b.applyAt ? a.applyAt < b.applyAt : a.change->seq < b.change->seq;
    });
    for (const Planned &p : plan) {
        advance(p.applyAt);
        exercise::applyModelChange(m, *p.change, p.effective);
    }
    advance(endMin);
    for (int i = 0; i < nodes; ++i)
        t.integral[m.nodeId(i)] = m.integral(i);
    for (const model::Breach &b : m.breaches())
        t.breaches.push_back({b.node, b.startMin, b.atMin});
    return t;
}

}  // namespace cd::report
