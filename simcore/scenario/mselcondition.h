#pragma once
// The MSEL spreadsheet's `condition` column (msel.h): when a conditional or by-hand inject fires,
// in words a spreadsheet user can read and edit, instead of JSON in `details`:
//   by hand                                   {"contingency": true}
//   when power q>=0.5                         {"when": {"node": "power", "q_ge": 0.5}}
//   when breach power                         {"when": {"breach": "power"}}
//   when fired I-003 +00:30 delay +00:10      {"when": {"fired": "I-003", "plus": "+00:30"},
//                                              "delay": "+00:10"}
//   when met E-003 / missed E-003 / response R-1
//   when all(breach power; not(met E-003))    "all", "any" (items separated by ";") and "not"
//   by hand, or when any(...)                 a contingency inject that also has a condition
// Keywords are English and case-insensitive; ids are written as in the scenario.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cd::scenario::msel {

/// The cell for an inject's "when", "delay" and "contingency" (as the scenario file writes
/// them); nullopt when the cell cannot say them exactly (they then stay in `details`).
std::optional<QString> conditionCell(const QJsonObject &inject);
/// The keys ("when", "delay", "contingency") a condition cell stands for; nullopt with `error`
/// (naming the character where it went wrong) when the cell does not read.
std::optional<QJsonObject> parseConditionCell(const QString &cell, QString *error);

}  // namespace cd::scenario::msel
