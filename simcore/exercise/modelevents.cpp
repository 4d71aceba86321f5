// The model's side of the exercise: stepping it each minute and logging what the exercise reacts
// to (label changes and verification-level breaches); applying approved mitigations and live
// shocks.
#include "exercise/exercise.h"
#include "exercise/json.h"

#include <cmath>

namespace cd::exercise {

void Exercise::stepModel(int t)
{
    m_model->stepTo(t);
    for (const scenario::Node &n : m_scenario.graph.nodes) {
        const model::Label label = m_model->label(n.id);
        const auto it = m_state.labels.find(n.id);
        const model::Label known = it == m_state.labels.end() ? model::Label::Ok : it->second;
        if (label != known)
            record(QStringLiteral("model.status"), QStringLiteral("system"),
                   {{QStringLiteral("node"), n.id},
                    {QStringLiteral("label"), model::toString(label)},
                    {QStringLiteral("q"), std::round(m_model->q(n.id) * 1000.0) / 1000.0}});
    }
    for (const model::Breach &b : m_model->breaches())
        if (m_state.breached.count(b.node) == 0)
            record(QStringLiteral("model.breach"), QStringLiteral("system"),
                   {{QStringLiteral("node"), b.node},
                    {QStringLiteral("start"), b.startMin},
                    {QStringLiteral("at"), b.atMin}});
}

/// Applies the model change a response.approved or shock.added event stands for (live and on
/// resume, at the same model minute).
void Exercise::applyApprovedEffect(const QJsonObject &p)
{
    QString error;
    if (p.contains(QLatin1String("node")) && p.contains(QLatin1String("c"))) {
        scenario::Shock s;
        s.node = str(p, "node");
        s.c = p.value(QLatin1String("c")).toDouble();
        s.fromMin = p.value(QLatin1String("from")).toInt();
        if (p.contains(QLatin1String("to")))
            s.toMin = p.value(QLatin1String("to")).toInt();
        m_model->addShock(s, &error);
        return;
    }
    if (const scenario::Response *r = m_scenario.response(str(p, "response")))
        m_model->applyEffect(r->effect, p.value(QLatin1String("effective")).toInt(), &error);
}

}  // namespace cd::exercise
