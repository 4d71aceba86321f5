#pragma once
// A small, fast RFC 4180 CSV tokenizer over a byte buffer: fields are string_views into the
// buffer (or into per-row scratch storage for quoted fields with doubled quotes), so a million
// rows cost no allocation. Tracks line numbers for located errors.

#include <charconv>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd::model {

class CsvReader
{
public:
    CsvReader(const char *begin, const char *end);
    /// A part of a file that starts at line `firstLine` (no byte order mark expected there).
    CsvReader(const char *begin, const char *end, int firstLine);

    /// Reads the next non-empty row into `fields`; false at end of input or on a malformed quote
    /// (then error() is set). line() is the row's first line (1-based).
    bool next(std::vector<std::string_view> &fields);
    int line() const { return m_rowLine; }
    const std::string &error() const { return m_error; }
    /// Where the next row would start, and its line (before empty lines are skipped).
    const char *position() const { return m_p; }
    int nextLine() const { return m_line; }

private:
    const char *m_p;
    const char *m_end;
    int m_line = 1;
    int m_rowLine = 0;
    std::string m_error;
    std::deque<std::string> m_scratch;
};

/// Parses a whole field as a double ("inf" accepted, surrounding blanks ignored).
std::optional<double> parseDouble(std::string_view s);
/// Parses a whole field as an int.
std::optional<int> parseInt(std::string_view s);
/// The field without surrounding blanks.
std::string_view trimmed(std::string_view s);

}  // namespace cd::model
