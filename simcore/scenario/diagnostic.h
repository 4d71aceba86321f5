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
QString didYouMean(const QString &word, const QStringList &candidates);

}  // namespace cd::scenario
