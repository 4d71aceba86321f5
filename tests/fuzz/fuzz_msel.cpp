// libFuzzer harness: MSEL spreadsheet import (CSV reader, row builder, re-validation) into a
// bundled scenario.
#include "fuzzcommon.h"
#include "scenario/loader.h"
#include "scenario/msel.h"

#include <optional>

namespace {

const cd::scenario::Scenario &base()
{
    static const std::optional<cd::scenario::Scenario> s =
        cd::scenario::loadScenarioFile(QStringLiteral(CROSSDRILL_FUZZ_SCENARIO)).scenario;
    if (!s)
        std::abort();  // the bundled scenario must load
    return *s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cd::scenario::msel::ImportResult r = cd::scenario::msel::importCsv(
        cd::fuzz::bytes(data, size), QStringLiteral("f.csv"), base(), QStringLiteral("s.json"));
    cd::fuzz::checkDiagnostics(r.diagnostics);
    if (bool(r.scenario) == cd::scenario::hasErrors(r.diagnostics))
        std::abort();
    return 0;
}
