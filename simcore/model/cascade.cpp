#include "model/cascade.h"

#include "model/kernel.h"
#include "model/network.h"

#include <climits>
#include <cmath>

namespace cd::model {

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

}  // namespace

QString toString(Label l)
{
    switch (l) {
    case Label::Ok:
        return u"ok"_s;
    case Label::Degraded:
        return u"degraded"_s;
    case Label::Down:
        return u"down"_s;
    }
    return {};
}

Cascade::Cascade() = default;
Cascade::~Cascade() = default;

std::unique_ptr<Cascade> Cascade::create(const scenario::Graph &graph, const std::vector<scenario::Shock> &shocks,
                                         const CascadeOptions &options, QString *error)
{
    scenario::Diagnostics diags;
    auto net = networkFromScenario(graph, {}, &diags);
    if (!net) {
        if (error)
            *error = diags.empty() ? u"invalid graph"_s : diags.front().message;
        return nullptr;
    }
    return create(std::make_shared<const Network>(std::move(*net)), shocks, options, error);
}

std::unique_ptr<Cascade> Cascade::create(std::shared_ptr<const Network> network,
                                         const std::vector<scenario::Shock> &shocks, const CascadeOptions &options,
                                         QString *error)
{
    if (!network) {
        fail(error, u"no graph"_s);
        return nullptr;
    }
    if (options.stepMin <= 0) {
        fail(error, QStringLiteral("step must be a positive number of minutes, not %1").arg(options.stepMin));
        return nullptr;
    }
    std::unique_ptr<Cascade> c(new Cascade);
    c->m_kernel = std::make_unique<Kernel>(std::move(network), options);
    for (const scenario::Shock &s : shocks)
        if (!c->addShock(s, error))
            return nullptr;
    return c;
}

std::unique_ptr<Cascade> Cascade::clone() const
{
    std::unique_ptr<Cascade> c(new Cascade);
    c->m_kernel = std::make_unique<Kernel>(*m_kernel);
    return c;
}

void Cascade::stepTo(int minute)
{
    m_kernel->stepTo(minute);
}

void Cascade::step()
{
    m_kernel->step();
}

bool Cascade::applyEffect(const scenario::Effect &effect, int effectiveMinute, QString *error)
{
    Kernel &k = *m_kernel;
    Kernel::Pending p;
    p.minute = effectiveMinute;
    p.kind = effect.kind;
    p.value = effect.value;
    if (!std::isfinite(effect.value) && effect.kind != scenario::Effect::Kind::SetRate)
        return fail(error, QStringLiteral("effect value must be a finite number"));
    switch (effect.kind) {
    case scenario::Effect::Kind::AddAutonomy:
    case scenario::Effect::Kind::ScaleWeight: {
        const int u = indexOf(effect.edgeFrom);
        const int v = indexOf(effect.edgeTo);
        p.pos = u < 0 || v < 0 ? -1 : k.net->edgeIndex(u, v);
        if (p.pos < 0)
            return fail(error, QStringLiteral("no edge %1 -> %2 in the graph").arg(effect.edgeFrom, effect.edgeTo));
        if (effect.value < 0)
            return fail(error, QStringLiteral("%1 must be >= 0, not %2")
                                   .arg(effect.kind == scenario::Effect::Kind::AddAutonomy ? u"add_autonomy_h"_s
                                                                                           : u"scale_weight"_s)
                                   .arg(effect.value));
        break;
    }
    case scenario::Effect::Kind::SetShock:
    case scenario::Effect::Kind::SetRate:
        p.node = indexOf(effect.node);
        if (p.node < 0)
            return fail(error, QStringLiteral("unknown node '%1'").arg(effect.node));
        if (!(effect.value >= 0))
            return fail(error, QStringLiteral("%1 must be >= 0")
                                   .arg(effect.kind == scenario::Effect::Kind::SetShock ? u"set_shock"_s
                                                                                        : u"set_rate_per_h"_s));
        break;
    }
    p.seq = k.seq++;
    k.addPending(p);
    return true;
}

bool Cascade::addShock(const scenario::Shock &shock, QString *error)
{
    const int v = indexOf(shock.node);
    if (v < 0)
        return fail(error, QStringLiteral("shock on unknown node '%1'").arg(shock.node));
    if (!std::isfinite(shock.c))
        return fail(error, QStringLiteral("shock on '%1' must be a finite number").arg(shock.node));
    if (shock.toMin && *shock.toMin < shock.fromMin)
        return fail(error, QStringLiteral("shock on '%1' ends (%2) before it starts (%3)")
                               .arg(shock.node)
                               .arg(*shock.toMin)
                               .arg(shock.fromMin));
    m_kernel->addShock(v, shock.c, shock.fromMin, shock.toMin.value_or(INT_MAX));
    return true;
}

int Cascade::minute() const
{
    return m_kernel->n * m_kernel->opt.stepMin;
}

int Cascade::stepIndex() const
{
    return m_kernel->n;
}

int Cascade::stepMin() const
{
    return m_kernel->opt.stepMin;
}

const Thresholds &Cascade::thresholds() const
{
    return m_kernel->opt.thresholds;
}

const Network &Cascade::network() const
{
    return *m_kernel->net;
}

int Cascade::nodeCount() const
{
    return m_kernel->net->nodeCount();
}

int Cascade::indexOf(const QString &id) const
{
    return m_kernel->net->indexOf(id);
}

const QString &Cascade::nodeId(int index) const
{
    return m_kernel->net->ids[std::size_t(index)];
}

double Cascade::q(int index) const
{
    return m_kernel->q[std::size_t(index)];
}

double Cascade::q(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? 0.0 : q(i);
}

Label Cascade::label(int index) const
{
    return m_kernel->opt.thresholds.labelOf(m_kernel->q[std::size_t(index)]);
}

Label Cascade::label(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? Label::Ok : label(i);
}

double Cascade::shock(int index) const
{
    return m_kernel->c[std::size_t(index)];
}

std::optional<double> Cascade::bufferLeftH(const QString &from, const QString &to) const
{
    const long long p = m_kernel->csrPos(indexOf(from), indexOf(to));
    if (p < 0)
        return std::nullopt;
    return m_kernel->b[std::size_t(p)];
}

double Cascade::impact(int index) const
{
    return q(index) * m_kernel->net->served[std::size_t(index)];
}

double Cascade::impact(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? 0.0 : impact(i);
}

double Cascade::integral(int index) const
{
    return m_kernel->integral[std::size_t(index)];
}

double Cascade::integral(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? 0.0 : integral(i);
}

const std::vector<Breach> &Cascade::breaches() const
{
    return m_kernel->breaches;
}

std::optional<Breach> Cascade::breach(const QString &id) const
{
    for (const Breach &b : m_kernel->breaches)
        if (b.node == id)
            return b;
    return std::nullopt;
}

const std::vector<LabelChange> &Cascade::labelChanges() const
{
    return m_kernel->changes;
}

}  // namespace cd::model
