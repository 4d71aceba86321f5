#pragma once
// The one-engine-per-database lock (issue 14 item 2). It is an flock(2) on the database file
// itself, so it belongs to the file's inode: a symlink, a hard link or another spelling of the
// path reaches the same lock, which a PATH.lock beside the file did not. The kernel drops it when
// the holder exits, however it exits, so there is no stale lock to take over. SQLite's own locks
// are POSIX record locks (fcntl), which on Linux are independent of flock locks on local file
// systems, so holding this lock never blocks SQLite's readers or the Checkpointer's connection.
//
// The descriptor the lock is taken on is opened once per file and kept open until the process
// exits (unlocking is flock(LOCK_UN), never close): closing any descriptor of a file drops every
// POSIX lock the process holds on it, SQLite's included, which would let another process delete
// a WAL this process still reads (sqlite.org/howtocorrupt.html, 2.2). One descriptor per file the
// process has used as an engine or checked, which is a handful.

#include <QString>

#include <memory>

namespace cd::store {

class FileLock
{
public:
    /// Takes the exclusive lock on the file at `path` (following symlinks). Throws Busy naming
    /// the holder (pid and program, read from /proc/locks) when another engine has it.
    static std::unique_ptr<FileLock> acquire(const QString &path);
    /// Takes the lock on an already open descriptor (the creator's temporary file, whose inode is
    /// renamed into place later); `fd` is taken over. Throws Busy when it is held.
    static std::unique_ptr<FileLock> adopt(int fd, const QString &path);
    /// Whether an engine holds the lock on `path` now (a reader's hint; not a reservation).
    static bool isHeld(const QString &path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    int fd() const { return m_fd; }
    /// Use acquire() or adopt(); public only for the descriptor table in filelock.cpp.
    explicit FileLock(int fd) : m_fd(fd) {}

private:
    int m_fd;  ///< owned by the process-wide table of descriptors, not by this object
};

/// "pid 123, crossdrill" for the process holding an flock on the file open as `fd`, or empty.
QString lockHolder(int fd);

}  // namespace cd::store
