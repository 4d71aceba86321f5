#pragma once
// Writes a scenario as stable, pretty, diff-friendly JSON: keys in the documented order,
// two-space indent, one key per line, UTF-8 without escaping non-ASCII, trailing newline.
// load -> save -> load gives an equal Scenario; save -> load -> save gives identical bytes.

#include "scenario/scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cd::scenario {

/// `written`, when given, is the file the scenario was read from: the keys its author spelled
/// out with their default value are kept (keepwritten.h) instead of being left out.
QByteArray saveScenario(const Scenario &s, const QByteArray &written = {});
/// One inject as the JSON object saveScenario writes for it (the MSEL `details` column and the
/// CSV import build on this; QJsonObject orders keys alphabetically, which is stable).
QJsonObject injectToJson(const Inject &inject);

/// Writes atomically (QSaveFile); returns false with `error` set on failure.
bool saveScenarioFile(const Scenario &s, const QString &path, QString *error = nullptr, const QByteArray &written = {});

}  // namespace cd::scenario
