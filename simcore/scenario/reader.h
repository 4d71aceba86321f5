#pragma once
// Typed access to a parsed JSON document that records a located diagnostic for every problem
// instead of stopping: the loader's building block. Every diagnostic carries the JSON path of
// the offending value (e.g. "injects[3].to[0]"); paths that had a structural error are
// remembered so the semantic checks that follow do not report the same value twice.

#include "scenario/diagnostic.h"
#include "scenario/json.h"
#include "scenario/scenario.h"

#include <QLatin1String>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace cd::scenario::detail {

QString itemPath(const QString &path, std::size_t index);
QString keyPath(const QString &path, QStringView key);
/// keyPath() of a key written as a literal ("expected").
inline QString keyPath(const QString &path, const char *key)
{
    return keyPath(path, QString::fromLatin1(key));
}
/// True when `inner` is `outer` or a value inside it ("a.b[2]" is inside "a.b" and "a").
bool pathWithin(const QString &inner, const QString &outer);

class Reader
{
public:
    Reader(const QString &file, Diagnostics &out) : m_file(file), m_out(out) {}

    void error(int line, int column, const QString &path, const QString &message);
    void error(const json::Value &at, const QString &path, const QString &message)
    {
        error(at.line, at.column, path, message);
    }
    /// Marks `path` as malformed without a message (its problem was reported at a key inside it).
    void markBad(const QString &path) { m_badPaths.append(path); }
    /// True when a structural error was reported at `path`, inside it, or at a value containing it.
    bool isBad(const QString &path) const;

    std::optional<QString> string(const json::Value &v, const QString &path);
    std::optional<double> number(const json::Value &v, const QString &path);
    std::optional<int> integer(const json::Value &v, const QString &path);
    std::optional<bool> boolean(const json::Value &v, const QString &path);
    std::optional<Text> text(const json::Value &v, const QString &path);
    std::optional<int> offset(const json::Value &v, const QString &path);
    /// An array of strings; a bad item is reported and kept as an empty string, so indices hold.
    std::optional<QStringList> stringList(const json::Value &v, const QString &path);
    /// A string that must be one of `names`; reports a did-you-mean otherwise.
    std::optional<QString> oneOf(const json::Value &v, const QString &path, const QStringList &names,
                                 const QString &what);
    bool expectType(const json::Value &v, json::Value::Type type, const QString &path);

private:
    QString m_file;
    Diagnostics &m_out;
    QStringList m_badPaths;
};

/// One JSON object with a fixed set of known keys: reports a wrong type, unknown keys (with
/// did-you-mean and the list of known keys) and duplicate keys on construction.
class ObjectReader
{
public:
    ObjectReader(Reader &r, const json::Value &v, const QString &path, std::initializer_list<const char *> known);

    bool ok() const { return m_ok; }
    const QString &path() const { return m_path; }
    QString path(const char *key) const { return keyPath(m_path, QString::fromLatin1(key)); }
    const json::Value &json() const { return m_value; }
    bool has(const char *key) const { return m_ok && m_value.find(QLatin1String(key)) != nullptr; }

    /// The value of `key`, or nullptr when absent (reported if `required`).
    const json::Value *get(const char *key, bool required = false);

    std::optional<QString> string(const char *key, bool required = false);
    /// An optional string that, when given, must not be empty (an empty reference or clock
    /// time would silently mean "none" and vanish on save).
    std::optional<QString> nonEmpty(const char *key);
    std::optional<double> number(const char *key, bool required = false);
    std::optional<int> integer(const char *key, bool required = false);
    std::optional<bool> boolean(const char *key, bool required = false);
    std::optional<Text> text(const char *key, bool required = false);
    std::optional<int> offset(const char *key, bool required = false);
    std::optional<QStringList> stringList(const char *key, bool required = false);
    std::optional<QString> oneOf(const char *key, const QStringList &names, const QString &what, bool required = false);

private:
    Reader &m_r;
    const json::Value &m_value;
    QString m_path;
    bool m_ok = false;
};

}  // namespace cd::scenario::detail
