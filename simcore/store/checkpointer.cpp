#include "store/checkpointer.h"

#include <sqlite3.h>

namespace cd::store {

Checkpointer::Checkpointer(sqlite3 *writer, const QString &path, int pages) : m_writer(writer), m_pages(pages)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(m_own);
        m_own = nullptr;
        return;  // the writer keeps sqlite's own automatic checkpoints
    }
    sqlite3_busy_timeout(m_own, 5000);
    // Checkpoints fsync the WAL before copying and the database file after, as the writer's would.
    sqlite3_exec(m_own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_wal_hook(m_writer, &Checkpointer::onCommit, this);  // replaces the automatic checkpoint
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    if (!m_own)
        return;
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_own);
}

int Checkpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages >= c->m_pages) {
        {
            const std::lock_guard lock(c->m_mutex);
            c->m_due = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        if (m_stop)
            return;
        m_due = false;
        lock.unlock();
        // PASSIVE: copies what it can without waiting for (or blocking) the writer; a failure
        // (busy, I/O) only leaves the WAL longer, and the next commit past the limit asks again.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        m_runs.fetch_add(1);
        lock.lock();
    }
}

}  // namespace cd::store
