#pragma once
// Inject conditions (docs/scenario-format.md "when"): evaluated at an exercise minute against the live
// state and the model.

#include "exercise/state.h"
#include "model/cascade.h"
#include "scenario/scenario.h"

namespace cd::exercise {

struct ConditionContext
{
    const scenario::Scenario &scenario;
    const ExerciseState &state;
    const model::Cascade &model;
    int minute;
};

bool holds(const scenario::Condition &c, const ConditionContext &ctx);

}  // namespace cd::exercise
