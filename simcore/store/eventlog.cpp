#include "store/eventlog.h"

#include "store/checkpointer.h"
#include "store/migrations.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace cd::store {

namespace {

QString notOurs(const QString &path, const QString &why)
{
    return QStringLiteral("%1: not a CrossDrill exercise database (%2)").arg(path, why);
}

QStringList splitAudience(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('\x1f'));
}

}  // namespace

EventLog::EventLog(const QString &path, Database db) : m_path(path), m_db(std::move(db))
{
    m_insertEvent = std::make_unique<Statement>(
        m_db, "INSERT INTO events(seq, wall_ms, minute, actor, kind, payload) VALUES (?, ?, ?, ?, ?, ?)");
    m_insertAudience = std::make_unique<Statement>(m_db, "INSERT INTO event_audience(seq, room) VALUES (?, ?)");
    m_checkpointer = std::make_unique<Checkpointer>(m_db.handle(), path);
}

EventLog::~EventLog() = default;

Database EventLog::openChecked(const QString &path, bool mustBeNew)
{
    const QFileInfo info(path);
    if (!mustBeNew && !info.exists())
        throw Error(QStringLiteral("%1: no such exercise database").arg(path));
    Database db(path, mustBeNew);
    qint64 appId = 0;
    qint64 tables = 0;
    try {
        appId = db.pragmaInt("PRAGMA application_id");
        tables = db.pragmaInt("SELECT count(*) FROM sqlite_master");
    } catch (const Error &e) {
        throw Error(notOurs(path, e.message()));
    }
    const bool empty = appId == 0 && tables == 0;
    if (mustBeNew && !empty)
        throw Error(
            QStringLiteral("%1: already holds an exercise; continue it with --resume or choose a new file").arg(path));
    if (!mustBeNew && empty)
        throw Error(notOurs(path, QStringLiteral("an empty database")));
    if (!empty && appId != kApplicationId)
        throw Error(notOurs(path, QStringLiteral("another application's SQLite file")));
    if (!empty) {
        try {
            Statement check(db, "PRAGMA quick_check");
            const QString verdict = check.step() ? check.columnText(0) : QString();
            if (verdict != QLatin1String("ok"))
                throw Error(QStringLiteral("%1: the exercise database is corrupt (%2)").arg(path, verdict));
        } catch (const Error &e) {
            if (e.message().startsWith(path))
                throw;
            throw Error(QStringLiteral("%1: the exercise database is corrupt (%2)").arg(path, e.message()));
        }
    }
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

std::unique_ptr<EventLog> EventLog::create(const QString &path, const QByteArray &scenarioJson)
{
    Database db = openChecked(path, true);
    std::unique_ptr<EventLog> log(new EventLog(path, std::move(db)));
    Transaction tx(log->m_db);
    Statement(log->m_db, "INSERT INTO scenario(id, json) VALUES (1, ?)").bindBlob(1, scenarioJson).run();
    tx.commit();
    return log;
}

std::unique_ptr<EventLog> EventLog::open(const QString &path)
{
    Database db = openChecked(path, false);
    return std::unique_ptr<EventLog>(new EventLog(path, std::move(db)));
}

QByteArray EventLog::scenarioJson()
{
    Statement st(m_db, "SELECT json FROM scenario WHERE id = 1");
    return st.step() ? st.columnBlob(0) : QByteArray();
}

int EventLog::schemaVersion()
{
    return int(m_db.pragmaInt("PRAGMA user_version"));
}

void EventLog::insertOne(Event &event)
{
    // The engine may number events itself (it refers to them before they are committed); the
    // primary key still refuses a reused number.
    const qint64 seq = event.seq > 0 ? event.seq : lastSeq() + 1;
    const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
    m_insertEvent->bind(1, seq)
        .bind(2, event.wallMs)
        .bind(3, qint64(event.minute))
        .bind(4, event.actor)
        .bind(5, event.kind)
        .bind(6, QString::fromUtf8(payload))
        .run();
    QStringList rooms = event.audience;
    rooms.removeDuplicates();
    rooms.sort();
    for (const QString &room : rooms)
        m_insertAudience->bind(1, seq).bind(2, room).run();
    event.seq = seq;
    event.audience = rooms;
}

qint64 EventLog::append(Event &event)
{
    Transaction tx(m_db);
    insertOne(event);
    tx.commit();
    return event.seq;
}

void EventLog::append(std::vector<Event> &events)
{
    if (events.empty())
        return;
    std::vector<qint64> before;
    before.reserve(events.size());
    for (const Event &e : events)
        before.push_back(e.seq);
    try {
        Transaction tx(m_db);
        for (Event &e : events)
            insertOne(e);
        tx.commit();
    } catch (...) {
        for (size_t i = 0; i < events.size(); ++i)
            events[i].seq = before[i];
        throw;
    }
}

std::vector<Event> EventLog::collect(Statement &st)
{
    std::vector<Event> out;
    while (st.step()) {
        Event e;
        e.seq = st.columnInt(0);
        e.wallMs = st.columnInt(1);
        e.minute = int(st.columnInt(2));
        e.actor = st.columnText(3);
        e.kind = st.columnText(4);
        e.payload = QJsonDocument::fromJson(st.columnText(5).toUtf8()).object();
        e.audience = splitAudience(st.columnText(6));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Event> EventLog::read(qint64 afterSeq, int limit)
{
    Statement st(m_db, "SELECT e.seq, e.wall_ms, e.minute, e.actor, e.kind, e.payload,"
                       " (SELECT group_concat(room, char(31)) FROM (SELECT room FROM event_audience a"
                       "  WHERE a.seq = e.seq ORDER BY room))"
                       " FROM events e WHERE e.seq > ? ORDER BY e.seq LIMIT ?");
    st.bind(1, afterSeq).bind(2, qint64(limit > 0 ? limit : -1));
    return collect(st);
}

std::vector<Event> EventLog::readVisibleTo(const QString &room, qint64 afterSeq)
{
    Statement st(m_db,
                 "SELECT e.seq, e.wall_ms, e.minute, e.actor, e.kind, e.payload,"
                 " (SELECT group_concat(room, char(31)) FROM (SELECT room FROM event_audience a"
                 "  WHERE a.seq = e.seq ORDER BY room))"
                 " FROM events e WHERE e.seq IN (SELECT seq FROM event_audience WHERE room IN (?, 'all') AND seq > ?)"
                 " ORDER BY e.seq");
    st.bind(1, room).bind(2, afterSeq);
    return collect(st);
}

qint64 EventLog::lastSeq()
{
    return m_db.pragmaInt("SELECT coalesce(max(seq), 0) FROM events");
}

QString EventLog::metaValue(const QString &key)
{
    Statement st(m_db, "SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : QString();
}

void EventLog::setMetaValue(const QString &key, const QString &value)
{
    Statement st(m_db,
                 "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

}  // namespace cd::store
