// The model's side of the exercise: stepping it each minute and logging what the exercise reacts
// to (label changes and verification-level breaches); applying approved mitigations and live
// shocks.
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/modelrun.h"
#include "exercise/payloads.h"

#include <cmath>

namespace cd::exercise {

void ModelDesk::step(int t)
{
    m_cx.model.stepTo(t);
    for (const scenario::Node &n : m_cx.scenario.graph.nodes) {
        const model::Label label = m_cx.model.label(n.id);
        const auto it = m_cx.state.labels.find(n.id);
        const model::Label known = it == m_cx.state.labels.end() ? model::Label::Ok : it->second;
        if (label != known)
            m_cx.record(Kind::ModelStatus, QStringLiteral("system"),
                        ModelPayload{.node = n.id,
                                     .label = model::toString(label),
                                     .q = std::round(m_cx.model.q(n.id) * 1000.0) / 1000.0}
                            .toJson());
    }
    for (const model::Breach &b : m_cx.model.breaches())
        if (m_cx.state.breached.count(b.node) == 0)
            m_cx.record(Kind::ModelBreach, QStringLiteral("system"),
                        ModelPayload{.node = b.node, .start = b.startMin, .at = b.atMin}.toJson());
}

/// Applies the model change a response.approved or shock.added event stands for, live, at the
/// minute the model has stepped to; the resume and a controller seat's copy follow the logged
/// change to the same minute (followModelChange), as the report's re-run does (modelrun.h).
void ModelDesk::applyChange(Kind kind, const QJsonObject &payload)
{
    if (const std::optional<ModelChange> change = modelChangeOf(m_cx.scenario, kind, payload))
        applyModelChange(m_cx.model, *change);
}

}  // namespace cd::exercise
