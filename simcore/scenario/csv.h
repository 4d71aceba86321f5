#pragma once
// RFC 4180 CSV, as spreadsheets (Excel, LibreOffice) read and write it.
//
// Reading accepts: UTF-8 with or without a BOM; CRLF, LF or a lone CR between records;
// quoted fields holding commas, doubled quotes ("") and line breaks, kept byte for byte;
// a quote inside an unquoted field taken literally (as Excel does). Blank lines are skipped
// but still counted, so rows are numbered as a spreadsheet shows them: the first record
// (the header) is row 1, and a record whose quoted cell spans several lines is still one row.
// Errors name the row and the 1-based column: an unterminated quote (reported where it
// opened; nothing after it can be read), text after a closing quote, invalid UTF-8 in a field,
// and a row whose field count differs from the first row's. Every error is reported, in order.
//
// Writing produces what Excel opens correctly, Japanese included: a UTF-8 BOM, CRLF after
// every record, and quotes around a field only when it holds a comma, a quote, CR or LF.
// read(write(rows)) == rows for any rectangular table of at least one column.

#include "scenario/diagnostic.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace cd::scenario::csv {

struct Row
{
    int number = 0;  ///< spreadsheet row number, 1-based (the header is row 1)
    QStringList fields;
    friend bool operator==(const Row &, const Row &) = default;
};

struct ReadResult
{
    std::vector<Row> rows;    ///< every record that could be read, the header included
    Diagnostics diagnostics;  ///< line = row number, column = 1-based field index (0: whole row)
};

/// Parses `data`; `fileName` is used in diagnostics only. At most kMaxCells cells are read (a
/// diagnostic says so and reading stops) and at most kMaxErrors errors listed, then a count.
ReadResult read(const QByteArray &data, const QString &fileName = {});
inline constexpr qint64 kMaxCells = 1'000'000;
inline constexpr int kMaxErrors = 200;

/// One record, without the line break; each field quoted only when it needs to be.
QByteArray writeRecord(const QStringList &fields);
/// A whole table: UTF-8 BOM, then each record followed by CRLF.
QByteArray write(const std::vector<QStringList> &rows);

}  // namespace cd::scenario::csv
