#pragma once
// One entry of the exercise log (docs/architecture.md "everything is an event").

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cd::store {

/// Audience entry that makes an event visible to every room. The control team sees every event
/// and is never listed.
inline QString audienceAll()
{
    return QStringLiteral("all");
}

struct Event
{
    qint64 seq = 0;        ///< assigned by the log on append, strictly increasing from 1
    qint64 wallMs = 0;     ///< wall time, ms since the epoch (UTC)
    int minute = 0;        ///< exercise time, minutes from the start
    QString actor;         ///< a room id, "control", "persona:ID" or "system"
    QStringList audience;  ///< room ids or "all"; empty = control only
    QString kind;          ///< e.g. "mail.delivered", "inject.fired"
    QJsonObject payload;

    bool visibleTo(const QString &room) const { return audience.contains(room) || audience.contains(audienceAll()); }
    /// Equal apart from the wall time (determinism and resume comparisons).
    bool sameApartFromWallTime(const Event &o) const
    {
        return seq == o.seq && minute == o.minute && actor == o.actor && audience == o.audience && kind == o.kind &&
               payload == o.payload;
    }
};

}  // namespace cd::store
