#pragma once
// The exercise log: one SQLite file per exercise (*.cxdb) holding the scenario it ran and an
// append-only table of events. Invariants: seq strictly increases; an append returns only after
// its transaction is committed with synchronous=FULL in WAL mode, so an event is on disk before
// anyone is told about it, and a process killed at any moment loses no acknowledged event and
// leaves the file consistent. Checkpoints (copying the WAL into the database file, with their
// own fsyncs) run on a background thread with its own connection, so a commit never waits for
// one (checkpointer.h). The control team sees every event; event_audience lists the
// rooms (or "all") that may see one, indexed by room for cheap per-room reads.

#include "store/event.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace cd::store {

class Checkpointer;

class EventLog
{
public:
    /// Creates a new exercise database holding `scenarioJson`. Throws Error when the file
    /// exists and is not empty (an exercise already lives there) or cannot be written.
    static std::unique_ptr<EventLog> create(const QString &path, const QByteArray &scenarioJson);
    /// Opens an existing exercise database, migrating an older schema forward. Throws Error with
    /// a clear message for a missing file, a file that is not a CrossDrill database, a corrupt
    /// one, or one written by a newer version.
    static std::unique_ptr<EventLog> open(const QString &path);
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    QString path() const { return m_path; }
    QByteArray scenarioJson();
    int schemaVersion();

    /// Appends one event durably; sets its seq (or keeps a preset one, which must be unused).
    qint64 append(Event &event);
    /// Appends all events in one transaction: all are committed or none; sets their seqs.
    void append(std::vector<Event> &events);

    /// Events with seq > afterSeq, in order (at most `limit` when limit > 0).
    std::vector<Event> read(qint64 afterSeq = 0, int limit = 0);
    /// Events with seq > afterSeq whose stored audience includes `room` or "all".
    std::vector<Event> readVisibleTo(const QString &room, qint64 afterSeq = 0);
    qint64 lastSeq();

    QString metaValue(const QString &key);
    void setMetaValue(const QString &key, const QString &value);

private:
    EventLog(const QString &path, Database db);
    static Database openChecked(const QString &path, bool mustBeNew);
    void insertOne(Event &event);
    std::vector<Event> collect(Statement &st);

    QString m_path;
    Database m_db;
    std::unique_ptr<Statement> m_insertEvent;
    std::unique_ptr<Statement> m_insertAudience;
    std::unique_ptr<Checkpointer> m_checkpointer;  ///< WAL checkpoints off the writer's thread
};

}  // namespace cd::store
