#pragma once
// Re-running the interdependency model of a recorded exercise (docs/architecture.md: the trajectory
// is a pure function of the scenario and the logged model-changing events). The model is built
// and each change applied by the live run's own functions (exercise/modelrun.h), once the model
// has stepped to the minute the change was made at, as Exercise::resume() does, so the re-run is
// the live one (tst_model_rerun); the what-if variants drop a change or make it effective
// earlier (applied while the model is still before the new effective minute).

#include "exercise/modelrun.h"
#include "scenario/scenario.h"
#include "store/event.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cd::report {

/// One logged change of the model (exercise/modelrun.h: the live run's own type).
using exercise::ModelChange;

/// The model-changing events of a log, in seq order.
std::vector<ModelChange> modelChanges(const scenario::Scenario &s, const std::vector<store::Event> &events);

struct Trajectory
{
    std::vector<int> minutes;                  ///< t_n of every step 0..end
    std::map<QString, std::vector<double>> q;  ///< per node, aligned with minutes
    std::map<QString, double> integral;        ///< node-hours at the end
    struct Breach
    {
        QString node;
        int startMin = 0;
        int atMin = 0;
    };
    std::vector<Breach> breaches;
};

/// Runs the model to `endMin` with `changes`. `skip` drops the change with that seq; `shift`
/// moves the effective minute of the change with that seq earlier by `shiftMin` (not before 0).
/// `recordQ` false keeps only the integrals and breaches (faster what-ifs).
std::optional<Trajectory> runModel(const scenario::Scenario &s, const std::vector<ModelChange> &changes, int endMin,
                                   QString *error, qint64 skip = 0, qint64 shift = 0, int shiftMin = 0,
                                   bool recordQ = true);

}  // namespace cd::report
