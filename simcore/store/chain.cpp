#include "store/chain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

namespace cd::store {

namespace {

void addInt(QCryptographicHash &h, qint64 v)
{
    const qint64 be = qToBigEndian(v);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&be), sizeof be));
}

// Length-prefixed, so no two different field lists hash the same bytes.
void addBytes(QCryptographicHash &h, const QByteArray &bytes)
{
    addInt(h, bytes.size());
    h.addData(bytes);
}

const char *const kSelectEvents = "SELECT e.seq, e.wall_ms, e.minute, e.actor, e.kind, CAST(e.payload AS BLOB), e.hash,"
                                  " (SELECT group_concat(room, char(31)) FROM (SELECT room FROM event_audience a"
                                  "  WHERE a.seq = e.seq ORDER BY room))"
                                  " FROM events e ORDER BY e.seq";

QStringList splitRooms(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('\x1f'));
}

QByteArray scenarioBytes(Database &db)
{
    Statement st(db, "SELECT json FROM scenario WHERE id = 1");
    return st.step() ? st.columnBlob(0) : QByteArray();
}

}  // namespace

QByteArray chainGenesis(const QByteArray &scenarioJson)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("CrossDrill event chain v1"));
    addBytes(h, scenarioJson);
    return h.result();
}

QByteArray chainLink(const QByteArray &previous, qint64 seq, qint64 wallMs, qint64 minute, const QString &actor,
                     const QString &kind, const QByteArray &payload, const QStringList &audience)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addBytes(h, previous);
    addInt(h, seq);
    addInt(h, wallMs);
    addInt(h, minute);
    addBytes(h, actor.toUtf8());
    addBytes(h, kind.toUtf8());
    addBytes(h, payload);
    addInt(h, audience.size());
    for (const QString &room : audience)
        addBytes(h, room.toUtf8());
    return h.result();
}

QString ChainCheck::summary(const QString &path) const
{
    if (!chained)
        return QStringLiteral("%1: written before tamper evidence (schema v5); its events cannot be verified")
            .arg(path);
    if (!intact)
        return QStringLiteral("%1: the event log was altered: the hash chain breaks at seq %2 (%3)")
            .arg(path)
            .arg(brokenAt)
            .arg(reason);
    QString text = QStringLiteral("%1: hash chain intact over %2 events (head seq %3, %4)")
                       .arg(path)
                       .arg(events)
                       .arg(headSeq)
                       .arg(QString::fromLatin1(headHash.toHex().left(16)));
    if (chainedAtUpgrade > 0)
        text += QStringLiteral("; events 1..%1 were chained when the file was upgraded, not as they were written")
                    .arg(chainedAtUpgrade);
    return text;
}

ChainCheck verifyChain(Database &db)
{
    ChainCheck c;
    {
        Statement meta(db, "SELECT value FROM meta WHERE key = 'chain.upgraded_through'");
        c.chainedAtUpgrade = meta.step() ? meta.columnText(0).toLongLong() : 0;
    }
    QByteArray previous = chainGenesis(scenarioBytes(db));
    Statement st(db, kSelectEvents);
    qint64 expectedSeq = 1;
    while (st.step()) {
        const qint64 seq = st.columnInt(0);
        const QByteArray payload = st.columnBlob(5);
        const QByteArray stored = st.columnBlob(6);
        const QByteArray computed = chainLink(previous, seq, st.columnInt(1), st.columnInt(2), st.columnText(3),
                                              st.columnText(4), payload, splitRooms(st.columnText(7)));
        QString why;
        if (seq != expectedSeq)
            why = seq > expectedSeq ? QStringLiteral("seq %1 is missing").arg(expectedSeq)
                                    : QStringLiteral("seq out of order");
        else if (stored.isEmpty())
            why = QStringLiteral("the event has no hash");
        else if (computed != stored)
            why = seq == 1 ? QStringLiteral("the recorded scenario or this event was changed")
                           : QStringLiteral("this event was changed, or one before it was");
        else if (QJsonDocument::fromJson(payload).isNull())
            why = QStringLiteral("the payload is not valid JSON");
        if (!why.isEmpty()) {
            c.intact = false;
            c.brokenAt = seq;
            c.reason = why;
            return c;
        }
        previous = stored;
        c.events++;
        c.headSeq = seq;
        c.headHash = stored;
        expectedSeq = seq + 1;
    }
    return c;
}

void chainExistingEvents(Database &db)
{
    QByteArray previous = chainGenesis(scenarioBytes(db));
    Statement select(db, kSelectEvents);
    Statement update(db, "UPDATE events SET hash = ? WHERE seq = ?");
    db.exec("DROP TRIGGER events_no_update");
    qint64 last = 0;
    while (select.step()) {
        const qint64 seq = select.columnInt(0);
        previous = chainLink(previous, seq, select.columnInt(1), select.columnInt(2), select.columnText(3),
                             select.columnText(4), select.columnBlob(5), splitRooms(select.columnText(7)));
        update.bindBlob(1, previous).bind(2, seq).run();
        last = seq;
    }
    select.reset();  // no statement may be active while the schema changes
    db.exec("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
            " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;");
    if (last == 0)
        return;
    Statement meta(db, "INSERT INTO meta(key, value) VALUES ('chain.upgraded_through', ?)"
                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    meta.bind(1, QString::number(last)).run();
}

}  // namespace cd::store
