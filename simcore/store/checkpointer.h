#pragma once
// WAL checkpoints on a background thread. SQLite's automatic checkpoint runs inside the commit
// that takes the WAL past 1000 pages, on the committing thread, and fsyncs the database file
// there: on a busy disk a stall of tens to hundreds of milliseconds in the middle of a user's
// action. The Checkpointer replaces it: the writer's connection only counts WAL pages (a WAL
// hook, called after each commit) and wakes a thread that runs a PASSIVE checkpoint on its own
// connection. A passive checkpoint never blocks the writer and only copies pages of committed
// transactions into the database file, so durability is unchanged: a commit is durable once it is
// fsynced to the WAL, whether or not it was checkpointed.

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace cd::store {

class Checkpointer
{
public:
    /// Takes over checkpointing of `writer` (a WAL-mode connection to `path`). When the thread's
    /// own connection cannot be opened, the writer keeps SQLite's automatic checkpoints.
    Checkpointer(sqlite3 *writer, const QString &path, int pages = 1000);
    /// Stops the thread (a checkpoint in progress finishes first); the writer's connection, closed
    /// last, checkpoints what is left as SQLite always does.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /// Checkpoint runs completed so far (tests, benchmarks).
    int runs() const { return m_runs.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_own = nullptr;
    int m_pages;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    std::atomic<int> m_runs{0};
    std::thread m_thread;
};

}  // namespace cd::store
