#include "scenario/csv.h"

#include <QStringDecoder>

namespace cd::scenario::csv {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}
bool endsField(char c)
{
    return c == ',' || isLineBreak(c);
}

/// A scanner over the bytes of one file; rows are counted as a spreadsheet counts them.
class Reader
{
public:
    Reader(const QByteArray &data, const QString &fileName) : m_data(data), m_file(fileName)
    {
        if (m_data.startsWith(kBom))
            m_pos = kBom.size();
    }

    ReadResult run()
    {
        int row = 1;
        int headerFields = -1;
        while (m_pos < m_data.size()) {
            if (isLineBreak(m_data[m_pos])) {  // a blank line: an empty spreadsheet row
                skipLineBreak();
                ++row;
                continue;
            }
            Row record{row, {}};
            if (!readRecord(record))
                break;  // an unterminated quote swallowed the rest of the file
            m_cells += record.fields.size();
            if (m_cells > kMaxCells) {
                // A cell costs ~50 bytes however short: a file of commas would take 25x its size.
                error(row, 0,
                      QStringLiteral("more than %1 cells: too large for a spreadsheet of injects "
                                     "(see docs/input-limits.md)")
                          .arg(kMaxCells));
                break;
            }
            if (headerFields < 0)
                headerFields = static_cast<int>(record.fields.size());
            else if (record.fields.size() != headerFields)
                error(row, 0,
                      QStringLiteral("this row has %1 fields but the header (row 1) has %2")
                          .arg(record.fields.size())
                          .arg(headerFields));
            m_result.rows.push_back(std::move(record));
            ++row;
        }
        if (m_unshown > 0) {
            Diagnostic d;
            d.file = m_file;
            d.message = QStringLiteral("%1 more errors not shown").arg(m_unshown);
            m_result.diagnostics.push_back(std::move(d));
        }
        return std::move(m_result);
    }

private:
    void skipLineBreak()
    {
        const bool crlf = m_data[m_pos] == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n';
        m_pos += crlf ? 2 : 1;
    }

    /// Reads fields up to and including the record's line break; false on an unterminated quote.
    bool readRecord(Row &record)
    {
        for (;;) {
            const int column = static_cast<int>(record.fields.size()) + 1;
            QByteArray bytes;
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                if (!readQuoted(record.number, column, bytes))
                    return false;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_data.size() && !endsField(m_data[m_pos]))
                    ++m_pos;
                bytes = m_data.mid(start, m_pos - start);
            }
            record.fields << decode(bytes, record.number, column);
            if (m_pos >= m_data.size())
                return true;
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return true;
        }
    }

    bool readQuoted(int row, int column, QByteArray &bytes)
    {
        const qsizetype open = m_pos++;
        for (;;) {
            const qsizetype quote = m_data.indexOf('"', m_pos);
            if (quote < 0) {
                const auto line = m_data.left(open).count('\n') + 1;
                error(row, column,
                      QStringLiteral("unterminated quoted field: the quote opened on line %1 of the file is "
                                     "never closed, so nothing after it can be read")
                          .arg(line));
                m_pos = m_data.size();
                return false;
            }
            bytes += QByteArrayView(m_data).sliced(m_pos, quote - m_pos);
            m_pos = quote + 1;
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {  // "" stands for one quote
                bytes += '"';
                ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos < m_data.size() && !endsField(m_data[m_pos])) {
            error(row, column,
                  QStringLiteral("text after the closing quote of a quoted field (a quote inside a quoted "
                                 "field is written as two quotes: \"\")"));
            while (m_pos < m_data.size() && !endsField(m_data[m_pos]))
                bytes += m_data[m_pos++];
        }
        return true;
    }

    QString decode(const QByteArray &bytes, int row, int column)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            error(row, column, QStringLiteral("invalid UTF-8 in this field (save the spreadsheet as \"CSV UTF-8\")"));
        return text;
    }

    void error(int row, int column, const QString &message)
    {
        if (m_result.diagnostics.size() >= std::size_t(kMaxErrors)) {
            ++m_unshown;  // a million ragged rows must not become a million messages
            return;
        }
        Diagnostic d;
        d.file = m_file;
        d.line = row;
        d.column = column;
        d.message = message;
        m_result.diagnostics.push_back(std::move(d));
    }

    const QByteArray &m_data;
    const QString m_file;
    qsizetype m_pos = 0;
    qint64 m_cells = 0;
    qint64 m_unshown = 0;
    ReadResult m_result;
};

bool needsQuotes(const QString &field)
{
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    return false;
}

}  // namespace

ReadResult read(const QByteArray &data, const QString &fileName)
{
    return Reader(data, fileName).run();
}

QByteArray writeRecord(const QStringList &fields)
{
    // A record of one empty field would be a blank line, which readers skip: quote it.
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return QByteArrayLiteral("\"\"");
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString &field = fields[i];
        if (needsQuotes(field)) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += field.toUtf8();
        }
    }
    return out;
}

QByteArray write(const std::vector<QStringList> &rows)
{
    QByteArray out = kBom;
    for (const QStringList &row : rows)
        out += writeRecord(row) + "\r\n";
    return out;
}

}  // namespace cd::scenario::csv
