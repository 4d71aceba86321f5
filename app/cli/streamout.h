#pragma once
// Fast streamed output for big tables (analyze): numbers through std::to_chars into one buffer,
// written to stdout in large blocks; no QString per number.

#include <QString>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace cd::cli {

class StreamOut
{
public:
    explicit StreamOut(std::FILE *f) : m_file(f) { m_buf.reserve(1 << 20); }
    ~StreamOut() { flush(); }
    StreamOut(const StreamOut &) = delete;
    StreamOut &operator=(const StreamOut &) = delete;

    StreamOut &raw(std::string_view s)
    {
        m_buf.append(s);
        maybeFlush();
        return *this;
    }
    StreamOut &raw(char c)
    {
        m_buf.push_back(c);
        return *this;
    }
    /// Shortest representation that reads back exactly; inf as "inf" (JSON: see jsonNumber).
    StreamOut &number(double x)
    {
        if (std::isinf(x))
            return raw(x > 0 ? "inf" : "-inf");
        char tmp[32];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, x);
        m_buf.append(tmp, std::size_t(r.ptr - tmp));
        maybeFlush();
        return *this;
    }
    StreamOut &integer(long long x)
    {
        char tmp[24];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, x);
        m_buf.append(tmp, std::size_t(r.ptr - tmp));
        return *this;
    }
    /// JSON number, or null when not finite.
    StreamOut &jsonNumber(double x) { return std::isfinite(x) ? number(x) : raw("null"); }
    /// A CSV field (quoted when needed).
    StreamOut &csvField(const QString &s)
    {
        // Plain ASCII (the common id) is copied as it is, without a UTF-8 conversion.
        const std::size_t start = m_buf.size();
        bool plain = true;
        for (const QChar ch : s) {
            const char16_t u = ch.unicode();
            if (u >= 0x80 || u == ',' || u == '"' || u == '\n' || u == '\r') {
                plain = false;
                break;
            }
            m_buf.push_back(char(u));
        }
        if (plain)
            return *this;
        m_buf.resize(start);
        const QByteArray u = s.toUtf8();
        if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
            m_buf.push_back('"');
            for (char c : u) {
                if (c == '"')
                    m_buf.push_back('"');
                m_buf.push_back(c);
            }
            m_buf.push_back('"');
        } else {
            m_buf.append(u.constData(), std::size_t(u.size()));
        }
        return *this;
    }
    /// A JSON string literal.
    StreamOut &jsonString(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        m_buf.push_back('"');
        for (char c : u) {
            switch (c) {
            case '"':
                m_buf.append("\\\"");
                break;
            case '\\':
                m_buf.append("\\\\");
                break;
            case '\n':
                m_buf.append("\\n");
                break;
            case '\r':
                m_buf.append("\\r");
                break;
            case '\t':
                m_buf.append("\\t");
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                    m_buf.append(esc);
                } else {
                    m_buf.push_back(c);
                }
            }
        }
        m_buf.push_back('"');
        maybeFlush();
        return *this;
    }
    void flush()
    {
        if (!m_buf.empty())
            std::fwrite(m_buf.data(), 1, m_buf.size(), m_file);
        m_buf.clear();
        std::fflush(m_file);
    }

private:
    void maybeFlush()
    {
        if (m_buf.size() >= (1 << 20)) {
            std::fwrite(m_buf.data(), 1, m_buf.size(), m_file);
            m_buf.clear();
        }
    }
    std::FILE *m_file;
    std::string m_buf;
};

}  // namespace cd::cli
