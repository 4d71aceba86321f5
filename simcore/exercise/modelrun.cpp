#include "exercise/modelrun.h"

#include "exercise/payloads.h"

#include <algorithm>

namespace cd::exercise {

model::CascadeOptions modelOptions(const scenario::Scenario &s)
{
    model::CascadeOptions opts;
    opts.stepMin = std::max(1, s.meta.stepMin);
    opts.clockStart = s.meta.start;
    opts.explain = false;
    return opts;
}

std::unique_ptr<model::Cascade> createModel(const scenario::Scenario &s, QString *error)
{
    return model::Cascade::create(s.graph, s.truth.shocks, modelOptions(s), error);
}

std::optional<ModelChange> modelChangeOf(const scenario::Scenario &s, Kind kind, const QJsonObject &payload)
{
    ModelChange c;
    if (kind == Kind::ResponseApproved) {
        const RequestPayload p = RequestPayload::fromJson(payload);
        const scenario::Response *r = s.response(p.response);
        if (!r)
            return std::nullopt;
        c.effectiveMin = p.effective.value_or(0);
        c.effect = r->effect;
        c.request = p.request;
        c.response = r->id;
        c.room = p.room;
        return c;
    }
    if (kind == Kind::ShockAdded) {
        const ShockPayload p = ShockPayload::fromJson(payload);
        scenario::Shock k;
        k.node = p.node;
        k.c = p.c;
        k.fromMin = p.from;
        k.toMin = p.to;
        c.effectiveMin = k.fromMin;
        c.shock = k;
        return c;
    }
    return std::nullopt;
}

void applyModelChange(model::Cascade &model, const ModelChange &change, std::optional<int> effectiveMin)
{
    QString error;  // a change the scenario's validation let through is applied or ignored, as live
    if (change.effect)
        model.applyEffect(*change.effect, effectiveMin.value_or(change.effectiveMin), &error);
    else if (change.shock)
        model.addShock(*change.shock, &error);
}

void followModelChange(model::Cascade &model, const ModelChange &change)
{
    model.stepTo(change.madeMin);
    applyModelChange(model, change);
}

std::unique_ptr<model::Cascade> modelAt(const scenario::Scenario &s, const std::vector<ModelChange> &changes,
                                        int minute, QString *error)
{
    std::unique_ptr<model::Cascade> m = createModel(s, error);
    if (!m)
        return nullptr;
    for (const ModelChange &c : changes)
        followModelChange(*m, c);
    m->stepTo(minute);
    return m;
}

}  // namespace cd::exercise
