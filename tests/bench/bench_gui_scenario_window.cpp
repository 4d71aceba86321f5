// How long the scenario window takes to open a scenario and to switch language, for the
// bundled scenario and for a synthetic one with many injects. Prints figures; asserts nothing.
// Run: QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_gui_scenario_window [INJECTS]
#include "control/mainwindow.h"
#include "control/scenariopages.h"
#include "control/translations.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace {
double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
}  // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossDrillBench"));
    const int injects = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;

    const QString bundled = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
    auto loaded = cd::scenario::loadScenarioFile(bundled);
    if (!loaded.scenario) {
        std::fprintf(stderr, "the bundled scenario does not load\n");
        return 1;
    }
    // A synthetic MSEL: the bundled injects repeated, with fresh ids and times spread over the day.
    cd::scenario::Scenario big = *loaded.scenario;
    const auto base = big.injects;
    big.injects.clear();
    big.expectedFlows.clear();  // they name the original inject ids
    for (int i = 0; i < injects; ++i) {
        cd::scenario::Inject inject = base[static_cast<size_t>(i) % base.size()];
        inject.id = QStringLiteral("X-%1").arg(i);
        inject.expected.clear();
        if (inject.atMin)
            inject.atMin = (i * 7) % std::max(1, big.meta.durationMin);
        inject.when.reset();
        inject.delayMin = 0;
        if (!inject.atMin)
            inject.atMin = i % std::max(1, big.meta.durationMin);
        big.injects.push_back(inject);
    }
    QTemporaryDir dir;
    const QString bigPath = dir.filePath(QStringLiteral("big.cxs.json"));
    QFile out(bigPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(cd::scenario::saveScenario(big)) < 0)
        return 1;
    out.close();
    if (const auto check = cd::scenario::loadScenarioFile(bigPath); !check.scenario) {
        std::fprintf(stderr, "the synthetic scenario does not load: %s\n",
                     qPrintable(check.diagnostics.front().format()));
        return 1;
    }

    cd::gui::Translations translations;
    translations.apply(QStringLiteral("en"));
    cd::gui::MainWindow window(&translations);
    window.show();
    QCoreApplication::processEvents();

    for (const QString &path : {bundled, bigPath}) {
        QElapsedTimer t;
        t.start();
        const bool ok = window.openFile(path);
        QCoreApplication::processEvents();
        const double openMs = msSince(t);
        const int rows = window.pages()->mselView()->model()->rowCount();

        t.restart();
        translations.apply(QStringLiteral("ja"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const double jaMs = msSince(t);
        translations.apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();

        std::printf("%-28s loaded=%d injects=%6d open+show=%8.1f ms  switch to ja=%8.1f ms\n",
                    qPrintable(path.section(QLatin1Char('/'), -1)), ok, rows, openMs, jaMs);
    }
    return 0;
}
