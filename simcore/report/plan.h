#pragma once
// The improvement plan (HSEEP AAR/IP appendix A) stored in the exercise database (table
// improvement_plan, schema v3). It is not part of the event log: the control team edits it after
// the exercise, and save() rewrites it as a whole in one transaction. Until the first save the
// plan is the one seeded from the report (missed expectations and flows).

#include "report/report.h"

#include <QString>

#include <optional>
#include <vector>

namespace cd::report {

class PlanStore
{
public:
    /// Opens the plan of the exercise database at `path` (migrated to v3 by store::EventLog::open
    /// beforehand). Throws store::Error when the file cannot be opened.
    /// A `readOnly` store (a report made by a reader, store::Access::Reader) only loads, through
    /// store::readOnlyConnection, and reads a file too old to hold a plan as having none.
    explicit PlanStore(const QString &path, bool readOnly = false);
    ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    /// The stored rows in order; nullopt when the plan was never saved.
    std::optional<std::vector<PlanItem>> load();
    /// Replaces the stored plan with `items` (their ids are set). Throws store::Error.
    void save(std::vector<PlanItem> &items);

private:
    struct Impl;
    Impl *m_impl;
};

}  // namespace cd::report
