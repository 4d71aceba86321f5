#include "store/migrations.h"

#include "store/chain.h"

#include <array>

namespace cd::store {

namespace {

// Index i holds the SQL taking the schema from version i to i + 1. Never edit a shipped entry:
// add a new one.
constexpr std::array<const char *, kSchemaVersion> kMigrations{
    // v1: the scenario the exercise ran, the events and who may see them.
    R"sql(
    PRAGMA application_id = 1129858114;
    CREATE TABLE scenario(id INTEGER PRIMARY KEY CHECK (id = 1), json BLOB NOT NULL);
    CREATE TABLE events(
        seq INTEGER PRIMARY KEY,
        wall_ms INTEGER NOT NULL,
        minute INTEGER NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL);
    CREATE TABLE event_audience(
        seq INTEGER NOT NULL REFERENCES events(seq),
        room TEXT NOT NULL,
        PRIMARY KEY (seq, room));
    )sql",
    // v2: cheap "visible to room X since seq N" and "events of kind K" queries, a key/value
    // table for run metadata, and the log made append-only by the database itself.
    R"sql(
    CREATE INDEX event_audience_room ON event_audience(room, seq);
    CREATE INDEX events_kind ON events(kind, seq);
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    )sql",
    // v3: the improvement plan (HSEEP AAR/IP appendix A) the control team edits after the
    // exercise; not an event: it is the report's editable appendix, rewritten as a whole.
    R"sql(
    CREATE TABLE improvement_plan(
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        issue TEXT NOT NULL,
        corrective_action TEXT NOT NULL,
        capability TEXT NOT NULL,
        organisation TEXT NOT NULL,
        contact TEXT NOT NULL,
        start TEXT NOT NULL,
        completion TEXT NOT NULL,
        source TEXT NOT NULL);
    )sql",
    // v4: remote rooms' access tokens (net/), stored only as SHA-256 hashes; issuing a new token
    // for a room replaces (revokes) the old one.
    R"sql(
    CREATE TABLE room_tokens(
        room TEXT PRIMARY KEY,
        hash BLOB NOT NULL,
        issued_ms INTEGER NOT NULL);
    )sql",
    // v5: tamper evidence (chain.h): each event's hash chained over the previous one and the
    // recorded scenario. Existing events are chained by migrateCode() below.
    R"sql(
    ALTER TABLE events ADD COLUMN hash BLOB;
    )sql",
    // v6: each improvement-plan row's status (HSEEP IP: open, in progress, complete), so the plan
    // can be followed up after the exercise; rows saved before it are open.
    R"sql(
    ALTER TABLE improvement_plan ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
    )sql",
    // v7: mail events by the mail they name, so the engine keeps only recent mails in memory and
    // pages older ones in when a reply or read mark names them (EventLog::readMail). Partial (mail
    // kinds only) and guarded by json_valid, so a payload that is not JSON is never an error here:
    // the chain reports it (chain.h).
    R"sql(
    CREATE INDEX events_mail ON events(iif(json_valid(payload), json_extract(payload, '$.mail'), NULL))
        WHERE kind GLOB 'mail.*';
    )sql",
    // v8: the control team's seats (exercise/seats.h): each seat's role as `serve --seat` gave it
    // and the SHA-256 of its token, like room_tokens; issuing a new token replaces the hash.
    R"sql(
    CREATE TABLE seats(
        id TEXT PRIMARY KEY,
        spec TEXT NOT NULL,
        hash BLOB NOT NULL,
        issued_ms INTEGER NOT NULL);
    )sql",
};

// Steps a migration cannot say in SQL, run after its SQL in the same transaction.
void migrateCode(Database &db, int toVersion)
{
    // v5: events written before the chain existed are chained now, rather than left marked
    // pre-chain: every later reader then verifies one uniform chain, and an edit made after the
    // upgrade is caught everywhere in the log. What the upgrade cannot vouch for (edits made before
    // it) is recorded as meta chain.upgraded_through and said by every verification (chain.h).
    if (toVersion == 5)
        chainExistingEvents(db);
}
static_assert(kApplicationId == 1129858114, "the v1 migration spells the application id in decimal");

}  // namespace

void migrate(Database &db, int target)
{
    const int current = int(db.pragmaInt("PRAGMA user_version"));
    if (current > target)
        throw Error(QStringLiteral("the exercise database has schema version %1, newer than this build reads (%2); "
                                   "open it with a newer CrossDrill")
                        .arg(current)
                        .arg(target));
    if (current == target)
        return;
    Transaction tx(db);
    for (int v = current; v < target; ++v) {
        db.exec(kMigrations[size_t(v)]);
        migrateCode(db, v + 1);
    }
    db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(target)).constData());
    tx.commit();
}

}  // namespace cd::store
