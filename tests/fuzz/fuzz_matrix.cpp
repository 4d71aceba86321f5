// libFuzzer harness: the A* matrix CSV reader.
#include "fuzzcommon.h"
#include "model/csvgraph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd::scenario::Diagnostics ds;
    const auto net = cd::model::readMatrixCsv(cd::fuzz::bytes(data, size), QStringLiteral("m.csv"), &ds);
    cd::fuzz::checkDiagnostics(ds);
    if (!net && ds.empty())
        std::abort();
    return 0;
}
