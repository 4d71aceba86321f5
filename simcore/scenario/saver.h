#pragma once
// Writes a scenario as stable, pretty, diff-friendly JSON: keys in the documented order,
// two-space indent, one key per line, UTF-8 without escaping non-ASCII, trailing newline.
// load -> save -> load gives an equal Scenario; save -> load -> save gives identical bytes.

#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>

namespace cd::scenario {

QByteArray saveScenario(const Scenario &s);
/// Writes atomically (QSaveFile); returns false with `error` set on failure.
bool saveScenarioFile(const Scenario &s, const QString &path, QString *error = nullptr);

}  // namespace cd::scenario
