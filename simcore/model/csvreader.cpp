#include "model/csvreader.h"

#include <cstring>

namespace cd::model {

CsvReader::CsvReader(const char *begin, const char *end) : m_p(begin), m_end(end)
{
    // A UTF-8 byte order mark is not part of the first field.
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
}

CsvReader::CsvReader(const char *begin, const char *end, int firstLine) : m_p(begin), m_end(end), m_line(firstLine) {}

bool CsvReader::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    m_scratch.clear();
    // Skip empty lines.
    while (m_p < m_end && (*m_p == '\n' || *m_p == '\r')) {
        if (*m_p == '\n')
            ++m_line;
        ++m_p;
    }
    if (m_p >= m_end)
        return false;
    m_rowLine = m_line;
    for (;;) {
        if (m_p < m_end && *m_p == '"') {
            ++m_p;
            const char *start = m_p;
            bool doubled = false;
            for (;;) {
                if (m_p >= m_end) {
                    m_error = "unterminated quoted field";
                    return false;
                }
                if (*m_p == '"') {
                    if (m_p + 1 < m_end && m_p[1] == '"') {
                        doubled = true;
                        m_p += 2;
                        continue;
                    }
                    break;
                }
                if (*m_p == '\n')
                    ++m_line;
                ++m_p;
            }
            std::string_view raw(start, std::size_t(m_p - start));
            ++m_p;  // closing quote
            if (doubled) {
                std::string &s = m_scratch.emplace_back();
                for (std::size_t i = 0; i < raw.size(); ++i) {
                    s += raw[i];
                    if (raw[i] == '"')
                        ++i;
                }
                raw = s;
            }
            fields.push_back(raw);
            // Only blanks may follow a closing quote before the separator.
            while (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
                ++m_p;
            if (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r') {
                m_error = "unexpected character after a closing quote";
                return false;
            }
        } else {
            const char *start = m_p;
            while (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                ++m_p;
            fields.emplace_back(start, std::size_t(m_p - start));
        }
        if (m_p >= m_end)
            return true;
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        // End of row: \n or \r\n (or a lone \r).
        if (*m_p == '\r')
            ++m_p;
        if (m_p < m_end && *m_p == '\n')
            ++m_p;
        ++m_line;
        return true;
    }
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::optional<double> parseDouble(std::string_view s)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    // The commonest values of a generated or exported edge list (no autonomy, recharge 1).
    if (s == "0" || s == "0.0")
        return 0.0;
    if (s == "1" || s == "1.0")
        return 1.0;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<int> parseInt(std::string_view s)
{
    s = trimmed(s);
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

}  // namespace cd::model
