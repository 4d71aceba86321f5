// Times the phases of a dynamic run on a generated graph (gen_cascade_graph.py): reading the CSVs,
// building the kernel, and the steps. Usage:
//   bench_cascade EDGES.csv NODES.csv SHOCKS.txt [HORIZON_MIN=360] [THREADS=1]
// Prints "read_ms X build_ms Y steps N ms_per_step Z threads T".
#include "model/cascade.h"
#include "model/csvgraph.h"

#include <QFile>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace cd;

namespace {

QByteArray readFile(const char *path)
{
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        std::exit(2);
    }
    return f.readAll();
}

double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_cascade EDGES.csv NODES.csv SHOCKS.txt [HORIZON_MIN] [THREADS]\n");
        return 2;
    }
    const int horizon = argc > 4 ? std::atoi(argv[4]) : 360;
    const int threads = argc > 5 ? std::atoi(argv[5]) : 1;

    auto t0 = std::chrono::steady_clock::now();
    const QByteArray edges = readFile(argv[1]);
    const QByteArray nodes = readFile(argv[2]);
    scenario::Diagnostics diags;
    auto net =
        model::readEdgeListCsv(edges, QString::fromLocal8Bit(argv[1]), &nodes, QString::fromLocal8Bit(argv[2]), &diags);
    if (!net) {
        for (const auto &d : diags)
            std::fprintf(stderr, "%s\n", qPrintable(d.format()));
        return 1;
    }
    const double readMs = msSince(t0);

    std::vector<scenario::Shock> shocks;
    for (const QByteArray &line : readFile(argv[3]).split('\n')) {
        // NODE=C@FROM..TO
        const int eq = int(line.indexOf('='));
        const int at = int(line.indexOf('@'));
        const int dots = int(line.indexOf(".."));
        if (eq <= 0 || at <= eq || dots <= at)
            continue;
        scenario::Shock s;
        s.node = QString::fromUtf8(line.left(eq));
        s.c = line.mid(eq + 1, at - eq - 1).toDouble();
        s.fromMin = line.mid(at + 1, dots - at - 1).toInt();
        s.toMin = line.mid(dots + 2).toInt();
        shocks.push_back(s);
    }

    t0 = std::chrono::steady_clock::now();
    model::CascadeOptions options;
    options.explain = false;
    options.threads = threads;
    QString error;
    auto cascade =
        model::Cascade::create(std::make_shared<const model::Network>(std::move(*net)), shocks, options, &error);
    if (!cascade) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double buildMs = msSince(t0);

    t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuMs();
    cascade->stepTo(horizon);
    const double stepMs = msSince(t0);
    const double stepCpuMs = cpuMs() - cpu0;
    double checksum = 0;
    for (int v = 0; v < cascade->nodeCount(); ++v)
        checksum += cascade->q(v);
    const int steps = std::max(1, cascade->stepIndex());
    std::printf("read_ms %.1f build_ms %.1f steps %d ms_per_step %.3f cpu_ms_per_step %.3f threads %d checksum %.17g\n",
                readMs, buildMs, cascade->stepIndex(), stepMs / steps, stepCpuMs / steps, threads, checksum);
    return 0;
}
