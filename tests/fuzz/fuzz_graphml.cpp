// libFuzzer harness: the GraphML reader.
#include "fuzzcommon.h"
#include "model/graphml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd::scenario::Diagnostics ds;
    const auto net = cd::model::readGraphml(cd::fuzz::bytes(data, size), QStringLiteral("g.graphml"), &ds);
    cd::fuzz::checkDiagnostics(ds);
    if (!net && ds.empty())
        std::abort();
    return 0;
}
