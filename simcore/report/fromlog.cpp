#include "report/plan.h"
#include "report/report.h"
#include "report/strings.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

namespace cd::report {

bool computeFromLog(store::EventLog &log, Report *report, QString *error, const Progress &progress)
{
    const scenario::LoadResult loaded =
        scenario::loadScenario(log.scenarioJson(), log.path() + QStringLiteral("#scenario"));
    if (!loaded.scenario) {
        QStringList lines;
        for (const auto &d : loaded.diagnostics)
            lines << d.format();
        *error = QStringLiteral("%1: the recorded scenario does not load:\n%2")
                     .arg(log.path(), lines.join(QLatin1Char('\n')));
        return false;
    }
    if (progress && !progress(0, QStringLiteral("reading the log")))
        return false;
    const std::vector<store::Event> events = log.read();
    if (!compute(*loaded.scenario, events, report, error, progress))
        return false;
    // Tamper evidence (store/chain.h): a report made from a broken chain says so on its first page.
    const store::ChainCheck chain = log.verifyChain();
    if (!chain.intact)
        report->integrityWarning = tr(report->lang, "integrity.broken").arg(chain.brokenAt).arg(chain.reason);
    PlanStore plan(log.path(), log.isReader());
    if (auto stored = plan.load())
        report->plan = std::move(*stored);
    return true;
}

}  // namespace cd::report
