#pragma once
// Small RAII wrappers over the SQLite C API (docs/contributing.md: RAII statements, no QtSql). Every failure
// throws store::Error carrying SQLite's message, so callers never see a half-checked return code.

#include <QByteArray>
#include <QString>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace cd::store {

/// A store failure with an English message fit for a user (file named where relevant).
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

/// Another engine holds the database (FileLock); the message names the holder when known.
class Busy : public Error
{
public:
    using Error::Error;
};

/// Owns one connection. Not copyable; movable.
class Database
{
public:
    Database() = default;
    /// Opens (creating if `create`) the file; throws Error when it cannot.
    Database(const QString &path, bool create);
    /// How a reader opens a file: ReadOnly shares a live writer's WAL (SQLite may create -wal and
    /// -shm files for that); Immutable reads the file as it is and creates nothing, for a file no
    /// writer has open (see EventLog::open).
    enum class ReadMode { ReadOnly, Immutable };
    Database(const QString &path, ReadMode mode);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    /// Runs one or more statements without results; throws on failure.
    void exec(const char *sql);
    /// The first column of the first row of `sql` as an integer (PRAGMA reads).
    qint64 pragmaInt(const char *sql);
    QString lastError() const;
    [[noreturn]] void fail(const QString &what) const;

private:
    sqlite3 *m_db = nullptr;
};

/// One prepared statement; reset and rebound for each use.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    /// Steps once: true when a row is available, false when done; throws on error.
    bool step();
    /// Steps to completion (for statements without rows) and resets.
    void run();
    void reset();

    qint64 columnInt(int index) const;
    QString columnText(int index) const;
    QByteArray columnBlob(int index) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

}  // namespace cd::store
