#include "exercise/conditions.h"

#include <algorithm>

namespace cd::exercise {

bool holds(const scenario::Condition &c, const ConditionContext &ctx)
{
    using K = scenario::Condition::Kind;
    switch (c.kind) {
    case K::NodeQ:
        return ctx.model.q(c.ref) >= c.qGe;
    case K::Breach: {
        const auto b = ctx.model.breach(c.ref);
        return b && b->atMin <= ctx.minute;
    }
    case K::Fired: {
        const auto it = ctx.state.injects.find(c.ref);
        return it != ctx.state.injects.end() && it->second.firedMin && ctx.minute >= *it->second.firedMin + c.plusMin;
    }
    case K::Met:
    case K::Missed: {
        const auto it = ctx.state.expectations.find(c.ref);
        const QLatin1String want(c.kind == K::Met ? "met" : "missed");
        return it != ctx.state.expectations.end() && it->second == want;
    }
    case K::Response:
        return ctx.state.appliedResponses.count(c.ref) > 0;
    case K::All:
        return std::all_of(c.children.begin(), c.children.end(), [&](const auto &x) { return holds(x, ctx); });
    case K::Any:
        return std::any_of(c.children.begin(), c.children.end(), [&](const auto &x) { return holds(x, ctx); });
    case K::Not:
        return !c.children.empty() && !holds(c.children.front(), ctx);
    }
    return false;
}

}  // namespace cd::exercise
