#pragma once
// Internal to the MSEL export and import: the column indexes of msel::columns().

#include <QLatin1String>

namespace cd::scenario::msel {

enum Column : int {
    ColId,
    ColTime,
    ColCondition,
    ColChannel,
    ColFrom,
    ColTo,
    ColCc,
    ColSubject,
    ColBody,
    ColExpectedAction,
    ColExpectedRoom,
    ColExpectedWithinMin,
    ColTheme,
    ColControlNotes,
    ColDetails,
    ColumnCount
};

inline constexpr QLatin1String kJa{"ja"};

}  // namespace cd::scenario::msel
