#include "report/modelrun.h"

#include "model/cascade.h"

#include <QJsonObject>

#include <algorithm>

namespace cd::report {

std::vector<ModelChange> modelChanges(const scenario::Scenario &s, const std::vector<store::Event> &events)
{
    std::vector<ModelChange> out;
    for (const store::Event &e : events) {
        const QJsonObject &p = e.payload;
        if (e.kind == QLatin1String("response.approved")) {
            const scenario::Response *r = s.response(p.value(QLatin1String("response")).toString());
            if (!r)
                continue;
            ModelChange c;
            c.seq = e.seq;
            c.madeMin = e.minute;
            c.effectiveMin = p.value(QLatin1String("effective")).toInt();
            c.effect = r->effect;
            c.request = p.value(QLatin1String("request")).toString();
            c.response = r->id;
            c.room = p.value(QLatin1String("room")).toString();
            out.push_back(std::move(c));
        } else if (e.kind == QLatin1String("shock.added")) {
            ModelChange c;
            c.seq = e.seq;
            c.madeMin = e.minute;
            scenario::Shock k;
            k.node = p.value(QLatin1String("node")).toString();
            k.c = p.value(QLatin1String("c")).toDouble();
            k.fromMin = p.value(QLatin1String("from")).toInt();
            if (p.contains(QLatin1String("to")))
                k.toMin = p.value(QLatin1String("to")).toInt();
            c.effectiveMin = k.fromMin;
            c.shock = k;
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::optional<Trajectory> runModel(const scenario::Scenario &s, const std::vector<ModelChange> &changes, int endMin,
                                   QString *error, qint64 skip, qint64 shift, int shiftMin, bool recordQ)
{
    model::CascadeOptions opts;
    opts.stepMin = std::max(1, s.meta.stepMin);
    opts.clockStart = s.meta.start;
    opts.explain = false;
    auto cascade = model::Cascade::create(s.graph, s.truth.shocks, opts, error);
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
        if (p.change->effect)
            m.applyEffect(*p.change->effect, p.effective);
        else if (p.change->shock)
            m.addShock(*p.change->shock);
    }
    advance(endMin);
    for (int i = 0; i < nodes; ++i)
        t.integral[m.nodeId(i)] = m.integral(i);
    for (const model::Breach &b : m.breaches())
        t.breaches.push_back({b.node, b.startMin, b.atMin});
    return t;
}

}  // namespace cd::report
