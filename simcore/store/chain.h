#pragma once
// Tamper evidence of the exercise log (issue 14 item 9, schema v5). Every event stores
// hash = SHA-256(previous hash || the event's columns), and the chain starts from a hash of the
// recorded scenario, so editing the scenario, changing, inserting or removing an event, or
// replacing a payload with anything else (even invalid JSON) breaks the chain from that event on.
// A reader recomputes it (verifyChain) and says at which seq it breaks.
//
// What it is not: a signature. Whoever can write the file and run this code can recompute the whole
// chain, and removing the last events leaves a valid shorter chain. The head hash (last seq and
// its hash, printed by `report`) is what an auditor writes down to catch that.

#include "store/sqlite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cd::store {

struct Event;

/// The hash the chain starts from: SHA-256 over a domain tag and the recorded scenario bytes.
QByteArray chainGenesis(const QByteArray &scenarioJson);
/// The hash of one event given the previous one. `payload` is the text as stored; `audience`
/// sorted and without duplicates, as stored.
QByteArray chainLink(const QByteArray &previous, qint64 seq, qint64 wallMs, qint64 minute, const QString &actor,
                     const QString &kind, const QByteArray &payload, const QStringList &audience);

struct ChainCheck
{
    bool chained = true;          ///< false: the file predates v5 (nothing to verify)
    bool intact = true;           ///< every stored hash matches
    qint64 brokenAt = 0;          ///< the first seq whose hash does not match (0 when intact)
    QString reason;               ///< English, for the user, when broken
    qint64 events = 0;            ///< events checked
    qint64 headSeq = 0;           ///< the last event checked
    QByteArray headHash;          ///< its stored hash (the value to write down)
    qint64 chainedAtUpgrade = 0;  ///< events 1..N were chained by the v4->v5 migration, not live

    /// One line for the user: where it breaks, or that it is intact (and from which seq).
    QString summary(const QString &path) const;
};

/// Recomputes the chain of the database `db` (schema >= 5) from its scenario and events.
ChainCheck verifyChain(Database &db);
/// Computes and stores the hashes of events that have none (the v4 -> v5 migration). Runs inside
/// the migration's transaction; the append-only trigger is lifted for that transaction only.
void chainExistingEvents(Database &db);

}  // namespace cd::store
