#pragma once
// The scenario sections edited as JSON fragments (objectives, personas, sites, responses,
// channels, expected flows, survey): the fragment as the saver writes it, and back through the
// strict loader, so a fragment is checked exactly as a file would be.

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace cd::editor {

/// The section keys, as in the file ("objectives" is meta.objectives).
const QStringList &jsonSections();
/// The section's JSON as saveScenario writes it (indented).
QByteArray sectionJson(const scenario::Scenario &s, const QString &section);
/// `s` with `section` replaced by `fragment`; nullopt with diagnostics (paths into the whole
/// scenario, e.g. "sites[1].read[0]") when the fragment or the result is invalid.
std::optional<scenario::Scenario> withSectionJson(const scenario::Scenario &s, const QString &section,
                                                  const QByteArray &fragment, scenario::Diagnostics *diagnostics);

}  // namespace cd::editor
