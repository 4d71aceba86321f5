// libFuzzer harness: the edge-list CSV reader. A line "----" splits the input into the edges file
// and a nodes file, so both readers and their cross-checks are reached.
#include "fuzzcommon.h"
#include "model/csvgraph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = cd::fuzz::bytes(data, size);
    const qsizetype cut = in.indexOf("\n----\n");
    const QByteArray edges = cut < 0 ? in : in.left(cut + 1);
    const QByteArray nodes = cut < 0 ? QByteArray() : in.mid(cut + 6);
    cd::scenario::Diagnostics ds;
    const auto net = cd::model::readEdgeListCsv(edges, QStringLiteral("e.csv"), cut < 0 ? nullptr : &nodes,
                                                QStringLiteral("n.csv"), &ds);
    cd::fuzz::checkDiagnostics(ds);
    if (!net && ds.empty())
        std::abort();  // a refusal always says why
    return 0;
}
