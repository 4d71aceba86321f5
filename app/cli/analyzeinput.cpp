#include "cli/analyzeinput.h"

#include "cli/cli.h"
#include "model/input.h"
#include "scenario/loader.h"

#include <QCoreApplication>
#include <QFile>

namespace cd::cli {

namespace {

/// A whole input file. Regular files are mapped, not copied (a 50 MB edge list costs no copy
/// and no fresh pages); `data` views the mapping while the MappedFile lives.
struct MappedFile
{
    QFile file;
    QByteArray data;
};

bool readAll(const QString &path, MappedFile &in)
{
    in.file.setFileName(path);
    if (!in.file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("analyze", "crossdrill analyze: cannot read %1: %2")
                     .arg(path, in.file.errorString())
              << Qt::endl;
        return false;
    }
    const qint64 size = in.file.size();
    if (size > 0 && !in.file.isSequential()) {
        if (const uchar *p = in.file.map(0, size)) {
            in.data = QByteArray::fromRawData(reinterpret_cast<const char *>(p), qsizetype(size));
            return true;
        }
    }
    in.data = in.file.readAll();
    return true;
}

int printDiagnostics(const scenario::Diagnostics &diagnostics)
{
    for (const scenario::Diagnostic &d : diagnostics)
        err() << d.format() << '\n';
    err() << Qt::flush;
    return BadInput;
}

}  // namespace

int loadAnalyzeInput(const QString &path, const QString &nodesPath, AnalyzeInput &out)
{
    out.file = path;
    MappedFile input;
    if (!readAll(path, input))
        return Usage;
    const QByteArray &data = input.data;
    const model::InputKind kind = model::detectInputKind(data);
    scenario::Diagnostics diagnostics;
    if (kind == model::InputKind::Scenario) {
        if (!nodesPath.isEmpty()) {
            err() << QCoreApplication::translate("analyze", "crossdrill analyze: --nodes goes with an edge-list CSV")
                  << Qt::endl;
            return Usage;
        }
        // A deep copy: nothing the loader keeps may view the mapping.
        scenario::LoadResult loaded = scenario::loadScenario(QByteArray(data.constData(), data.size()), path);
        if (!loaded.scenario)
            return printDiagnostics(loaded.diagnostics);
        auto net = model::networkFromScenario(loaded.scenario->graph, path, &diagnostics);
        if (!net)
            return printDiagnostics(diagnostics);
        out.network = std::make_shared<model::Network>(std::move(*net));
        out.truthShocks = loaded.scenario->truth.shocks;
        out.clockStart = loaded.scenario->meta.start;
        out.stepMin = loaded.scenario->meta.stepMin;
        out.names.resize(std::size_t(out.network->nodeCount()));
        for (const scenario::Node &node : loaded.scenario->graph.nodes)
            if (const int v = out.network->indexOf(node.id); v >= 0)
                out.names[std::size_t(v)] = node.name;
        return Ok;
    }
    MappedFile nodes;
    if (!nodesPath.isEmpty()) {
        if (kind != model::InputKind::EdgeList) {
            err() << QCoreApplication::translate("analyze", "crossdrill analyze: --nodes goes with an edge-list CSV")
                  << Qt::endl;
            return Usage;
        }
        if (!readAll(nodesPath, nodes))
            return Usage;
    }
    auto net =
        model::readGraphInput(kind, data, path, nodesPath.isEmpty() ? nullptr : &nodes.data, nodesPath, &diagnostics);
    if (!net)
        return printDiagnostics(diagnostics);
    out.network = std::make_shared<model::Network>(std::move(*net));
    return Ok;
}

}  // namespace cd::cli
