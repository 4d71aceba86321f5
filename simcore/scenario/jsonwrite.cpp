// JSON writers (pretty and compact), DOM helpers and QJsonValue conversions.
#include "scenario/json.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cd::scenario::json {

Value Value::fromBool(bool b)
{
    Value v;
    v.type = Type::Bool;
    v.boolean = b;
    return v;
}

Value Value::fromNumber(double n)
{
    Value v;
    v.type = Type::Number;
    v.number = n;
    return v;
}

Value Value::fromString(const QString &s)
{
    Value v;
    v.type = Type::String;
    v.string = s;
    return v;
}

Value Value::makeArray(std::vector<Value> items)
{
    Value v;
    v.type = Type::Array;
    v.array = std::move(items);
    return v;
}

Value Value::makeObject()
{
    Value v;
    v.type = Type::Object;
    return v;
}

const Value *Value::find(QAnyStringView key) const
{
    for (const Member &m : object)
        if (QAnyStringView::equal(m.key, key))
            return &m.value;
    return nullptr;
}

Value &Value::insert(const QString &key, Value v)
{
    object.push_back(Member{key, std::move(v), 0, 0});
    return object.back().value;
}

Value &Value::append(Value v)
{
    array.push_back(std::move(v));
    return array.back();
}

bool operator==(const Value &a, const Value &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.boolean == b.boolean;
    case Value::Type::Number:
        return a.number == b.number;
    case Value::Type::String:
        return a.string == b.string;
    case Value::Type::Array:
        return a.array == b.array;
    case Value::Type::Object:
        if (a.object.size() != b.object.size())
            return false;
        for (std::size_t i = 0; i < a.object.size(); ++i)
            if (a.object[i].key != b.object[i].key || !(a.object[i].value == b.object[i].value))
                return false;
        return true;
    }
    return false;
}

QString typeName(Value::Type t)
{
    switch (t) {
    case Value::Type::Null:
        return QStringLiteral("null");
    case Value::Type::Bool:
        return QStringLiteral("a boolean");
    case Value::Type::Number:
        return QStringLiteral("a number");
    case Value::Type::String:
        return QStringLiteral("a string");
    case Value::Type::Array:
        return QStringLiteral("an array");
    case Value::Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QByteArray formatNumber(double n)
{
    if (!std::isfinite(n))
        return QByteArrayLiteral("null");
    if (n == std::floor(n) && std::fabs(n) < 1e15)
        return QByteArray::number(static_cast<qint64>(n));
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, n);
    return QByteArray(buf, res.ptr - buf);
}

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += QByteArray::number(c, 16).rightJustified(2, '0');
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

bool isScalar(const Value &v)
{
    return !v.isArray() && !v.isObject();
}

void writeCompactTo(QByteArray &out, const Value &v, bool spaced)
{
    switch (v.type) {
    case Value::Type::Null:
        out += "null";
        return;
    case Value::Type::Bool:
        out += v.boolean ? "true" : "false";
        return;
    case Value::Type::Number:
        out += formatNumber(v.number);
        return;
    case Value::Type::String:
        writeString(out, v.string);
        return;
    case Value::Type::Array:
        out += '[';
        for (std::size_t i = 0; i < v.array.size(); ++i) {
            if (i)
                out += spaced ? ", " : ",";
            writeCompactTo(out, v.array[i], spaced);
        }
        out += ']';
        return;
    case Value::Type::Object:
        out += '{';
        for (std::size_t i = 0; i < v.object.size(); ++i) {
            if (i)
                out += spaced ? ", " : ",";
            writeString(out, v.object[i].key);
            out += spaced ? ": " : ":";
            writeCompactTo(out, v.object[i].value, spaced);
        }
        out += '}';
        return;
    }
}

constexpr qsizetype kInlineArrayWidth = 80;

void writePrettyTo(QByteArray &out, const Value &v, int indent)
{
    const qsizetype pad = qsizetype(indent) * 2;
    const qsizetype inner = pad + 2;
    if (v.isArray() && !v.array.empty()) {
        if (std::all_of(v.array.begin(), v.array.end(), isScalar)) {
            QByteArray line;
            writeCompactTo(line, v, true);
            if (line.size() <= kInlineArrayWidth) {
                out += line;
                return;
            }
        }
        out += "[\n";
        for (std::size_t i = 0; i < v.array.size(); ++i) {
            out.append(inner, ' ');
            writePrettyTo(out, v.array[i], indent + 1);
            out += i + 1 < v.array.size() ? ",\n" : "\n";
        }
        out.append(pad, ' ').append(']');
        return;
    }
    if (v.isObject() && !v.object.empty()) {
        out += "{\n";
        for (std::size_t i = 0; i < v.object.size(); ++i) {
            out.append(inner, ' ');
            writeString(out, v.object[i].key);
            out += ": ";
            writePrettyTo(out, v.object[i].value, indent + 1);
            out += i + 1 < v.object.size() ? ",\n" : "\n";
        }
        out.append(pad, ' ').append('}');
        return;
    }
    writeCompactTo(out, v, true);
}

}  // namespace

QByteArray writePretty(const Value &v)
{
    QByteArray out;
    writePrettyTo(out, v, 0);
    out += '\n';
    return out;
}

QByteArray writeCompact(const Value &v)
{
    QByteArray out;
    writeCompactTo(out, v, false);
    return out;
}

QJsonValue toQJson(const Value &v)
{
    switch (v.type) {
    case Value::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Value::Type::Bool:
        return v.boolean;
    case Value::Type::Number:
        return v.number;
    case Value::Type::String:
        return v.string;
    case Value::Type::Array: {
        QJsonArray a;
        for (const Value &item : v.array)
            a.append(toQJson(item));
        return a;
    }
    case Value::Type::Object: {
        QJsonObject o;
        for (const Member &m : v.object)
            if (!o.contains(m.key))  // the first of duplicate keys wins, as in Value::find
                o.insert(m.key, toQJson(m.value));
        return o;
    }
    }
    return {};
}

Value fromQJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return Value::fromBool(v.toBool());
    case QJsonValue::Double:
        return Value::fromNumber(v.toDouble());
    case QJsonValue::String:
        return Value::fromString(v.toString());
    case QJsonValue::Array: {
        Value out = Value::makeArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            out.append(fromQJson(item));
        return out;
    }
    case QJsonValue::Object: {
        Value out = Value::makeObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), fromQJson(it.value()));
        return out;
    }
    default:
        return Value::null();
    }
}

}  // namespace cd::scenario::json
