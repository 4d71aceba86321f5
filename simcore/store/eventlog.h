#pragma once
// The exercise log: one SQLite file per exercise (*.cxdb) holding the scenario it ran and an
// append-only table of events. Invariants: seq strictly increases; an append returns only after
// its transaction is committed with synchronous=FULL in WAL mode, so an event is on disk before
// anyone is told about it, and a process killed at any moment loses no acknowledged event and
// leaves the file consistent. Checkpoints (copying the WAL into the database file, with their
// own fsyncs) run on a background thread with its own connection, so a commit never waits for
// one (checkpointer.h). The control team sees every event; event_audience lists the
// rooms (or "all") that may see one, indexed by room for cheap per-room reads.

#include "store/chain.h"
#include "store/event.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace cd::store {

class Checkpointer;
class FileLock;

/// How a database is opened. An Engine (run, serve, the console's exercise) appends events: it
/// holds the database's FileLock for as long as it is open, switches it to WAL and migrates it.
/// A Reader (report, export, viewing) never writes: the file is opened read-only, is neither
/// migrated nor switched to WAL, and no -wal/-shm files are left behind (eventlogopen.cpp).
enum class Access { Engine, Reader };

/// A read-only connection to the database at `path` as a Reader opens it (no -wal/-shm left
/// behind when no engine has the file open). Throws Error when it cannot be opened.
Database readOnlyConnection(const QString &path);

class EventLog
{
public:
    /// Creates a new exercise database holding `scenarioJson`, opened as its Engine. The file is
    /// built complete (schema and scenario) under a temporary name in the same folder and renamed
    /// into place, so a crash leaves either no database or a complete one. Throws Error when an
    /// exercise already lives at `path` or the folder cannot be written; Busy when another
    /// process is creating or running the same file.
    static std::unique_ptr<EventLog> create(const QString &path, const QByteArray &scenarioJson);
    /// Opens an existing exercise database. Throws Error with a clear message for a missing
    /// file, a file that is not a CrossDrill database, a corrupt or incomplete one, or one written
    /// by a newer version; Busy (naming the holder) when `access` is Engine and another engine
    /// holds it, through whatever path.
    static std::unique_ptr<EventLog> open(const QString &path, Access access = Access::Engine);
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    QString path() const { return m_path; }
    bool isReader() const { return m_reader; }
    QByteArray scenarioJson();
    int schemaVersion();

    /// Appends one event durably; sets its seq (or keeps a preset one, which must be unused).
    qint64 append(Event &event);
    /// Appends all events in one transaction: all are committed or none; sets their seqs.
    void append(std::vector<Event> &events);

    /// Events with seq > afterSeq, in order (at most `limit` when limit > 0).
    std::vector<Event> read(qint64 afterSeq = 0, int limit = 0);
    /// Events with seq > afterSeq whose stored audience includes `room` or "all" (at most `limit`
    /// when limit > 0: a long replay is read page by page).
    std::vector<Event> readVisibleTo(const QString &room, qint64 afterSeq = 0, int limit = 0);
    qint64 lastSeq();
    /// The events whose payload names `mail` as its "mail" (mail.sent, delayed, delivered, read),
    /// in order, through the schema-7 index: how the engine pages in a mail it no longer holds.
    std::vector<Event> readMail(const QString &mail);

    QString metaValue(const QString &key);
    void setMetaValue(const QString &key, const QString &value);

    /// Recomputes the tamper-evidence chain over the whole log (chain.h).
    ChainCheck verifyChain();

private:
    EventLog(const QString &path, Database db, std::unique_ptr<FileLock> lock, bool reader);
    static Database openEngine(const QString &path);
    static Database openReader(const QString &path);
    void insertOne(Event &event, QByteArray &head);
    QByteArray loadHead();
    std::vector<Event> collect(Statement &st);

    QString m_path;
    Database m_db;
    std::unique_ptr<FileLock> m_lock;  ///< held by an Engine until it closes
    bool m_reader = false;
    bool m_chained = false;  ///< schema >= 5: events carry hashes
    QByteArray m_head;       ///< hash of the last committed event (or the genesis)
    std::unique_ptr<Statement> m_insertEvent;
    std::unique_ptr<Statement> m_insertAudience;
    std::unique_ptr<Checkpointer> m_checkpointer;  ///< WAL checkpoints off the writer's thread
};

}  // namespace cd::store
