// The JSON form of every payload, written once (payloads.h). Keys are the wire names of
// existing logs and protocol-3 clients; QJsonObject sorts keys, so the order of writing is free.
#include "exercise/payloads.h"

#include "exercise/json.h"

namespace cd::exercise {

namespace {

std::optional<QString> optStr(const QJsonObject &p, const char *key)
{
    if (!p.contains(QLatin1String(key)))
        return std::nullopt;
    return str(p, key);
}

std::optional<int> optInt(const QJsonObject &p, const char *key)
{
    if (!p.contains(QLatin1String(key)))
        return std::nullopt;
    return p.value(QLatin1String(key)).toInt();
}

std::optional<bool> optBool(const QJsonObject &p, const char *key)
{
    if (!p.contains(QLatin1String(key)))
        return std::nullopt;
    return p.value(QLatin1String(key)).toBool();
}

std::optional<QStringList> optList(const QJsonObject &p, const char *key)
{
    if (!p.contains(QLatin1String(key)))
        return std::nullopt;
    const QJsonValue v = p.value(QLatin1String(key));
    if (v.isString())
        return QStringList{v.toString()};
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonValue val(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key));
}

template<class T> void put(QJsonObject &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonValue(*v));
}

void put(QJsonObject &o, const char *key, const std::optional<QStringList> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonArray::fromStringList(*v));
}

void put(QJsonObject &o, const char *key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonValue(*v));
}

/// A QJsonValue that is undefined is not written (as inserting one into a QJsonObject would).
void put(QJsonObject &o, const char *key, const QJsonValue &v)
{
    if (!v.isUndefined())
        o.insert(QLatin1String(key), v);
}

void putNonEmpty(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

}  // namespace

CallPayload CallPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "call"), str(p, "from"), str(p, "to"), optStr(p, "kind"), optStr(p, "reason"), val(p, "text")};
}

QJsonObject CallPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("call"), call}};
    putNonEmpty(o, "from", from);
    putNonEmpty(o, "to", to);
    put(o, "kind", kind);
    put(o, "reason", reason);
    put(o, "text", text);
    return o;
}

MailPayload MailPayload::fromJson(const QJsonObject &p)
{
    MailPayload m;
    m.mail = str(p, "mail");
    m.from = optStr(p, "from");
    m.to = optList(p, "to");
    m.cc = optList(p, "cc");
    m.kind = optStr(p, "kind");
    m.subject = val(p, "subject");
    m.body = val(p, "body");
    if (p.contains(QLatin1String("attachments")))
        m.attachments = val(p, "attachments").toArray();
    m.thread = optStr(p, "thread");
    m.replyTo = optStr(p, "reply_to");
    if (p.contains(QLatin1String("forwarded")))
        m.forwarded = val(p, "forwarded").toObject();
    m.deliverAt = optInt(p, "deliver_at");
    return m;
}

QJsonObject MailPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("mail"), mail}};
    put(o, "from", from);
    put(o, "to", to);
    put(o, "cc", cc);
    put(o, "kind", kind);
    put(o, "subject", subject);
    put(o, "body", body);
    put(o, "attachments", attachments);
    put(o, "thread", thread);
    put(o, "reply_to", replyTo);
    put(o, "forwarded", forwarded);
    put(o, "deliver_at", deliverAt);
    return o;
}

PagePayload PagePayload::fromJson(const QJsonObject &p)
{
    return {str(p, "site"), str(p, "path"), val(p, "title"), val(p, "body"), val(p, "version").toInt(), str(p, "by")};
}

QJsonObject PagePayload::toJson() const
{
    QJsonObject o{{QStringLiteral("site"), site},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("by"), by}};
    put(o, "title", title);
    put(o, "body", body);
    return o;
}

HypothesisPayload HypothesisPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "hypothesis"), str(p, "room"), val(p, "text"), optStr(p, "verdict"), val(p, "note")};
}

QJsonObject HypothesisPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("hypothesis"), hypothesis}, {QStringLiteral("room"), room}};
    put(o, "text", text);
    put(o, "verdict", verdict);
    put(o, "note", note);
    return o;
}

RequestPayload RequestPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "request"), str(p, "response"), str(p, "room"), optInt(p, "effective"), val(p, "reason")};
}

QJsonObject RequestPayload::toJson() const
{
    QJsonObject o{
        {QStringLiteral("request"), request}, {QStringLiteral("response"), response}, {QStringLiteral("room"), room}};
    put(o, "effective", effective);
    put(o, "reason", reason);
    return o;
}

ModelPayload ModelPayload::fromJson(const QJsonObject &p)
{
    ModelPayload m;
    m.node = str(p, "node");
    m.label = optStr(p, "label");
    if (p.contains(QLatin1String("q")))
        m.q = val(p, "q").toDouble();
    m.start = optInt(p, "start");
    m.at = optInt(p, "at");
    return m;
}

QJsonObject ModelPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("node"), node}};
    put(o, "label", label);
    put(o, "q", q);
    put(o, "start", start);
    put(o, "at", at);
    return o;
}

ShockPayload ShockPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "node"), val(p, "c").toDouble(), val(p, "from").toInt(), optInt(p, "to")};
}

QJsonObject ShockPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("node"), node}, {QStringLiteral("c"), c}, {QStringLiteral("from"), from}};
    put(o, "to", to);
    return o;
}

InjectPayload InjectPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "inject"), optStr(p, "channel"), optBool(p, "manual"),
            val(p, "reason"), optInt(p, "by"),      optInt(p, "first_held")};
}

QJsonObject InjectPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("inject"), inject}};
    put(o, "channel", channel);
    put(o, "manual", manual);
    put(o, "reason", reason);
    put(o, "by", by);
    put(o, "first_held", firstHeld);
    return o;
}

ExpectationPayload ExpectationPayload::fromJson(const QJsonObject &p)
{
    ExpectationPayload x;
    x.expected = str(p, "expected");
    x.flow = str(p, "flow");
    x.inject = optStr(p, "inject");
    x.room = optStr(p, "room");
    if (p.contains(QLatin1String("act")))
        x.act = val(p, "act").toInteger();
    x.manual = optBool(p, "manual");
    x.reason = val(p, "reason");
    return x;
}

QJsonObject ExpectationPayload::toJson() const
{
    QJsonObject o;
    putNonEmpty(o, "expected", expected);
    putNonEmpty(o, "flow", flow);
    put(o, "inject", inject);
    put(o, "room", room);
    put(o, "act", act);
    put(o, "manual", manual);
    put(o, "reason", reason);
    return o;
}

SurveyPayload SurveyPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "room"), val(p, "answers").toObject()};
}

QJsonObject SurveyPayload::toJson() const
{
    return {{QStringLiteral("room"), room}, {QStringLiteral("answers"), answers}};
}

ObservationPayload ObservationPayload::fromJson(const QJsonObject &p)
{
    return {str(p, "objective"), str(p, "rating"), val(p, "text"), val(p, "events").toArray()};
}

QJsonObject ObservationPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("objective"), objective},
                  {QStringLiteral("rating"), rating},
                  {QStringLiteral("events"), events}};
    put(o, "text", text);
    return o;
}

RefusedPayload RefusedPayload::fromJson(const QJsonObject &p)
{
    return {val(p, "action").toObject(), str(p, "reason")};
}

QJsonObject RefusedPayload::toJson() const
{
    return {{QStringLiteral("action"), action}, {QStringLiteral("reason"), reason}};
}

ClockPayload ClockPayload::fromJson(const QJsonObject &p)
{
    return {optStr(p, "start"), val(p, "speed"), optBool(p, "early")};
}

QJsonObject ClockPayload::toJson() const
{
    QJsonObject o;
    put(o, "start", start);
    put(o, "speed", speed);
    put(o, "early", early);
    return o;
}

}  // namespace cd::exercise
