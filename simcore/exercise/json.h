#pragma once
// JSON helpers shared by the engine's event payloads.

#include "scenario/scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cd::exercise {

/// Text as the scenario format writes it: a string, or {"ja", "en"}.
inline QJsonValue textJson(const scenario::Text &t)
{
    if (!t.bilingual)
        return t.plain;
    return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

/// A string or a list of strings, as a list.
inline QStringList stringList(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

inline QJsonArray jsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Prefixes a text value (string or {"ja","en"}) with `prefix` ("Re: ").
inline QJsonValue prefixed(const QString &prefix, const QJsonValue &text)
{
    if (text.isObject()) {
        QJsonObject o = text.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = QString(prefix + it.value().toString());
        return o;
    }
    return QJsonValue(QString(prefix + text.toString()));
}

/// The keys, as strings (the verb table's and the player-script reader's key lists).
inline QStringList keyList(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    return out;
}

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

}  // namespace cd::exercise
