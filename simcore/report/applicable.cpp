// Expected actions that never had a chance: an expectation belongs to its inject, and an inject
// that fires only on a condition or by hand (a contingency) may rightly never fire. Once the
// exercise has ended, such an expectation is "not applicable" (status na), neither met nor
// missed, and is left out of the "N of M met" figures (issue 15: the 2008 dry run said "29 of
// 37 met" because eight expectations of contingencies that never fired counted as misses).
#include "exercise/vocab.h"
#include "report/internal.h"

#include <algorithm>

namespace cd::report {

void markNotApplicable(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    bool ended = r->endMin >= s.meta.durationMin;
    for (const store::Event &e : events)
        ended = ended || exercise::kindOf(e) == exercise::Kind::ExerciseEnded;
    if (!ended)
        return;  // a conditional inject may still fire: its expectations are pending
    for (ExpectedRow &x : r->expected) {
        if (x.status != QLatin1String("pending") && x.status != QLatin1String("missed"))
            continue;
        const scenario::Inject *inj = s.inject(x.inject);
        const auto row =
            std::find_if(r->injects.begin(), r->injects.end(), [&](const InjectRow &i) { return i.id == x.inject; });
        const bool fired = row != r->injects.end() && row->firedMin;
        const bool conditional = inj && (inj->when || inj->contingency || !inj->atMin);
        const bool skipped = row != r->injects.end() && row->skipped;
        if (!fired && (conditional || skipped)) {
            x.status = QStringLiteral("na");
            x.atMin.reset();
            x.latencyMin.reset();
        }
    }
}

}  // namespace cd::report
