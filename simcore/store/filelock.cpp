#include "store/filelock.h"

#include "store/sqlite.h"

#include <QFile>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace cd::store {

namespace {

struct Entry
{
    int fd = -1;
    bool held = false;  ///< an engine of this process holds it (flock would let the same fd relock)
};

std::mutex g_mutex;
std::map<std::pair<dev_t, ino_t>, Entry> g_files;  // guarded by g_mutex; descriptors never closed

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

[[noreturn]] void failOpen(const QString &path, int error)
{
    if (error == ENOENT)
        throw Error(QStringLiteral("%1: no such exercise database").arg(path));
    throw Error(QStringLiteral("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
}

/// The table's entry for the file `fd` is open on, keeping `fd` when the file is new to it. Callers
/// look the file up first, so a second descriptor only comes here when the file was replaced
/// between their stat() and open(); it is then closed, the one exception to "never close".
Entry &entryFor(int fd)
{
    struct stat st
    {};
    fstat(fd, &st);
    auto [it, added] = g_files.try_emplace({st.st_dev, st.st_ino});
    if (added)
        it->second.fd = fd;
    else if (it->second.fd != fd)
        close(fd);
    return it->second;
}

std::unique_ptr<FileLock> lockEntry(Entry &entry, const QString &path)
{
    if (!entry.held && flock(entry.fd, LOCK_EX | LOCK_NB) == 0) {
        entry.held = true;
        return std::unique_ptr<FileLock>(new FileLock(entry.fd));
    }
    const int error = entry.held ? EWOULDBLOCK : errno;
    if (error != EWOULDBLOCK)
        throw Error(QStringLiteral("%1: cannot lock: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
    const QString holder = entry.held ? QStringLiteral("pid %1, this process").arg(getpid()) : lockHolder(entry.fd);
    throw Busy(holder.isEmpty() ? QStringLiteral("%1: is being run by another process").arg(path)
                                : QStringLiteral("%1: is being run by another process (%2)").arg(path, holder));
}

}  // namespace

QString lockHolder(int fd)
{
    struct stat st
    {};
    if (fstat(fd, &st) != 0)
        return {};
    // /proc/locks: "1: FLOCK  ADVISORY  WRITE 4242 fd:01:131090 0 EOF" (device in hex, inode in
    // decimal); "1: -> FLOCK ..." lines are waiters, not holders.
    const QString device = QStringLiteral("%1:%2:%3")
                               .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                               .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                               .arg(quint64(st.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&locks);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 6 || f[1] != QLatin1String("FLOCK") || f[5].compare(device, Qt::CaseInsensitive) != 0)
            continue;
        const qint64 pid = f[4].toLongLong();
        if (pid <= 0)
            return {};
        if (pid == getpid())
            return QStringLiteral("pid %1, this process").arg(pid);
        const QString program = programOf(pid);
        return program.isEmpty() ? QStringLiteral("pid %1").arg(pid)
                                 : QStringLiteral("pid %1, %2").arg(pid).arg(program);
    }
    return {};
}

std::unique_ptr<FileLock> FileLock::adopt(int fd, const QString &path)
{
    const std::lock_guard guard(g_mutex);
    return lockEntry(entryFor(fd), path);
}

std::unique_ptr<FileLock> FileLock::acquire(const QString &path)
{
    const std::lock_guard guard(g_mutex);
    struct stat st
    {};
    if (stat(QFile::encodeName(path).constData(), &st) != 0)
        failOpen(path, errno);
    const auto it = g_files.find({st.st_dev, st.st_ino});
    if (it != g_files.end())
        return lockEntry(it->second, path);
    const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        failOpen(path, errno);
    return lockEntry(entryFor(fd), path);
}

bool FileLock::isHeld(const QString &path)
{
    const std::lock_guard guard(g_mutex);
    struct stat st
    {};
    if (stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    const auto it = g_files.find({st.st_dev, st.st_ino});
    Entry *entry = it != g_files.end() ? &it->second : nullptr;
    if (!entry) {
        const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        entry = &entryFor(fd);
    }
    if (entry->held)
        return true;
    if (flock(entry->fd, LOCK_SH | LOCK_NB) != 0)
        return errno == EWOULDBLOCK;
    flock(entry->fd, LOCK_UN);
    return false;
}

FileLock::~FileLock()
{
    const std::lock_guard guard(g_mutex);
    flock(m_fd, LOCK_UN);
    for (auto &[key, entry] : g_files)
        if (entry.fd == m_fd)
            entry.held = false;
}

}  // namespace cd::store
