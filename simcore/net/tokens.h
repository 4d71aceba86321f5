#pragma once
// Room access tokens for remote rooms. A token is 192 random bits from the system's CSPRNG,
// base64url without padding (32 characters, safe in a URL). Only its SHA-256 is stored, in the
// exercise database (table room_tokens, schema v4; the control team's seats in table seats,
// schema v8, with the role each was given); issuing a new token for a room replaces the
// stored hash, which revokes the old token. The store uses its own SQLite connection to the
// exercise file, so it works beside the running Exercise (WAL) and beside another process.

#include "store/sqlite.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace cd::net {

/// A control-team seat as the database keeps it (exercise/seats.h parses its spec).
struct StoredSeat
{
    QString id;
    QString spec;     ///< "ROLE[:A,B]"
    QByteArray hash;  ///< its token's SHA-256
};

/// A fresh random token (URL-safe).
QString generateToken();
/// SHA-256 of the token's UTF-8 bytes.
QByteArray hashToken(const QString &token);
/// Whether the text has the shape of a token (length and alphabet), before any lookup.
bool looksLikeToken(const QString &token);

class TokenStore
{
public:
    /// Opens the exercise database at `path` (already created and migrated by the EventLog).
    /// Throws store::Error when it cannot.
    explicit TokenStore(const QString &path);

    /// Issues a new token for `room`, revoking any previous one; returns the token (the only
    /// time it exists in clear).
    QString issue(const QString &room);
    /// Whether `room` has a token at all.
    bool hasToken(const QString &room);
    /// The room a token belongs to, or empty when the token is unknown or revoked.
    QString roomOf(const QString &token);
    /// Whether `token` is the current token of `room`.
    bool verify(const QString &room, const QString &token);
    /// room -> stored hash (for noticing tokens re-issued by another process).
    QHash<QString, QByteArray> hashes();

    /// Records seat `id` with role `spec` and a new token, revoking any previous one; returns
    /// the token.
    QString issueSeat(const QString &id, const QString &spec);
    /// Changes a stored seat's role, keeping its token; false when there is no such seat.
    bool setSeatSpec(const QString &id, const QString &spec);
    /// Every seat, by id.
    std::vector<StoredSeat> seats();

private:
    store::Database m_db;
};

}  // namespace cd::net
