#pragma once
// Which injects reach which room (for the timeline's lanes and the room preview): a mail or
// phone inject reaches its to and cc rooms; a web inject reaches every room that may read the
// page's site ("all" or listed).

#include "scenario/scenario.h"

#include <vector>

namespace cd::editor {

bool reaches(const scenario::Scenario &s, const scenario::Inject &inject, const QString &roomId);
/// The indices of the injects `roomId` would receive, in the order they would arrive: timed
/// ones by time (scenario order within a minute), then the conditional ones in scenario order.
std::vector<int> receivedBy(const scenario::Scenario &s, const QString &roomId);

}  // namespace cd::editor
