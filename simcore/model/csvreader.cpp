#include "model/csvreader.h"

#include <cstdint>
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
    // A plain decimal "DIGITS[.DIGITS]" whose digits fit 2^53 is m / 10^k with both operands
    // exact, so one division rounds it correctly: the very double from_chars gives, cheaper.
    if (s.size() <= 19 && s.front() >= '0' && s.front() <= '9') {
        static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const char *p = s.data();
        const char *const end = p + s.size();
        std::uint64_t m = 0;
        for (; p < end && *p >= '0' && *p <= '9'; ++p)
            m = m * 10 + std::uint64_t(*p - '0');
        std::size_t k = 0;  // digits after the point
        bool point = false;
        if (p < end && *p == '.') {
            point = true;
            const char *frac = ++p;
            for (; p < end && *p >= '0' && *p <= '9'; ++p)
                m = m * 10 + std::uint64_t(*p - '0');
            k = std::size_t(p - frac);
        }
        if (p == end && (!point || k > 0) && m <= (std::uint64_t(1) << 53))
            return double(m) / kPow10[k];
    }
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
