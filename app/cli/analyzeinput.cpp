#include "cli/analyzeinput.h"

#include "cli/cli.h"
#include "model/input.h"
#include "scenario/loader.h"

#include <QCoreApplication>
#include <QFile>

namespace cd::cli {

namespace {

bool readAll(const QString &path, QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("analyze", "crossdrill analyze: cannot read %1: %2")
                     .arg(path, f.errorString())
              << Qt::endl;
        return false;
    }
    data = f.readAll();
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
    QByteArray data;
    if (!readAll(path, data))
        return Usage;
    const model::InputKind kind = model::detectInputKind(data);
    scenario::Diagnostics diagnostics;
    if (kind == model::InputKind::Scenario) {
        if (!nodesPath.isEmpty()) {
            err() << QCoreApplication::translate("analyze", "crossdrill analyze: --nodes goes with an edge-list CSV")
                  << Qt::endl;
            return Usage;
        }
        scenario::LoadResult loaded = scenario::loadScenario(data, path);
        if (!loaded.scenario)
            return printDiagnostics(loaded.diagnostics);
        auto net = model::networkFromScenario(loaded.scenario->graph, path, &diagnostics);
        if (!net)
            return printDiagnostics(diagnostics);
        out.network = std::make_shared<model::Network>(std::move(*net));
        out.truthShocks = loaded.scenario->truth.shocks;
        out.clockStart = loaded.scenario->meta.start;
        out.stepMin = loaded.scenario->meta.stepMin;
        return Ok;
    }
    QByteArray nodes;
    if (!nodesPath.isEmpty()) {
        if (kind != model::InputKind::EdgeList) {
            err() << QCoreApplication::translate("analyze", "crossdrill analyze: --nodes goes with an edge-list CSV")
                  << Qt::endl;
            return Usage;
        }
        if (!readAll(nodesPath, nodes))
            return Usage;
    }
    auto net = model::readGraphInput(kind, data, path, nodesPath.isEmpty() ? nullptr : &nodes, nodesPath, &diagnostics);
    if (!net)
        return printDiagnostics(diagnostics);
    out.network = std::make_shared<model::Network>(std::move(*net));
    return Ok;
}

}  // namespace cd::cli
