#pragma once
// A located problem in an input file: printed as FILE:LINE:COLUMN: error: MESSAGE
// (or FILE:ROW: error: MESSAGE for spreadsheets, where column is 0).

#include <QString>

#include <vector>

namespace cd::scenario {

struct Diagnostic
{
    enum class Severity { Error, Warning };
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem is not tied to a place
    int column = 0;  ///< 1-based; 0 for a whole line or row
    Severity severity = Severity::Error;
    QString message;
    QString path;  ///< JSON path of the offending value, e.g. "injects[3].to[0]"

    /// "FILE:LINE:COL: error: MESSAGE" (parts that are 0 are left out).
    QString format() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &d);

/// The closest candidate within a small edit distance, for "did you mean 'x'?"; empty if none.
/// Bounded (issue 14 item 5), so a hostile input cannot make it run for minutes: a word longer
/// than kSuggestMaxLength gets no suggestion, a candidate whose length alone puts it out of reach
/// is skipped uncompared, at most kSuggestMaxCompared candidates are compared per call, each
/// comparison is confined to the diagonal band that can still win, and within one
/// SuggestionScope at most kSuggestMaxCalls calls compare anything.
QString didYouMean(const QString &word, const QStringList &candidates);
inline constexpr int kSuggestMaxLength = 64;
inline constexpr int kSuggestMaxCompared = 5000;
inline constexpr int kSuggestMaxCalls = 200;

/// Limits the number of did-you-mean searches made while it lives (on this thread) to
/// kSuggestMaxCalls: one per loaded or imported file. Nested scopes share the outer one's budget.
class SuggestionScope
{
public:
    SuggestionScope();
    ~SuggestionScope();
    SuggestionScope(const SuggestionScope &) = delete;
    SuggestionScope &operator=(const SuggestionScope &) = delete;

private:
    bool m_outer;
};

/// At most ~80 characters of an offending value, for echoing it in a message: a longer value is
/// cut to its first 60 characters and its length ("abc… (1048576 characters)").
QString echo(const QString &value);
/// A message or path bounded for output: every run of non-space characters longer than 80 is
/// shortened as echo() does, and the whole text to 2,000 characters. Applied where diagnostics are
/// made, so no message repeats a megabyte of input however it was built.
QString boundText(const QString &text);

}  // namespace cd::scenario
