#include "scenario/reader.h"

#include <cmath>

namespace cd::scenario::detail {

QString itemPath(const QString &path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString keyPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + QLatin1Char('.') + key;
}

bool pathWithin(const QString &inner, const QString &outer)
{
    if (outer.isEmpty())
        return true;
    if (!inner.startsWith(outer))
        return false;
    if (inner.size() == outer.size())
        return true;
    const QChar next = inner.at(outer.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

void Reader::error(int line, int column, const QString &path, const QString &message)
{
    m_out.push_back(Diagnostic{m_file, line, column, Diagnostic::Severity::Error, boundText(message), path});
    m_badPaths.append(path);
}

bool Reader::isBad(const QString &path) const
{
    for (const QString &bad : m_badPaths)
        if (pathWithin(bad, path) || pathWithin(path, bad))
            return true;
    return false;
}

bool Reader::expectType(const json::Value &v, json::Value::Type type, const QString &path)
{
    if (v.type == type)
        return true;
    error(v, path, QStringLiteral("expected %1, got %2").arg(json::typeName(type), json::typeName(v.type)));
    return false;
}

std::optional<QString> Reader::string(const json::Value &v, const QString &path)
{
    if (!expectType(v, json::Value::Type::String, path))
        return std::nullopt;
    return v.string;
}

std::optional<double> Reader::number(const json::Value &v, const QString &path)
{
    if (!expectType(v, json::Value::Type::Number, path))
        return std::nullopt;
    return v.number;
}

std::optional<int> Reader::integer(const json::Value &v, const QString &path)
{
    if (!expectType(v, json::Value::Type::Number, path))
        return std::nullopt;
    const QString text = QString::fromUtf8(json::formatNumber(v.number));
    if (v.number != std::floor(v.number)) {
        error(v, path, QStringLiteral("expected a whole number, got %1").arg(text));
        return std::nullopt;
    }
    if (std::fabs(v.number) > 1e9) {
        error(v, path, QStringLiteral("number %1 is out of range").arg(text));
        return std::nullopt;
    }
    return static_cast<int>(v.number);
}

std::optional<bool> Reader::boolean(const json::Value &v, const QString &path)
{
    if (!expectType(v, json::Value::Type::Bool, path))
        return std::nullopt;
    return v.boolean;
}

std::optional<Text> Reader::text(const json::Value &v, const QString &path)
{
    if (v.isString())
        return Text::fromPlain(v.string);
    if (!v.isObject()) {
        error(v, path,
              QStringLiteral("expected text: a string or {\"ja\": ..., \"en\": ...}, got %1")
                  .arg(json::typeName(v.type)));
        return std::nullopt;
    }
    const std::size_t errorsBefore = m_out.size();
    ObjectReader o(*this, v, path, {"ja", "en"});
    const auto ja = o.string("ja");
    const auto en = o.string("en");
    if (!o.has("ja") && !o.has("en")) {
        error(v, path, QStringLiteral("text needs \"ja\" or \"en\" (or both)"));
        return std::nullopt;
    }
    if (m_out.size() != errorsBefore)
        return std::nullopt;
    return Text::fromPair(ja.value_or(QString()), en.value_or(QString()));
}

std::optional<int> Reader::offset(const json::Value &v, const QString &path)
{
    const auto s = string(v, path);
    if (!s)
        return std::nullopt;
    const auto minutes = parseOffset(*s);
    if (!minutes)
        error(v, path,
              QStringLiteral("malformed time offset '%1': expected \"+HH:MM\" (e.g. \"+01:30\") or \"+MMm\"").arg(*s));
    return minutes;
}

std::optional<QStringList> Reader::stringList(const json::Value &v, const QString &path)
{
    if (!expectType(v, json::Value::Type::Array, path))
        return std::nullopt;
    QStringList out;
    for (std::size_t i = 0; i < v.array.size(); ++i)
        out.append(string(v.array[i], itemPath(path, i)).value_or(QString()));
    return out;
}

std::optional<QString> Reader::oneOf(const json::Value &v, const QString &path, const QStringList &names,
                                     const QString &what)
{
    const auto s = string(v, path);
    if (!s)
        return std::nullopt;
    if (names.contains(*s))
        return s;
    QString message = QStringLiteral("unknown %1 '%2'").arg(what, echo(*s));
    if (const QString guess = didYouMean(*s, names); !guess.isEmpty())
        message += QStringLiteral("; did you mean '%1'?").arg(guess);
    message += QStringLiteral(" (one of: %1)").arg(names.join(QStringLiteral(", ")));
    error(v, path, message);
    return std::nullopt;
}

ObjectReader::ObjectReader(Reader &r, const json::Value &v, const QString &path,
                           std::initializer_list<const char *> known)
    : m_r(r), m_value(v), m_path(path)
{
    if (!r.expectType(v, json::Value::Type::Object, path))
        return;
    m_ok = true;
    QStringList knownKeys;
    for (const char *k : known)
        knownKeys.append(QLatin1String(k));
    for (std::size_t i = 0; i < v.object.size(); ++i) {
        const json::Member &m = v.object[i];
        const QString memberPath = keyPath(path, m.key);
        if (!knownKeys.contains(m.key)) {
            QString message = QStringLiteral("unknown key '%1'").arg(echo(m.key));
            if (const QString guess = didYouMean(m.key, knownKeys); !guess.isEmpty())
                message += QStringLiteral("; did you mean '%1'?").arg(guess);
            message += QStringLiteral(" (known keys here: %1)").arg(knownKeys.join(QStringLiteral(", ")));
            r.error(m.line, m.column, memberPath, message);
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (v.object[j].key == m.key) {
                r.error(m.line, m.column, memberPath,
                        QStringLiteral("duplicate key '%1' (first at line %2, column %3)")
                            .arg(m.key)
                            .arg(v.object[j].line)
                            .arg(v.object[j].column));
                break;
            }
        }
    }
}

const json::Value *ObjectReader::get(const char *key, bool required)
{
    if (!m_ok)
        return nullptr;
    const json::Value *v = m_value.find(QLatin1String(key));
    if (!v && required)
        m_r.error(m_value, path(key), QStringLiteral("missing required key '%1'").arg(QLatin1String(key)));
    return v;
}

std::optional<QString> ObjectReader::string(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.string(*v, path(key)) : std::nullopt;
}

std::optional<QString> ObjectReader::nonEmpty(const char *key)
{
    const json::Value *v = get(key);
    if (!v)
        return std::nullopt;
    auto s = m_r.string(*v, path(key));
    if (s && s->isEmpty()) {
        m_r.error(*v, path(key), QStringLiteral("'%1' is empty; leave the key out instead").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return s;
}

std::optional<double> ObjectReader::number(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.number(*v, path(key)) : std::nullopt;
}

std::optional<int> ObjectReader::integer(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.integer(*v, path(key)) : std::nullopt;
}

std::optional<bool> ObjectReader::boolean(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.boolean(*v, path(key)) : std::nullopt;
}

std::optional<Text> ObjectReader::text(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.text(*v, path(key)) : std::nullopt;
}

std::optional<int> ObjectReader::offset(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.offset(*v, path(key)) : std::nullopt;
}

std::optional<QStringList> ObjectReader::stringList(const char *key, bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.stringList(*v, path(key)) : std::nullopt;
}

std::optional<QString> ObjectReader::oneOf(const char *key, const QStringList &names, const QString &what,
                                           bool required)
{
    const json::Value *v = get(key, required);
    return v ? m_r.oneOf(*v, path(key), names, what) : std::nullopt;
}

}  // namespace cd::scenario::detail
