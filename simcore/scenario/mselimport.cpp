// MSEL import (the convention is in msel.h). Each row becomes the JSON object of one inject:
// details is the base, and every non-empty cell adds its key after a check that gives a
// located, column-named error. The scenario is then rebuilt as JSON with those injects, one per
// line, and run through the loader, so that the import accepts exactly what a scenario file
// may hold; the loader's diagnostics are mapped back to rows by their JSON path (or line).
#include "scenario/csv.h"
#include "scenario/loader.h"
#include "scenario/msel.h"
#include "scenario/mselcolumns.h"
#include "scenario/mselcondition.h"
#include "scenario/saver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace cd::scenario::msel {

namespace {

QStringList channelNames()
{
    return {toString(Channel::Mail), toString(Channel::Phone), toString(Channel::Web)};
}

QStringList actionNames()
{
    QStringList names;
    for (Action a : {Action::Report, Action::Advisory, Action::Query, Action::Call, Action::Post, Action::Hypothesis,
                     Action::Request})
        names << toString(a);
    return names;
}

QString withSuggestion(const QString &message, const QString &word, const QStringList &candidates)
{
    const QString guess = didYouMean(word, candidates);
    return guess.isEmpty() ? message : message + QStringLiteral(" (did you mean '%1'?)").arg(guess);
}

/// "+HH:MM", "+MMm", or what Excel makes of "+HH:MM" when it re-saves: "H:MM" or "H:MM:00".
std::optional<int> parseTimeCell(const QString &cell)
{
    if (const auto minutes = parseOffset(cell))
        return minutes;
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,4}):([0-5]\\d)(?::00)?$"));
    if (const auto m = clock.match(cell); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return std::nullopt;
}

/// Which column a JSON path inside one inject (".to[0]", ".when.node", ...) was written from.
QString columnOfPath(const QString &rest)
{
    static const std::pair<const char *, Column> kPaths[] = {
        {".id", ColId},
        {".at", ColTime},
        {".when", ColCondition},
        {".delay", ColCondition},
        {".contingency", ColCondition},
        {".channel", ColChannel},
        {".from", ColFrom},
        {".to", ColTo},
        {".cc", ColCc},
        {".subject.ja", ColSubject},
        {".subject", ColSubject},
        {".body.ja", ColBody},
        {".body", ColBody},
        {".control_notes.ja", ColControlNotes},
        {".control_notes", ColControlNotes},
        {".expected[0].action", ColExpectedAction},
        {".expected[0].room", ColExpectedRoom},
        {".expected[0].within_min", ColExpectedWithinMin},
        {".expected[0].theme", ColTheme},
    };
    if (rest.isEmpty())
        return {};
    for (const auto &[prefix, column] : kPaths) {
        const QLatin1String p(prefix);
        if (rest == p || rest.startsWith(p + QLatin1Char('['))) {
            return columns()[column];
        }
        if (rest.startsWith(p + QLatin1Char('.')))
            break;  // e.g. ".subject.en": that part is in details
    }
    return columns()[ColDetails];
}

class Importer
{
public:
    Importer(QString csvName, QString scenarioName) : m_csv(std::move(csvName)), m_scenario(std::move(scenarioName))
    {
        if (m_scenario.isEmpty())
            m_scenario = m_csv;
    }

    ImportResult run(const QByteArray &data, const Scenario &into)
    {
        csv::ReadResult table = csv::read(data, m_csv);
        addConditionColumn(table);
        // The header first: when it is wrong, every row would also be "ragged" against it.
        const bool headerOk = !table.rows.empty() && checkHeader(table.rows.front());
        for (const Diagnostic &d : table.diagnostics) {
            const bool ragged = d.column == 0;
            if (!ragged || headerOk)
                error(d.line, d.column > 0 ? QStringLiteral("column %1").arg(d.column) : QString(), d.message);
        }
        if (table.rows.empty() && table.diagnostics.empty())
            pushError(0, QStringLiteral("no header row; the first row must be: ") + columns().join(QLatin1String(",")));
        if (hasErrors(m_result.diagnostics))
            return finish();
        for (std::size_t i = 1; i < table.rows.size(); ++i) {
            const csv::Row &row = table.rows[i];
            if (std::all_of(row.fields.begin(), row.fields.end(),
                            [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue;
            m_rows.push_back(row.number);
            m_injects.append(buildInject(row));
        }
        if (hasErrors(m_result.diagnostics))
            return finish();
        validate(into);
        return finish();
    }

private:
    ImportResult finish() { return std::move(m_result); }

    void error(int row, const QString &column, const QString &message,
               Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        pushError(row, boundText(column.isEmpty() ? message : column + QStringLiteral(": ") + message), severity);
    }
    /// A message whose values are already echo()ed and whose long runs are our own text (the
    /// header the sheet must have): not bounded again, so the header reads whole.
    void pushError(int row, const QString &message, Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        Diagnostic d;
        d.file = m_csv;
        d.line = row;
        d.severity = severity;
        d.message = message;
        m_result.diagnostics.push_back(std::move(d));
    }

    /// A sheet exported before the condition column existed: the same columns without it.
    static void addConditionColumn(csv::ReadResult &table)
    {
        QStringList before = columns();
        before.removeAt(ColCondition);
        if (table.rows.empty() || table.rows.front().fields.size() < before.size())
            return;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (table.rows.front().fields[i].trimmed() != before[i])
                return;
        for (csv::Row &row : table.rows)
            if (row.fields.size() >= ColCondition)
                row.fields.insert(ColCondition,
                                  row.number == table.rows.front().number ? columns()[ColCondition] : QString());
    }

    bool checkHeader(const csv::Row &header)
    {
        const QStringList &want = columns();
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QString got = i < header.fields.size() ? header.fields[i].trimmed() : QString();
            if (got == want[i])
                continue;
            QString message = i < header.fields.size()
                                  ? QStringLiteral("column %1 of the header is '%2' but must be '%3'")
                                        .arg(i + 1)
                                        .arg(echo(got), want[i])
                                  : QStringLiteral("the header has no column %1 '%2'").arg(i + 1).arg(want[i]);
            pushError(header.number,
                      message + QStringLiteral("; the header must be: ") + want.join(QLatin1String(",")));
            return false;
        }
        // Excel may keep empty columns after the last one; a named extra column is a mistake.
        for (qsizetype i = want.size(); i < header.fields.size(); ++i) {
            if (header.fields[i].trimmed().isEmpty())
                continue;
            pushError(
                header.number,
                QStringLiteral("column %1 of the header is '%2' but the MSEL has %3 columns; the header must be: ")
                        .arg(i + 1)
                        .arg(echo(header.fields[i]))
                        .arg(want.size()) +
                    want.join(QLatin1String(",")));
            return false;
        }
        return true;
    }

    /// Sets `key` from a cell unless details already holds it.
    void put(QJsonObject &o, const QString &key, const QJsonValue &value, int row, Column column)
    {
        if (o.contains(key)) {
            error(row, columns()[column],
                  QStringLiteral("also given in details as '%1'; keep only one of them").arg(key));
            return;
        }
        o.insert(key, value);
    }

    /// A text cell is the Japanese half when details holds {"en": ...} for it, else the text.
    void putText(QJsonObject &o, const QString &key, const QString &cell, int row, Column column)
    {
        const QJsonValue inDetails = o.value(key);
        if (inDetails.isObject()) {
            QJsonObject text = inDetails.toObject();
            if (text.contains(kJa)) {
                if (!cell.isEmpty())
                    error(row, columns()[column],
                          QStringLiteral("the Japanese text is both in this column and in details (%1.ja); "
                                         "keep it in the column only")
                              .arg(key));
                return;
            }
            text.insert(kJa, cell);
            o.insert(key, text);
        } else if (!cell.isEmpty()) {
            put(o, key, cell, row, column);
        }
    }

    std::optional<QJsonObject> parseDetails(const QString &cell, int row)
    {
        if (cell.trimmed().isEmpty())
            return QJsonObject();
        const QByteArray bytes = cell.toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const auto at = QString::fromUtf8(bytes.left(parseError.offset)).size() + 1;
            error(row, columns()[ColDetails],
                  QStringLiteral("not valid JSON: %1 at character %2").arg(parseError.errorString()).arg(at));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            error(row, columns()[ColDetails], QStringLiteral("must be a JSON object {...} or empty"));
            return std::nullopt;
        }
        return doc.object();
    }

    void putExpected(QJsonObject &o, const QStringList &cells, int row)
    {
        const QString action = cells[ColExpectedAction].trimmed();
        const QString room = cells[ColExpectedRoom].trimmed();
        const QString within = cells[ColExpectedWithinMin].trimmed();
        const QString theme = cells[ColTheme].trimmed();
        if (action.isEmpty() && room.isEmpty() && within.isEmpty() && theme.isEmpty())
            return;  // no first expected action in the columns: details' "expected" stands as it is
        const QJsonValue inDetails = o.value(QLatin1String("expected"));
        QJsonArray list = inDetails.toArray();
        if (!inDetails.isUndefined() && (!inDetails.isArray() || (!list.isEmpty() && !list.first().isObject()))) {
            error(row, columns()[ColDetails], QStringLiteral("'expected' must be a list of objects"));
            return;
        }
        QJsonObject first = list.isEmpty() ? QJsonObject() : list.first().toObject();
        if (!action.isEmpty()) {
            if (!actionNames().contains(action))
                error(row, columns()[ColExpectedAction],
                      withSuggestion(QStringLiteral("unknown action '%1'; one of: %2")
                                         .arg(action, actionNames().join(QLatin1String(", "))),
                                     action, actionNames()));
            else
                put(first, QStringLiteral("action"), action, row, ColExpectedAction);
        }
        if (!room.isEmpty())
            put(first, QStringLiteral("room"), room, row, ColExpectedRoom);
        static const QRegularExpression whole(QStringLiteral("^\\d{1,6}$"));
        if (!within.isEmpty()) {
            if (!whole.match(within).hasMatch())
                error(row, columns()[ColExpectedWithinMin],
                      QStringLiteral("'%1' is not a whole number of minutes").arg(within));
            else
                put(first, QStringLiteral("within_min"), within.toInt(), row, ColExpectedWithinMin);
        }
        if (!theme.isEmpty()) {
            if (!whole.match(theme).hasMatch())
                error(row, columns()[ColTheme],
                      QStringLiteral("'%1' is not a verification theme number (1 to 5)").arg(theme));
            else
                put(first, QStringLiteral("theme"), theme.toInt(), row, ColTheme);
        }
        if (list.isEmpty())
            list.append(first);
        else
            list[0] = first;
        o.insert(QLatin1String("expected"), list);
    }

    QJsonObject buildInject(const csv::Row &r)
    {
        const QStringList &cells = r.fields;
        const int row = r.number;
        for (qsizetype i = ColumnCount; i < cells.size(); ++i)
            if (!cells[i].trimmed().isEmpty())
                error(row, QStringLiteral("column %1").arg(i + 1),
                      QStringLiteral("a value after the last column (details) would be lost; move it into a column "
                                     "or into details"));
        QJsonObject o = parseDetails(cells[ColDetails], row).value_or(QJsonObject());
        const QString id = cells[ColId].trimmed();
        if (!id.isEmpty())
            put(o, QStringLiteral("id"), id, row, ColId);
        else if (!o.contains(QLatin1String("id")))
            error(row, columns()[ColId], QStringLiteral("empty; every inject needs an id"));
        if (const QString time = cells[ColTime].trimmed(); !time.isEmpty()) {
            if (const auto minutes = parseTimeCell(time))
                put(o, QStringLiteral("at"), formatOffset(*minutes), row, ColTime);
            else
                error(row, columns()[ColTime],
                      QStringLiteral("'%1' is not a time offset; write +HH:MM (e.g. +00:20), or leave it empty "
                                     "and give a condition")
                          .arg(time));
        }
        if (const QString condition = cells[ColCondition].trimmed(); !condition.isEmpty()) {
            QString why;
            if (const auto keys = parseConditionCell(condition, &why))
                for (auto it = keys->begin(); it != keys->end(); ++it)
                    put(o, it.key(), it.value(), row, ColCondition);
            else
                error(row, columns()[ColCondition], why);
        }
        if (const QString channel = cells[ColChannel].trimmed(); !channel.isEmpty()) {
            if (channelFrom(channel))
                put(o, QStringLiteral("channel"), channel, row, ColChannel);
            else
                error(row, columns()[ColChannel],
                      withSuggestion(QStringLiteral("unknown channel '%1'; one of: mail, phone, web").arg(channel),
                                     channel, channelNames()));
        }
        if (const QString from = cells[ColFrom].trimmed(); !from.isEmpty())
            put(o, QStringLiteral("from"), from, row, ColFrom);
        for (const Column column : {ColTo, ColCc}) {
            QJsonArray ids;
            for (const QString &part : cells[column].split(QLatin1Char(';')))
                if (!part.trimmed().isEmpty())
                    ids.append(part.trimmed());
            if (!ids.isEmpty())
                put(o, columns()[column], ids, row, column);
        }
        putText(o, QStringLiteral("subject"), cells[ColSubject], row, ColSubject);
        putText(o, QStringLiteral("body"), cells[ColBody], row, ColBody);
        putExpected(o, cells, row);
        putText(o, QStringLiteral("control_notes"), cells[ColControlNotes], row, ColControlNotes);
        return o;
    }

    /// The scenario as JSON with the new injects, inject i alone on line i + 2.
    QByteArray document(const Scenario &into) const
    {
        QJsonObject rest = QJsonDocument::fromJson(saveScenario(into)).object();
        rest.remove(QLatin1String("injects"));
        QByteArray doc = "{\"injects\": [\n";
        for (qsizetype i = 0; i < m_injects.size(); ++i) {
            doc += QJsonDocument(m_injects[i].toObject()).toJson(QJsonDocument::Compact);
            doc += i + 1 < m_injects.size() ? ",\n" : "\n";
        }
        doc += ']';
        const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact);  // "{...}"
        doc += rest.isEmpty() ? QByteArray("}") : ",\n" + others.mid(1);
        return doc + '\n';
    }

    /// A loader message may name another inject by its JSON path: name its row (and column) instead.
    QString inRowTerms(QString message) const
    {
        static const QRegularExpression path(QStringLiteral("injects\\[(\\d+)\\]((?:\\.[A-Za-z_]+|\\[\\d+\\])*)"));
        QRegularExpressionMatch m;
        qsizetype from = 0;
        while ((m = path.match(message, from)).hasMatch()) {
            const int index = m.captured(1).toInt();
            if (index < 0 || index >= static_cast<int>(m_rows.size())) {
                from = m.capturedEnd();
                continue;
            }
            QString text = QStringLiteral("row %1").arg(m_rows[index]);
            if (const QString column = columnOfPath(m.captured(2)); !column.isEmpty())
                text += QStringLiteral(" (%1)").arg(column);
            message.replace(m.capturedStart(), m.capturedLength(), text);
            from = m.capturedStart() + text.size();
        }
        return message;
    }

    void validate(const Scenario &into)
    {
        LoadResult loaded = loadScenario(document(into), m_csv);
        static const QRegularExpression injectPath(QStringLiteral("^injects\\[(\\d+)\\](.*)$"));
        for (const Diagnostic &d : loaded.diagnostics) {
            int index = -1;
            QString column;
            if (const auto m = injectPath.match(d.path); m.hasMatch()) {
                index = m.captured(1).toInt();
                column = columnOfPath(m.captured(2));
            } else if (d.path.isEmpty() && d.line >= 2) {
                index = d.line - 2;
            }
            if (index >= 0 && index < static_cast<int>(m_rows.size())) {
                error(m_rows[index], column, inRowTerms(d.message), d.severity);
                continue;
            }
            Diagnostic other = d;  // not in an inject: the scenario no longer fits its new injects
            other.file = m_scenario;
            other.line = 0;
            other.column = 0;
            other.message = (d.path.isEmpty() ? QString() : d.path + QStringLiteral(": ")) + inRowTerms(d.message) +
                            QStringLiteral(" (with the injects of %1)").arg(m_csv);
            m_result.diagnostics.push_back(std::move(other));
        }
        if (!hasErrors(m_result.diagnostics))
            m_result.scenario = std::move(loaded.scenario);
    }

    QString m_csv;
    QString m_scenario;
    std::vector<int> m_rows;  ///< spreadsheet row of each inject
    QJsonArray m_injects;
    ImportResult m_result;
};

}  // namespace

ImportResult importCsv(const QByteArray &csv, const QString &csvName, const Scenario &into, const QString &scenarioName)
{
    const SuggestionScope suggestions;
    if (csv.size() > kMaxMselBytes) {
        ImportResult result;
        Diagnostic d;
        d.file = csvName;
        d.message = QStringLiteral("the file is %1 bytes; an MSEL spreadsheet may be at most %2 MiB "
                                   "(see docs/input-limits.md)")
                        .arg(csv.size())
                        .arg(kMaxMselBytes / (1024 * 1024));
        result.diagnostics.push_back(d);
        return result;
    }
    return Importer(csvName, scenarioName).run(csv, into);
}

}  // namespace cd::scenario::msel
