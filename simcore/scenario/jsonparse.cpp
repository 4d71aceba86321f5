// Recursive-descent JSON parser with positions. Works on the raw UTF-8 bytes: it validates the
// encoding itself (so the reported column is right) and decodes strings only once they are valid.
#include "scenario/json.h"

#include <QHash>

#include <cctype>
#include <charconv>
#include <cmath>
#include <iterator>
#include <vector>

namespace cd::scenario::json {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &text) : m_data(text.constData()), m_size(text.size()) {}

    std::optional<Value> run(ParseError *error)
    {
        if (m_size >= 3 && static_cast<unsigned char>(m_data[0]) == 0xEF &&
            static_cast<unsigned char>(m_data[1]) == 0xBB && static_cast<unsigned char>(m_data[2]) == 0xBF)
            m_pos = 3;  // BOM: not a character of the first line
        skipSpace();
        Value root;
        if (parseValue(root, 0)) {
            skipSpace();
            if (m_pos < m_size)
                fail(QStringLiteral("unexpected %1 after the end of the JSON document").arg(describeHere()));
        }
        if (m_failed) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    const char *m_data;
    qsizetype m_size;
    QHash<QByteArray, QString> m_interned;
    // Items and members being parsed, nested ones above their parents': each array or object
    // takes exactly its own at its end, so no container holds spare capacity (a large scenario's
    // objects would otherwise keep up to half their members' size again unused).
    std::vector<Value> m_items;
    std::vector<Member> m_members;

    template<typename T> static void takeAbove(std::vector<T> &stack, size_t base, std::vector<T> &out)
    {
        out.reserve(stack.size() - base);
        std::move(stack.begin() + std::ptrdiff_t(base), stack.end(), std::back_inserter(out));
        stack.resize(base);
    }
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_failed = false;
    qint64 m_values = 0;
    ParseError m_error;

    unsigned char at(qsizetype i) const { return static_cast<unsigned char>(m_data[i]); }
    bool atEnd() const { return m_pos >= m_size; }

    bool fail(const QString &message) { return failAt(message, m_line, m_column); }
    bool failAt(const QString &message, int line, int column)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {message, line, column};
        }
        return false;
    }

    /// Advances one byte, keeping line and column (columns count code points, not bytes).
    void advance()
    {
        const unsigned char c = at(m_pos++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0.
    int utf8Length(qsizetype i) const
    {
        const unsigned char c = at(i);
        int len = 0;
        char32_t cp = 0;
        if (c < 0x80)
            return 1;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + len > m_size)
            return 0;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = at(i + k);
            if ((cc & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        return len;
    }

    QString describeHere() const
    {
        if (atEnd())
            return QStringLiteral("end of input");
        const int len = utf8Length(m_pos);
        if (len == 0)
            return QStringLiteral("invalid UTF-8 byte 0x%1").arg(at(m_pos), 2, 16, QLatin1Char('0'));
        const QByteArray ch(m_data + m_pos, len);
        if (len == 1 && at(m_pos) < 0x20)
            return QStringLiteral("control character U+%1").arg(at(m_pos), 4, 16, QLatin1Char('0'));
        // A bare word (NaN, Infinity, True, foo) reads better whole.
        qsizetype end = m_pos;
        while (end < m_size && end - m_pos < 20 && (std::isalnum(at(end)) || at(end) == '_'))
            ++end;
        if (end - m_pos > 1)
            return QStringLiteral("'%1'").arg(QString::fromLatin1(m_data + m_pos, end - m_pos));
        return QStringLiteral("'%1'").arg(QString::fromUtf8(ch));
    }

    bool parseValue(Value &out, int depth)
    {
        if (atEnd())
            return fail(QStringLiteral("unexpected end of input, expected a value"));
        if (++m_values > kMaxValues)
            return fail(QStringLiteral("more than %1 values in one document: too large for a scenario "
                                       "(see docs/input-limits.md)")
                            .arg(kMaxValues));
        out.line = m_line;
        out.column = m_column;
        const char c = m_data[m_pos];
        switch (c) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out.type = Value::Type::String;
            return parseString(out.string);
        case 't':
            return parseWord("true", out, Value::Type::Bool, true);
        case 'f':
            return parseWord("false", out, Value::Type::Bool, false);
        case 'n':
            return parseWord("null", out, Value::Type::Null, false);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            return fail(QStringLiteral("unexpected %1, expected a value").arg(describeHere()));
        }
    }

    bool parseWord(const char *word, Value &out, Value::Type type, bool b)
    {
        const qsizetype len = qstrlen(word);
        if (m_size - m_pos < len || qstrncmp(m_data + m_pos, word, len) != 0 ||
            (m_pos + len < m_size && std::isalnum(at(m_pos + len))))
            return fail(QStringLiteral("unexpected %1, expected a value").arg(describeHere()));
        for (qsizetype i = 0; i < len; ++i)
            advance();
        out.type = type;
        out.boolean = b;
        return true;
    }

    bool isDigit(qsizetype i) const { return i < m_size && m_data[i] >= '0' && m_data[i] <= '9'; }

    bool parseNumber(Value &out)
    {
        const qsizetype start = m_pos;
        qsizetype i = m_pos;
        if (m_data[i] == '-')
            ++i;
        if (!isDigit(i))
            return fail(QStringLiteral("invalid number: expected a digit after '-'"));
        if (m_data[i] == '0' && isDigit(i + 1))
            return fail(QStringLiteral("invalid number: leading zeros are not allowed"));
        while (isDigit(i))
            ++i;
        if (i < m_size && m_data[i] == '.') {
            ++i;
            if (!isDigit(i))
                return fail(QStringLiteral("invalid number: expected a digit after '.'"));
            while (isDigit(i))
                ++i;
        }
        if (i < m_size && (m_data[i] == 'e' || m_data[i] == 'E')) {
            ++i;
            if (i < m_size && (m_data[i] == '+' || m_data[i] == '-'))
                ++i;
            if (!isDigit(i))
                return fail(QStringLiteral("invalid number: expected a digit in the exponent"));
            while (isDigit(i))
                ++i;
        }
        double value = 0;
        const auto res = std::from_chars(m_data + start, m_data + i, value);
        if (res.ec != std::errc() || !std::isfinite(value))
            return fail(QStringLiteral("number out of range"));
        while (m_pos < i)
            advance();
        out.type = Value::Type::Number;
        out.number = value;
        return true;
    }

    int hexDigit(qsizetype i) const
    {
        if (i >= m_size)
            return -1;
        const char c = m_data[i];
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /// Reads \uXXXX at m_pos (pointing at the backslash); -1 if malformed.
    int readU4() const
    {
        if (m_pos + 1 >= m_size || m_data[m_pos + 1] != 'u')
            return -1;
        int v = 0;
        for (int k = 2; k < 6; ++k) {
            const int d = hexDigit(m_pos + k);
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    }

    bool parseString(QString &out)
    {
        const int line = m_line, column = m_column;
        advance();  // opening quote
        QByteArray bytes;
        while (true) {
            if (atEnd())
                return failAt(QStringLiteral("unterminated string"), line, column);
            const unsigned char c = at(m_pos);
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\n' || c == '\r')
                return failAt(QStringLiteral("unterminated string (a string cannot span lines; use \\n)"), line,
                              column);
            if (c < 0x20)
                return fail(QStringLiteral("control character U+%1 in a string must be escaped")
                                .arg(c, 4, 16, QLatin1Char('0')));
            if (c == '\\') {
                if (!parseEscape(bytes))
                    return false;
                continue;
            }
            if (c < 0x80) {  // a run of plain ASCII at once
                qsizetype end = m_pos + 1;
                while (end < m_size && at(end) >= 0x20 && at(end) < 0x80 && at(end) != '"' && at(end) != '\\')
                    ++end;
                bytes.append(m_data + m_pos, end - m_pos);
                m_column += static_cast<int>(end - m_pos);
                m_pos = end;
                continue;
            }
            const int len = utf8Length(m_pos);
            if (len == 0)
                return fail(QStringLiteral("invalid UTF-8 byte 0x%1 in a string").arg(c, 2, 16, QLatin1Char('0')));
            bytes.append(m_data + m_pos, len);
            for (int k = 0; k < len; ++k)
                advance();
        }
        out = intern(bytes);
        return true;
    }

    /// Short strings (keys, ids, enum words) repeat throughout a scenario: each distinct one is
    /// converted once and shared (implicitly) by every value and key that spells it, so a large
    /// scenario's keys cost no memory each (issue 14 item 6).
    QString intern(const QByteArray &bytes)
    {
        constexpr qsizetype kShort = 32;
        constexpr qsizetype kDistinct = 8192;
        if (bytes.size() > kShort)
            return QString::fromUtf8(bytes);
        if (const auto it = m_interned.constFind(bytes); it != m_interned.constEnd())
            return *it;
        QString s = QString::fromUtf8(bytes);
        if (m_interned.size() < kDistinct)
            m_interned.insert(bytes, s);
        return s;
    }

    bool parseEscape(QByteArray &bytes)
    {
        if (m_pos + 1 >= m_size)
            return fail(QStringLiteral("unterminated string"));
        const char e = m_data[m_pos + 1];
        char simple = 0;
        switch (e) {
        case '"':
            simple = '"';
            break;
        case '\\':
            simple = '\\';
            break;
        case '/':
            simple = '/';
            break;
        case 'b':
            simple = '\b';
            break;
        case 'f':
            simple = '\f';
            break;
        case 'n':
            simple = '\n';
            break;
        case 'r':
            simple = '\r';
            break;
        case 't':
            simple = '\t';
            break;
        case 'u':
            break;
        default:
            if (static_cast<unsigned char>(e) < 0x20 || utf8Length(m_pos + 1) != 1)
                return fail(QStringLiteral("invalid escape sequence"));
            return fail(QStringLiteral("invalid escape '\\%1'").arg(QLatin1Char(e)));
        }
        if (simple) {
            bytes.append(simple);
            advance();
            advance();
            return true;
        }
        int cp = readU4();
        if (cp < 0)
            return fail(QStringLiteral("invalid \\u escape: expected four hex digits"));
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail(
                QStringLiteral("invalid \\u escape: lone low surrogate \\u%1").arg(cp, 4, 16, QLatin1Char('0')));
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            const qsizetype save = m_pos;
            m_pos += 6;  // no newline inside, columns move by 6 below
            const int low = (m_pos < m_size && m_data[m_pos] == '\\') ? readU4() : -1;
            m_pos = save;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(
                    QStringLiteral("invalid \\u escape: lone high surrogate \\u%1").arg(cp, 4, 16, QLatin1Char('0')));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            for (int k = 0; k < 6; ++k)
                advance();
        }
        char32_t c32 = static_cast<char32_t>(cp);
        bytes.append(QString::fromUcs4(&c32, 1).toUtf8());
        for (int k = 0; k < 6; ++k)
            advance();
        return true;
    }

    bool parseArray(Value &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth));
        out.type = Value::Type::Array;
        advance();  // [
        skipSpace();
        if (!atEnd() && m_data[m_pos] == ']') {
            advance();
            return true;
        }
        const size_t base = m_items.size();  // this array's items gather above it, then move out
        while (true) {
            Value item;
            if (!parseValue(item, depth))
                return false;
            m_items.push_back(std::move(item));
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("unexpected end of input, expected ',' or ']'"));
            if (m_data[m_pos] == ']') {
                advance();
                takeAbove(m_items, base, out.array);
                return true;
            }
            if (m_data[m_pos] != ',')
                return fail(QStringLiteral("unexpected %1, expected ',' or ']'").arg(describeHere()));
            advance();
            skipSpace();
            if (!atEnd() && m_data[m_pos] == ']')
                return fail(QStringLiteral("trailing comma before ']'"));
        }
    }

    bool parseObject(Value &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth));
        out.type = Value::Type::Object;
        advance();  // {
        skipSpace();
        if (!atEnd() && m_data[m_pos] == '}') {
            advance();
            return true;
        }
        const size_t base = m_members.size();
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("unexpected end of input, expected a key"));
            if (m_data[m_pos] != '"')
                return fail(QStringLiteral("unexpected %1, expected a key in double quotes").arg(describeHere()));
            Member m;
            m.line = m_line;
            m.column = m_column;
            if (!parseString(m.key))
                return false;
            skipSpace();
            if (atEnd() || m_data[m_pos] != ':')
                return fail(QStringLiteral("unexpected %1, expected ':' after the key").arg(describeHere()));
            advance();
            skipSpace();
            if (!parseValue(m.value, depth))
                return false;
            m_members.push_back(std::move(m));
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("unexpected end of input, expected ',' or '}'"));
            if (m_data[m_pos] == '}') {
                advance();
                takeAbove(m_members, base, out.object);
                return true;
            }
            if (m_data[m_pos] != ',')
                return fail(QStringLiteral("unexpected %1, expected ',' or '}'").arg(describeHere()));
            advance();
            skipSpace();
            if (!atEnd() && m_data[m_pos] == '}')
                return fail(QStringLiteral("trailing comma before '}'"));
        }
    }
};

}  // namespace

std::optional<Value> parse(const QByteArray &text, ParseError *error)
{
    return Parser(text).run(error);
}

}  // namespace cd::scenario::json
