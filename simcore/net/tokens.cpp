#include "net/tokens.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace cd::net {

namespace {

constexpr int kTokenBytes = 24;  // 192 bits
constexpr int kTokenChars = 32;  // base64url of 24 bytes, no padding

}  // namespace

QString generateToken()
{
    std::array<quint32, kTokenBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), kTokenBytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool looksLikeToken(const QString &token)
{
    if (token.size() != kTokenChars)
        return false;
    for (const QChar c : token)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    return true;
}

TokenStore::TokenStore(const QString &path) : m_db(path, false)
{
    m_db.exec("PRAGMA busy_timeout = 5000");
    // Fails clearly on a database older than schema v3 (the EventLog migrates it on open).
    store::Statement check(m_db, "SELECT count(*) FROM room_tokens");
    check.step();
}

QString TokenStore::issue(const QString &room)
{
    const QString token = generateToken();
    store::Statement st(m_db, "INSERT INTO room_tokens(room, hash, issued_ms) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT(room) DO UPDATE SET hash = excluded.hash, issued_ms = excluded.issued_ms");
    st.bind(1, room).bindBlob(2, hashToken(token)).bind(3, QDateTime::currentMSecsSinceEpoch());
    st.run();
    return token;
}

bool TokenStore::hasToken(const QString &room)
{
    store::Statement st(m_db, "SELECT 1 FROM room_tokens WHERE room = ?1");
    st.bind(1, room);
    return st.step();
}

QString TokenStore::roomOf(const QString &token)
{
    if (!looksLikeToken(token))
        return {};
    store::Statement st(m_db, "SELECT room FROM room_tokens WHERE hash = ?1");
    st.bindBlob(1, hashToken(token));
    return st.step() ? st.columnText(0) : QString();
}

bool TokenStore::verify(const QString &room, const QString &token)
{
    return !room.isEmpty() && roomOf(token) == room;
}

QHash<QString, QByteArray> TokenStore::hashes()
{
    QHash<QString, QByteArray> out;
    store::Statement st(m_db, "SELECT room, hash FROM room_tokens");
    while (st.step())
        out.insert(st.columnText(0), st.columnBlob(1));
    return out;
}

QString TokenStore::issueSeat(const QString &id, const QString &spec)
{
    const QString token = generateToken();
    store::Statement st(m_db, "INSERT INTO seats(id, spec, hash, issued_ms) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT(id) DO UPDATE SET spec = excluded.spec, hash = excluded.hash, "
                              "issued_ms = excluded.issued_ms");
    st.bind(1, id).bind(2, spec).bindBlob(3, hashToken(token)).bind(4, QDateTime::currentMSecsSinceEpoch());
    st.run();
    return token;
}

bool TokenStore::setSeatSpec(const QString &id, const QString &spec)
{
    store::Statement st(m_db, "UPDATE seats SET spec = ?2 WHERE id = ?1 RETURNING id");
    st.bind(1, id).bind(2, spec);
    return st.step();
}

std::vector<StoredSeat> TokenStore::seats()
{
    std::vector<StoredSeat> out;
    store::Statement st(m_db, "SELECT id, spec, hash FROM seats ORDER BY id");
    while (st.step())
        out.push_back(StoredSeat{st.columnText(0), st.columnText(1), st.columnBlob(2)});
    return out;
}

}  // namespace cd::net
