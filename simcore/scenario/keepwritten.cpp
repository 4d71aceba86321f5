#include "scenario/keepwritten.h"

#include "scenario/scenario.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace cd::scenario {

namespace {

using json::Value;

/// The keys the saver omits when they hold a non-empty default, with that default as the saver
/// would write it. `container` is the key of the array (or object) the key's object sits in;
/// empty matches any (the key's name is unique in the format).
std::optional<Value> defaultOf(const QString &container, const QString &key, const Value *owner)
{
    // A site's page names its site only when it is another one (the site's own id is the default).
    if (key == QLatin1String("site") && container == QLatin1String("pages") && owner)
        if (const Value *id = owner->find(QLatin1String("id")); id && id->isString())
            return *id;
    if (key == QLatin1String("delay") || key == QLatin1String("plus") || key == QLatin1String("lead"))
        return Value::fromString(formatOffset(0));
    if (key == QLatin1String("contingency"))
        return Value::fromBool(false);
    if (key == QLatin1String("step_min") || key == QLatin1String("phone_lines") ||
        key == QLatin1String("recharge_per_h"))
        return Value::fromNumber(1);
    if (key == QLatin1String("served") || key == QLatin1String("min_minutes") || key == QLatin1String("initial") ||
        key == QLatin1String("autonomy_h") || (key == QLatin1String("theme") && container == QLatin1String("survey")))
        return Value::fromNumber(0);
    if (key == QLatin1String("rate_per_h"))
        return Value::fromString(QStringLiteral("inf"));
    if (key == QLatin1String("approval") && container == QLatin1String("responses"))
        return Value::fromString(QStringLiteral("auto"));
    if (key == QLatin1String("kind") && container == QLatin1String("edges"))
        return Value::fromString(QStringLiteral("other"));
    return std::nullopt;
}

bool isEmptyValue(const Value &v)
{
    return (v.isString() && v.string.isEmpty()) || (v.isArray() && v.array.empty()) ||
           (v.isObject() && v.object.empty());
}

/// What identifies an object among its siblings in an array (empty: only its position does).
QString identity(const Value &v)
{
    if (!v.isObject())
        return {};
    QString id;
    for (const char *key : {"id", "path", "from", "to", "node"}) {
        const Value *part = v.find(QLatin1String(key));
        if (part && part->isString())
            id += QLatin1String(key) + QLatin1Char('=') + part->string + QLatin1Char('\n');
        if (part && QLatin1String(key) == QLatin1String("id"))
            break;  // an id alone is enough
    }
    return id;
}

void keepIn(Value &saved, const Value &written, const QString &container, const Value *owner);

/// `owner` is the object holding the array (a site for its pages).
void keepInArray(Value &saved, const Value &written, const QString &container, const Value *owner)
{
    QHash<QString, const Value *> byIdentity;
    for (const Value &w : written.array)
        if (const QString id = identity(w); !id.isEmpty())
            byIdentity.insert(id, &w);
    const bool sameShape = saved.array.size() == written.array.size();
    for (size_t i = 0; i < saved.array.size(); ++i) {
        Value &s = saved.array[i];
        const QString id = identity(s);
        const Value *w = !id.isEmpty() ? byIdentity.value(id) : (sameShape ? &written.array[i] : nullptr);
        if (w)
            keepIn(s, *w, container, owner);
    }
}

void keepIn(Value &saved, const Value &written, const QString &container, const Value *owner)
{
    if (saved.isArray() && written.isArray()) {
        keepInArray(saved, written, container, owner);
        return;
    }
    if (!saved.isObject() || !written.isObject())
        return;
    // Walk the author's keys in their order; a key put back goes after the last key before it
    // that the saver wrote, which keeps the documented order when the author followed it.
    int place = -1;
    for (const json::Member &m : written.object) {
        const auto at = std::find_if(saved.object.begin(), saved.object.end(),
                                     [&m](const json::Member &s) { return s.key == m.key; });
        if (at != saved.object.end()) {
            place = int(at - saved.object.begin());
            keepIn(at->value, m.value, m.key, &saved);
            continue;
        }
        // A condition's "plus" belongs to a "fired" condition, an inject's "delay" to a "when":
        // after an edit that changed what the object is, they are not brought back.
        if ((m.key == QLatin1String("plus") && !saved.find(QLatin1String("fired"))) ||
            (m.key == QLatin1String("delay") && !saved.find(QLatin1String("when"))))
            continue;
        std::optional<Value> value = defaultOf(container, m.key, owner);
        if (!value && isEmptyValue(m.value))
            value = m.value;
        if (!value)
            continue;  // not a default the saver drops: the scenario no longer has it
        json::Member back;
        back.key = m.key;
        back.value = std::move(*value);
        saved.object.insert(saved.object.begin() + (place + 1), std::move(back));
        ++place;
    }
}

}  // namespace

void keepWrittenKeys(json::Value &saved, const json::Value &written)
{
    keepIn(saved, written, QString(), nullptr);
}

}  // namespace cd::scenario
