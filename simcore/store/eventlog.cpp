#include "store/eventlog.h"

#include "store/checkpointer.h"
#include "store/filelock.h"

#include <QJsonDocument>

namespace cd::store {

namespace {

QStringList splitAudience(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('\x1f'));
}

}  // namespace

EventLog::EventLog(const QString &path, Database db, std::unique_ptr<FileLock> lock, bool reader)
    : m_path(path), m_db(std::move(db)), m_lock(std::move(lock)), m_reader(reader)
{
    m_chained = schemaVersion() >= 5;
    if (m_reader)
        return;
    m_insertEvent = std::make_unique<Statement>(
        m_db, "INSERT INTO events(seq, wall_ms, minute, actor, kind, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_insertAudience = std::make_unique<Statement>(m_db, "INSERT INTO event_audience(seq, room) VALUES (?, ?)");
    m_head = loadHead();
    m_checkpointer = std::make_unique<Checkpointer>(m_db.handle(), path);
}

EventLog::~EventLog()
{
    // The checkpointer's connection and the writer's close before the lock is let go, so the next
    // engine finds the file as this one left it.
    m_checkpointer.reset();
    m_insertEvent.reset();
    m_insertAudience.reset();
    m_db = Database();
}

QByteArray EventLog::loadHead()
{
    Statement st(m_db, "SELECT hash FROM events ORDER BY seq DESC LIMIT 1");
    if (st.step())
        return st.columnBlob(0);
    return chainGenesis(scenarioJson());
}

ChainCheck EventLog::verifyChain()
{
    if (!m_chained) {
        ChainCheck c;
        c.chained = false;
        return c;
    }
    return store::verifyChain(m_db);
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

void EventLog::insertOne(Event &event, QByteArray &head)
{
    if (m_reader)
        throw Error(QStringLiteral("%1: opened for reading; events cannot be appended").arg(m_path));
    // The engine may number events itself (it refers to them before they are committed); the
    // primary key still refuses a reused number, and the chain needs numbers in append order.
    const qint64 last = lastSeq();
    const qint64 seq = event.seq > 0 ? event.seq : last + 1;
    if (seq <= last)
        throw Error(QStringLiteral("%1: event seq %2 is not after the last one (%3)").arg(m_path).arg(seq).arg(last));
    const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
    QStringList rooms = event.audience;
    rooms.removeDuplicates();
    rooms.sort();
    const QByteArray hash = chainLink(head, seq, event.wallMs, event.minute, event.actor, event.kind, payload, rooms);
    m_insertEvent->bind(1, seq)
        .bind(2, event.wallMs)
        .bind(3, qint64(event.minute))
        .bind(4, event.actor)
        .bind(5, event.kind)
        .bind(6, QString::fromUtf8(payload))
        .bindBlob(7, hash)
        .run();
    for (const QString &room : rooms)
        m_insertAudience->bind(1, seq).bind(2, room).run();
    event.seq = seq;
    event.audience = rooms;
    head = hash;
}

qint64 EventLog::append(Event &event)
{
    QByteArray head = m_head;
    const qint64 before = event.seq;
    try {
        Transaction tx(m_db);
        insertOne(event, head);
        tx.commit();
    } catch (...) {
        event.seq = before;
        throw;
    }
    m_head = head;  // only once committed: a rolled-back event never becomes the chain's head
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
    QByteArray head = m_head;
    try {
        Transaction tx(m_db);
        for (Event &e : events)
            insertOne(e, head);
        tx.commit();
        m_head = head;
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

std::vector<Event> EventLog::readMail(const QString &mail)
{
    // The WHERE repeats the index's own terms (migrations.cpp, v7) so SQLite uses it.
    Statement st(m_db, "SELECT e.seq, e.wall_ms, e.minute, e.actor, e.kind, e.payload,"
                       " (SELECT group_concat(room, char(31)) FROM (SELECT room FROM event_audience a"
                       "  WHERE a.seq = e.seq ORDER BY room))"
                       " FROM events e WHERE e.kind GLOB 'mail.*'"
                       " AND iif(json_valid(e.payload), json_extract(e.payload, '$.mail'), NULL) = ?"
                       " ORDER BY e.seq");
    st.bind(1, mail);
    return collect(st);
}

std::vector<Event> EventLog::readVisibleTo(const QString &room, qint64 afterSeq, int limit)
{
    Statement st(m_db,
                 "SELECT e.seq, e.wall_ms, e.minute, e.actor, e.kind, e.payload,"
                 " (SELECT group_concat(room, char(31)) FROM (SELECT room FROM event_audience a"
                 "  WHERE a.seq = e.seq ORDER BY room))"
                 " FROM events e WHERE e.seq IN (SELECT seq FROM event_audience WHERE room IN (?, 'all') AND seq > ?)"
                 " ORDER BY e.seq LIMIT ?");
    st.bind(1, room).bind(2, afterSeq).bind(3, qint64(limit > 0 ? limit : -1));
    return collect(st);
}

qint64 EventLog::lastSeq()
{
    return m_db.pragmaInt("SELECT coalesce(max(seq), 0) FROM events");
}

QString EventLog::metaValue(const QString &key)
{
    // A reader does not migrate: a v1 file has no meta table, which reads as no value.
    if (m_reader && m_db.pragmaInt("SELECT count(*) FROM sqlite_master WHERE name = 'meta'") == 0)
        return {};
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
