// libFuzzer harness: the scenario loader (JSON parser, structural reader, validator) on arbitrary
// bytes. A load either yields a scenario or at least one error, never both or neither.
#include "fuzzcommon.h"
#include "scenario/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cd::scenario::LoadResult r =
        cd::scenario::loadScenario(cd::fuzz::bytes(data, size), QStringLiteral("f.json"));
    cd::fuzz::checkDiagnostics(r.diagnostics);
    if (bool(r.scenario) == cd::scenario::hasErrors(r.diagnostics))
        std::abort();
    return 0;
}
