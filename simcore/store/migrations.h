#pragma once
// Schema versions of the exercise database (PRAGMA user_version) and the forward-only
// migrations between them. Version N is reached by applying migrations 1..N in order, all in
// one transaction, so a crash mid-upgrade leaves the file at its old version.

#include "store/sqlite.h"

namespace cd::store {

/// PRAGMA application_id of every CrossDrill exercise database ("CXDB").
inline constexpr qint64 kApplicationId = 0x43584442;
/// The schema version this build writes and reads.
inline constexpr int kSchemaVersion = 8;

/// Brings `db` from its current user_version to `target` (<= kSchemaVersion) in one
/// transaction. Throws Error when the file is newer than `target`.
void migrate(Database &db, int target = kSchemaVersion);

}  // namespace cd::store
