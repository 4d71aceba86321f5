#pragma once
// A small JSON document model that remembers where each value came from, for located errors
// (FILE:LINE:COLUMN). Objects keep their members in file order and keep duplicate keys, so the
// scenario loader can report them; QJsonDocument can do neither.
// Lines and columns are 1-based; a column counts characters (Unicode code points) of the UTF-8
// line, so a column in a Japanese line is what an editor shows.

#include <QAnyStringView>
#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace cd::scenario::json {

struct Member;

struct Value
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<Value> array;
    std::vector<Member> object;  ///< in file order, duplicates kept
    int line = 0;                ///< where the value starts (0 when built in memory)
    int column = 0;

    // Declared here, defined below once Member is complete: a vector of an incomplete type may
    // be declared but not destroyed or copied (clang rejects what GCC let pass; tests/fuzz).
    Value();
    Value(const Value &);
    Value(Value &&) noexcept;
    Value &operator=(const Value &);
    Value &operator=(Value &&) noexcept;
    ~Value();
    static Value null();
    static Value fromBool(bool b);
    static Value fromNumber(double n);
    static Value fromString(const QString &s);
    static Value makeArray(std::vector<Value> items = {});
    static Value makeObject();

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    /// The first member with this key, or nullptr (also when this is not an object).
    const Value *find(QAnyStringView key) const;
    /// Appends a member (objects only; builds documents in the order they are written).
    Value &insert(const QString &key, Value v);
    /// Appends an item (arrays only).
    Value &append(Value v);

    friend bool operator==(const Value &a, const Value &b);  ///< content only, positions ignored
};

struct Member
{
    QString key;
    Value value;
    int line = 0;  ///< where the key starts
    int column = 0;
};

inline Value::Value() = default;
inline Value::Value(const Value &) = default;
inline Value::Value(Value &&) noexcept = default;
inline Value &Value::operator=(const Value &) = default;
inline Value &Value::operator=(Value &&) noexcept = default;
inline Value::~Value() = default;
inline Value Value::null()
{
    return Value();
}

/// A name for a type in messages: "a string", "an object", ...
QString typeName(Value::Type t);

struct ParseError
{
    QString message;
    int line = 0;
    int column = 0;
};

inline constexpr int kMaxDepth = 256;
/// Values one document may hold (issue 14 item 6; docs/input-limits.md). A parsed value takes
/// about 100 bytes, so this bounds the memory a hostile document can make the parser take to
/// ~200 MB whatever its size; the largest bundled scenario holds ~10,000.
inline constexpr qint64 kMaxValues = 2'000'000;

/// Parses one JSON document (RFC 8259; a leading UTF-8 BOM is accepted). On failure returns
/// nullopt and fills `error` with the first problem and where it is.
std::optional<Value> parse(const QByteArray &text, ParseError *error = nullptr);

/// Two-space indent, one member per line, short arrays of scalars on one line, non-ASCII
/// unescaped, numbers in their shortest round-trip form (integers without ".0"), final newline.
QByteArray writePretty(const Value &v);
/// No whitespace at all.
QByteArray writeCompact(const Value &v);
/// The shortest text that parses back to exactly `n` (finite numbers only).
QByteArray formatNumber(double n);

/// Conversions (QJsonObject sorts keys and drops duplicates; positions are lost).
QJsonValue toQJson(const Value &v);
Value fromQJson(const QJsonValue &v);

}  // namespace cd::scenario::json
