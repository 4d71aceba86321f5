#pragma once
// Small fillers shared by the section pages' forms: the verification themes, graph nodes,
// rooms (with "all") and other id pickers, and optional numbers typed into a line edit.

#include "scenario/scenario.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;

namespace cd::editor::fields {

/// The five verification themes (検証課題, docs/domain.md) as items whose data is 1-5; with
/// `withNone` a first item "none" whose data is 0.
void fillThemes(QComboBox *combo, bool withNone = false);
/// Replaces the items by `ids` (data = id), keeping nothing else; `current` is selected, and
/// added (marked unknown) when it is not among them, so a dangling reference stays visible.
void fillIds(QComboBox *combo, const QStringList &ids, const QString &current);
/// The node ids of the graph.
QStringList nodeIds(const scenario::Scenario &s);
/// (id, name) of every room, with "all" first when `withAll`.
QList<std::pair<QString, QString>> roomChoices(const scenario::Scenario &s, const QString &lang, bool withAll);
/// A number as typed ("" is absent; "inf" is accepted when `allowInf`); nullopt when empty or
/// not a number.
std::optional<double> parseNumber(const QString &text, bool allowInf = false);
QString formatNumber(std::optional<double> value);

template<typename T> QStringList idsOf(const std::vector<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids << item.id;
    return ids;
}
/// `pattern` ("O%1") with the first number from taken.size() + 1 that gives an unused id.
QString freshId(const QString &pattern, const QStringList &taken);

}  // namespace cd::editor::fields
