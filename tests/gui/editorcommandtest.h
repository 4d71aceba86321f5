#pragma once
// Shared by the editor command tests (tst_editor_commands*.cpp).
#include "scenario/loader.h"

namespace {

inline cd::scenario::Scenario bundled()
{
    cd::scenario::LoadResult r =
        cd::scenario::loadScenarioFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
    return std::move(*r.scenario);
}

}  // namespace
