// Opening and creating exercise databases: the Engine's lock (filelock.h), atomic creation
// (issue 14 item 4) and read-only opens that change nothing on disk (item 8).
#include "store/checkpointer.h"
#include "store/creation.h"
#include "store/eventlog.h"
#include "store/filelock.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cd::store {

namespace {

std::function<void(CreationStep)> &creationHook()
{
    static std::function<void(CreationStep)> hook;
    return hook;
}

void reach(CreationStep step)
{
    if (creationHook())
        creationHook()(step);
}

QString notOurs(const QString &path, const QString &why)
{
    return QStringLiteral("%1: not a CrossDrill exercise database (%2)").arg(path, why);
}

QString osError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

enum class Content { Empty, Incomplete, Exercise };

/// What an opened file holds; throws Error for another application's file or a corrupt one.
Content inspect(Database &db, const QString &path)
{
    qint64 appId = 0;
    qint64 tables = 0;
    try {
        appId = db.pragmaInt("PRAGMA application_id");
        tables = db.pragmaInt("SELECT count(*) FROM sqlite_master");
    } catch (const Error &e) {
        throw Error(notOurs(path, e.message()));
    }
    if (appId == 0 && tables == 0)
        return Content::Empty;
    if (appId != kApplicationId)
        throw Error(notOurs(path, QStringLiteral("another application's SQLite file")));
    try {
        Statement check(db, "PRAGMA quick_check");
        const QString verdict = check.step() ? check.columnText(0) : QString();
        if (verdict != QLatin1String("ok"))
            throw Error(QStringLiteral("%1: the exercise database is corrupt (%2)").arg(path, verdict));
        // Created by a build before atomic creation and killed between the schema and the
        // scenario: no scenario, no events. Nothing was recorded, so it may be created again.
        if (db.pragmaInt("SELECT count(*) FROM sqlite_master WHERE name = 'scenario'") == 0 ||
            db.pragmaInt("SELECT count(*) FROM scenario") == 0)
            return db.pragmaInt("SELECT count(*) FROM sqlite_master WHERE name = 'events'") == 0 ||
                           db.pragmaInt("SELECT count(*) FROM events") == 0
                       ? Content::Incomplete
                       : Content::Exercise;
    } catch (const Error &e) {
        if (e.message().startsWith(path))
            throw;
        throw Error(QStringLiteral("%1: the exercise database is corrupt (%2)").arg(path, e.message()));
    }
    return Content::Exercise;
}

void checkOpenable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QStringLiteral("%1: no such exercise database").arg(path));
    if (info.isDir())
        throw Error(QStringLiteral("%1: is a folder, not an exercise database").arg(path));
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);  // the rename itself is durable only once the folder is
        ::close(fd);
    }
}

}  // namespace

void setCreationHook(std::function<void(CreationStep)> hook)
{
    creationHook() = std::move(hook);
}

Database EventLog::openEngine(const QString &path)
{
    Database db(path, false);
    const Content content = inspect(db, path);
    if (content == Content::Empty)
        throw Error(notOurs(path, QStringLiteral("an empty database")));
    if (content == Content::Incomplete)
        throw Error(QStringLiteral("%1: an exercise database whose creation was interrupted (no scenario, no events); "
                                   "create it again with run --db")
                        .arg(path));
    try {
        // WAL + FULL: a commit is fsynced to the WAL before append() returns (durable against
        // power loss, not only against a killed process), and readers never block the writer.
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        migrate(db);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
    }
    return db;
}

Database readOnlyConnection(const QString &path)
{
    // No engine and no leftover journal: read the file as it is (immutable), which needs no -shm
    // or -wal and so works in a read-only folder and leaves nothing behind. Otherwise share the
    // live engine's WAL read-only (the files are the engine's, already there).
    const bool live = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                      QFileInfo::exists(path + QStringLiteral("-journal")) || FileLock::isHeld(path);
    return Database(path, live ? Database::ReadMode::ReadOnly : Database::ReadMode::Immutable);
}

Database EventLog::openReader(const QString &path)
{
    Database db = readOnlyConnection(path);
    const Content content = inspect(db, path);
    if (content == Content::Empty)
        throw Error(notOurs(path, QStringLiteral("an empty database")));
    if (content == Content::Incomplete)
        throw Error(QStringLiteral("%1: an exercise database whose creation was interrupted (no scenario, no events)")
                        .arg(path));
    const int version = int(db.pragmaInt("PRAGMA user_version"));
    if (version > kSchemaVersion)
        throw Error(QStringLiteral("%1: the exercise database has schema version %2, newer than this build reads (%3); "
                                   "open it with a newer CrossDrill")
                        .arg(path)
                        .arg(version)
                        .arg(kSchemaVersion));
    return db;
}

std::unique_ptr<EventLog> EventLog::open(const QString &path, Access access)
{
    checkOpenable(path);
    if (access == Access::Reader)
        return std::unique_ptr<EventLog>(new EventLog(path, openReader(path), nullptr, true));
    auto lock = FileLock::acquire(path);
    Database db = openEngine(path);
    return std::unique_ptr<EventLog>(new EventLog(path, std::move(db), std::move(lock), false));
}

std::unique_ptr<EventLog> EventLog::create(const QString &path, const QByteArray &scenarioJson)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw Error(QStringLiteral("%1: no such folder %2").arg(path, folder));
    // An existing file may be replaced only when it holds nothing: empty, or an incomplete
    // database of an older build. Its lock is taken first, so a running engine is never replaced.
    std::unique_ptr<FileLock> existingLock;
    if (target.exists()) {
        if (target.isDir())
            throw Error(QStringLiteral("%1: is a folder, not an exercise database").arg(path));
        existingLock = FileLock::acquire(path);
        if (target.size() > 0) {
            Database db(path, false);
            if (inspect(db, path) == Content::Exercise)
                throw Error(
                    QStringLiteral(
                        "%1: already exists and holds an exercise; continue it with --resume or choose a new file")
                        .arg(path));
        }
    }
    // Built under a fixed temporary name beside the target (same file system, so the rename is
    // atomic), locked while it is built: a second creator is refused, and a temporary left by a
    // killed creator is unlocked and simply rebuilt.
    const QString temp = QDir(folder).filePath(QStringLiteral(".%1.creating").arg(target.fileName()));
    const int fd = ::open(QFile::encodeName(temp).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(QStringLiteral("%1: cannot create: %2").arg(temp, osError(errno)));
    auto lock = FileLock::adopt(fd, path);
    if (ftruncate(fd, 0) != 0)
        throw Error(QStringLiteral("%1: cannot create: %2").arg(temp, osError(errno)));
    QFile::remove(temp + QStringLiteral("-journal"));
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    try {
        Database db(temp, true);
        reach(CreationStep::TemporaryOpened);
        db.exec("PRAGMA synchronous = FULL");
        migrate(db);
        reach(CreationStep::SchemaWritten);
        {
            Transaction tx(db);
            Statement(db, "INSERT INTO scenario(id, json) VALUES (1, ?)").bindBlob(1, scenarioJson).run();
            tx.commit();
        }
        reach(CreationStep::ScenarioWritten);
        // WAL is recorded in the file header; switching now, on the temporary, keeps the -wal and
        // -shm names (which follow the path opened) from ever naming the temporary file later.
        db.exec("PRAGMA journal_mode = WAL");
    } catch (const Error &e) {
        QFile::remove(temp);
        throw Error(QStringLiteral("%1: cannot create: %2").arg(path, e.message()));
    }
    fsync(lock->fd());
    reach(CreationStep::Closed);
    // Sidecars left beside the target (a deleted database whose engine still runs, or died) are
    // not this file's: a new WAL-mode file would replay a stale -wal as its own pages.
    for (const char *sidecar : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(sidecar));
    if (existingLock ? std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0
                     : renameat2(AT_FDCWD, QFile::encodeName(temp).constData(), AT_FDCWD,
                                 QFile::encodeName(path).constData(), RENAME_NOREPLACE) != 0) {
        const int error = errno;
        QFile::remove(temp);
        if (error == EEXIST)
            throw Error(QStringLiteral("%1: already exists; continue it with --resume or choose a new file").arg(path));
        throw Error(QStringLiteral("%1: cannot create: %2").arg(path, osError(error)));
    }
    syncFolder(folder);
    reach(CreationStep::Renamed);
    existingLock.reset();
    // The lock taken on the temporary is on the inode now named `path`: nobody could open it as
    // an engine between the rename and this open.
    Database db = openEngine(path);
    return std::unique_ptr<EventLog>(new EventLog(path, std::move(db), std::move(lock), false));
}

}  // namespace cd::store
