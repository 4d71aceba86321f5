#pragma once
// The MSEL spreadsheet (docs/scenario-format.md "MSEL spreadsheet"): a scenario's injects as CSV rows, and
// back. One row per inject under a header of exactly these columns, in this order:
//   id, time, condition, channel, from, to, cc, subject, body, expected_action, expected_room,
//   expected_within_min, theme, control_notes, details
// (a sheet with the header of before the condition column, without it, still imports).
//
// Column convention (what a spreadsheet user edits):
// - `time` is "+HH:MM" for a timed inject and empty for a condition-triggered one. On import
//   "+MMm" is also accepted, and so are "H:MM" and "H:MM:SS" (what Excel turns "+00:20" into
//   when it re-saves the sheet).
// - `condition` says when a conditional or by-hand inject fires, in words (mselcondition.h:
//   "by hand", "when power q>=0.5 delay +00:10", "when all(breach power; met E-003)"): its
//   `when`, `delay` and `contingency`. A condition the words cannot say exactly stays in details.
// - `to` and `cc` are room ids separated by ";" (spaces around them are ignored).
// - `subject`, `body` and `control_notes` hold the Japanese text of a bilingual text, or the
//   whole text of a plain (single-language) one. The English text of a bilingual one is in
//   details as {"subject": {"en": "..."}}: a text is bilingual exactly when details has such an
//   object for it. To add English to a plain text, add that object; to edit English, edit it.
// - `expected_action`, `expected_room`, `expected_within_min` and `theme` are the first expected
//   action's. Its other keys (id, to) are details' "expected"[0], and expected actions beyond the
//   first are details' "expected"[1], [2], ... in full.
// - `details` is a compact JSON object holding every other key of the inject exactly as the
//   scenario file writes it (when, delay, contingency, script, page, attachments, ...), empty
//   when there is none. A key may also be given in details instead of its column when the
//   column is empty, never in both.
// A row whose cells are all empty is ignored. Rows are numbered as the spreadsheet shows them
// (the header is row 1) and import errors read FILE:ROW: error: COLUMN: MESSAGE.
//
// Round trip: exportCsv -> importCsv into the same scenario gives injects equal to the original
// ones, and exporting that again gives identical bytes.

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd::scenario::msel {

/// The header row.
const QStringList &columns();

/// The header then one row per inject, in the scenario's order.
std::vector<QStringList> exportRows(const Scenario &s);
/// exportRows as CSV bytes for Excel (UTF-8 BOM, CRLF).
QByteArray exportCsv(const Scenario &s);

/// Largest MSEL spreadsheet importCsv reads (docs/input-limits.md).
inline constexpr qint64 kMaxMselBytes = 16LL * 1024 * 1024;

struct ImportResult
{
    std::optional<Scenario> scenario;  ///< `into` with its injects replaced; set iff no error
    Diagnostics diagnostics;
};

/// Replaces the injects of `into` with the rows of `csv` and validates the result with the
/// loader. Problems in a row are reported at `csvName`:ROW; problems elsewhere in the scenario
/// that the new injects cause (e.g. an expected flow naming a removed inject) at `scenarioName`.
ImportResult importCsv(const QByteArray &csv, const QString &csvName, const Scenario &into,
                       const QString &scenarioName = {});

}  // namespace cd::scenario::msel
