#include "store/sqlite.h"

#include <QUrl>

#include <sqlite3.h>
#include <utility>

namespace cd::store {

namespace {

sqlite3 *openConnection(const QString &path, const QByteArray &name, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(db, 1);
    // A busy database (another process holding a write lock) is waited for, not failed at once.
    sqlite3_busy_timeout(db, 5000);
    return db;
}

}  // namespace

Database::Database(const QString &path, ReadMode mode)
{
    // A URI so that immutable=1 can be given; the path is percent-encoded for it.
    QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/");
    if (mode == ReadMode::Immutable)
        uri += "?immutable=1";
    m_db = openConnection(path, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
}

Database::Database(const QString &path, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    m_db = openConnection(path, path.toUtf8(), flags);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close(m_db);
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::exec(const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString text = QString::fromUtf8(msg ? msg : sqlite3_errmsg(m_db));
        sqlite3_free(msg);
        throw Error(text);
    }
}

qint64 Database::pragmaInt(const char *sql)
{
    Statement st(*this, sql);
    return st.step() ? st.columnInt(0) : 0;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void Database::fail(const QString &what) const
{
    throw Error(QStringLiteral("%1: %2").arg(what, lastError()));
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        db.fail(QStringLiteral("prepare"));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail(QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail(QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail(QStringLiteral("bind"));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString msg = m_db.lastError();
    sqlite3_reset(m_stmt);
    throw Error(msg);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

QString Statement::columnText(int index) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, index)) : QString();
}

QByteArray Statement::columnBlob(int index) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, index)) : QByteArray();
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

}  // namespace cd::store
