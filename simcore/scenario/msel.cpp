// MSEL export (the convention is in msel.h). Each inject is first written as the JSON object
// the scenario file holds (injectToJson); every key that has a column moves into its cell when
// its value has the column's shape, and whatever is left becomes the details cell, so nothing
// can be lost whatever keys the format grows.
#include "scenario/msel.h"

#include "scenario/csv.h"
#include "scenario/mselcolumns.h"
#include "scenario/mselcondition.h"
#include "scenario/saver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cd::scenario::msel {

const QStringList &columns()
{
    static const QStringList header{QStringLiteral("id"),
                                    QStringLiteral("time"),
                                    QStringLiteral("condition"),
                                    QStringLiteral("channel"),
                                    QStringLiteral("from"),
                                    QStringLiteral("to"),
                                    QStringLiteral("cc"),
                                    QStringLiteral("subject"),
                                    QStringLiteral("body"),
                                    QStringLiteral("expected_action"),
                                    QStringLiteral("expected_room"),
                                    QStringLiteral("expected_within_min"),
                                    QStringLiteral("theme"),
                                    QStringLiteral("control_notes"),
                                    QStringLiteral("details")};
    return header;
}

namespace {

/// Moves a string value out of `o` into `cell`.
void takeString(QJsonObject &o, const QString &key, QString &cell)
{
    if (const QJsonValue v = o.value(key); v.isString()) {
        cell = v.toString();
        o.remove(key);
    }
}

/// Moves a whole number out of `o` into `cell`.
void takeInteger(QJsonObject &o, const QString &key, QString &cell)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::fabs(d) > 1e15)
        return;
    cell = QString::number(static_cast<qint64>(d));
    o.remove(key);
}

/// Moves a list of ids out of `o` into `cell` as "a;b"; kept in details if it cannot be.
void takeList(QJsonObject &o, const QString &key, QString &cell)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return;
    QStringList items;
    for (const QJsonValue &item : v.toArray()) {
        const QString s = item.toString();
        if (!item.isString() || s.isEmpty() || s.contains(QLatin1Char(';')) || s.trimmed() != s)
            return;
        items << s;
    }
    cell = items.join(QLatin1Char(';'));
    o.remove(key);
}

/// A plain text moves whole; a bilingual one leaves its other languages in details.
void takeText(QJsonObject &o, const QString &key, QString &cell)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        cell = v.toString();
        o.remove(key);
    } else if (v.isObject() && v.toObject().value(kJa).isString()) {
        QJsonObject rest = v.toObject();
        cell = rest.take(kJa).toString();
        o.insert(key, rest);
    }
}

void takeExpected(QJsonObject &o, QStringList &cells)
{
    QJsonArray list = o.value(QLatin1String("expected")).toArray();
    if (list.isEmpty() || !list.first().isObject())
        return;
    QJsonObject first = list.first().toObject();
    takeString(first, QStringLiteral("action"), cells[ColExpectedAction]);
    takeString(first, QStringLiteral("room"), cells[ColExpectedRoom]);
    takeInteger(first, QStringLiteral("within_min"), cells[ColExpectedWithinMin]);
    takeInteger(first, QStringLiteral("theme"), cells[ColTheme]);
    if (first.isEmpty() && list.size() == 1) {
        o.remove(QLatin1String("expected"));
        return;
    }
    list[0] = first;
    o.insert(QLatin1String("expected"), list);
}

QStringList rowOf(const Inject &inject)
{
    QJsonObject o = injectToJson(inject);
    QStringList cells(ColumnCount);
    takeString(o, QStringLiteral("id"), cells[ColId]);
    takeString(o, QStringLiteral("at"), cells[ColTime]);
    if (const auto condition = conditionCell(o)) {
        cells[ColCondition] = *condition;
        for (const char *key : {"when", "delay", "contingency"})
            o.remove(QLatin1String(key));
    }
    takeString(o, QStringLiteral("channel"), cells[ColChannel]);
    takeString(o, QStringLiteral("from"), cells[ColFrom]);
    takeList(o, QStringLiteral("to"), cells[ColTo]);
    takeList(o, QStringLiteral("cc"), cells[ColCc]);
    takeText(o, QStringLiteral("subject"), cells[ColSubject]);
    takeText(o, QStringLiteral("body"), cells[ColBody]);
    takeExpected(o, cells);
    takeText(o, QStringLiteral("control_notes"), cells[ColControlNotes]);
    if (!o.isEmpty())
        cells[ColDetails] = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return cells;
}

}  // namespace

std::vector<QStringList> exportRows(const Scenario &s)
{
    std::vector<QStringList> rows;
    rows.reserve(s.injects.size() + 1);
    rows.push_back(columns());
    for (const Inject &inject : s.injects)
        rows.push_back(rowOf(inject));
    return rows;
}

QByteArray exportCsv(const Scenario &s)
{
    return csv::write(exportRows(s));
}

}  // namespace cd::scenario::msel
