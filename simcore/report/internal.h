#pragma once
// Helpers shared by the report's sources (not part of the API).

#include "exercise/vocab.h"
#include "report/report.h"

#include <QJsonValue>

namespace cd::report {

using exercise::Kind;
using exercise::kindOf;

/// A text value of a payload (string or {"ja","en"}) in `lang`, falling back to the other.
QString textOf(const QJsonValue &v, const QString &lang);
/// A string or a list of strings, as a list.
QStringList listOf(const QJsonValue &v);

/// The who-told-whom matrix, the first reports/advisories to reach rooms, and where knowledge
/// of the cause stopped (metrics.cpp).
void informationFlow(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r);
/// Busy, missed, failed and declined calls and unread mail per room (metrics.cpp).
void channelsOf(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r);
/// Expectations of conditional or skipped injects that never fired, once the exercise ended:
/// status "na" (applicable.cpp).
void markNotApplicable(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r);
/// Channel failures from the model's trajectory (channels.phone.down_at_q, channels.mail delay).
void outagesOf(const scenario::Scenario &s, Report *r);

}  // namespace cd::report
