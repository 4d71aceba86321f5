#include "net/protocol.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace cd::net {

QStringList compactableRecipientFields()
{
    return {QStringLiteral("to"), QStringLiteral("cc")};
}

QJsonArray roomIdList(const QStringList &ids)
{
    return QJsonArray::fromStringList(ids);
}

QJsonObject eventToJson(const store::Event &e, const QJsonArray &allRooms)
{
    QJsonObject payload = e.payload;
    QJsonArray compact;
    if (!allRooms.isEmpty())
        for (const QString &field : compactableRecipientFields())
            if (payload.value(field) == QJsonValue(allRooms)) {
                payload.remove(field);
                compact.append(field);
            }
    QJsonObject o{{QStringLiteral("seq"), e.seq},       {QStringLiteral("wall_ms"), e.wallMs},
                  {QStringLiteral("minute"), e.minute}, {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("kind"), e.kind},     {QStringLiteral("payload"), payload}};
    if (!compact.isEmpty())
        o.insert(QStringLiteral("all_rooms"), compact);
    return o;
}

std::optional<store::Event> eventFromJson(const QJsonObject &o, const QJsonArray &allRooms)
{
    const QJsonValue seq = o.value(QLatin1String("seq"));
    const QJsonValue wall = o.value(QLatin1String("wall_ms"));
    const QJsonValue minute = o.value(QLatin1String("minute"));
    const QJsonValue actor = o.value(QLatin1String("actor"));
    const QJsonValue kind = o.value(QLatin1String("kind"));
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!seq.isDouble() || !wall.isDouble() || !minute.isDouble() || !actor.isString() || !kind.isString() ||
        !payload.isObject() || seq.toInteger() <= 0)
        return std::nullopt;
    store::Event e;
    e.seq = seq.toInteger();
    e.wallMs = wall.toInteger();
    e.minute = minute.toInt();
    e.actor = actor.toString();
    e.kind = kind.toString();
    e.payload = payload.toObject();
    const QJsonValue compact = o.value(QLatin1String("all_rooms"));
    if (compact.isUndefined())
        return e;
    if (!compact.isArray() || allRooms.isEmpty())
        return std::nullopt;
    for (const QJsonValue &v : compact.toArray()) {
        const QString field = v.toString();
        if (!compactableRecipientFields().contains(field) || e.payload.contains(field))
            return std::nullopt;
        e.payload.insert(field, allRooms);  // shared, not copied
    }
    return e;
}

QJsonObject ClockInfo::toJson() const
{
    static const char *const states[] = {"running", "paused", "ended"};
    return {{QStringLiteral("minute"), minute},
            {QStringLiteral("speed"), speed > 0 ? QJsonValue(speed) : QJsonValue(QStringLiteral("max"))},
            {QStringLiteral("state"), QLatin1String(states[state])},
            {QStringLiteral("ms_to_next"), msToNext}};
}

std::optional<ClockInfo> ClockInfo::fromJson(const QJsonObject &o)
{
    const QJsonValue minute = o.value(QLatin1String("minute"));
    const QJsonValue speed = o.value(QLatin1String("speed"));
    const QJsonValue state = o.value(QLatin1String("state"));
    const QJsonValue next = o.value(QLatin1String("ms_to_next"));
    if (!minute.isDouble() || !next.isDouble() || !(speed.isDouble() || speed == QLatin1String("max")))
        return std::nullopt;
    ClockInfo c;
    c.minute = minute.toInt();
    c.speed = speed.isDouble() ? std::max(0.0, speed.toDouble()) : 0;
    c.msToNext = next.toInteger();
    if (state == QLatin1String("running"))
        c.state = Running;
    else if (state == QLatin1String("paused"))
        c.state = Paused;
    else if (state == QLatin1String("ended"))
        c.state = Ended;
    else
        return std::nullopt;
    return c;
}

int ClockInfo::minuteAfter(qint64 elapsedMs) const
{
    if (state != Running || speed <= 0 || msToNext < 0 || elapsedMs < msToNext)
        return minute;
    const qint64 past = std::min(elapsedMs - msToNext, kClockLeadMs);
    return minute + 1 + int(double(past) * speed / 60000.0);
}

QJsonObject errorMessage(const QString &code, const QString &message, const QString &id)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    return o;
}

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

namespace {

QString serverUrl(const QString &host, quint16 port, bool tls, const QString &path, const QString &token)
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    url.setQuery(QStringLiteral("token=") + token);
    return url.toString(QUrl::FullyEncoded);
}

}  // namespace

QString joinUrl(const QString &host, quint16 port, bool tls, const QString &room, const QString &token)
{
    return serverUrl(host, port, tls, QStringLiteral("/room/") + room, token);
}

QString seatUrl(const QString &host, quint16 port, bool tls, const QString &seat, const QString &token)
{
    return serverUrl(host, port, tls, QStringLiteral("/seat/") + seat, token);
}

namespace {

bool parseServerUrl(const QString &text, QLatin1String kind, QString *id, QString *token)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        return false;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 3 || !parts[0].isEmpty() || parts[1] != kind || parts[2].isEmpty())
        return false;
    *id = parts[2];
    *token = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    return true;
}

}  // namespace

bool parseJoinUrl(const QString &text, QString *room, QString *token)
{
    return parseServerUrl(text, QLatin1String("room"), room, token);
}

bool parseSeatUrl(const QString &text, QString *seat, QString *token)
{
    return parseServerUrl(text, QLatin1String("seat"), seat, token);
}

bool parseListen(const QString &text, QString *host, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *host = text.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = quint16(p);
    if (*host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(*host))
        return false;
    if (*host == QLatin1String("0.0.0.0") || *host == QLatin1String("::"))
        *host = QHostInfo::localHostName();
    return true;
}

}  // namespace cd::net
