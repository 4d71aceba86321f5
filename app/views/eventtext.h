#pragma once
// Small helpers shared by the console and the room windows to show event payloads: a text that
// is a string or {"ja","en"}, exercise minutes as "+HH:MM" and as a clock time of day.

#include <QJsonValue>
#include <QString>

namespace cd::gui {

/// A payload text (a string or {"ja": ..., "en": ...}) in `lang`, falling back to the other.
QString payloadText(const QJsonValue &v, const QString &lang);
/// Minutes from the start as "+HH:MM".
QString offsetText(int minute);
/// Minutes from the start as a time of day, given the start "HH:MM" (empty start: "+HH:MM").
QString clockText(int minute, const QString &start);
/// A message kind (report, advisory, query, other) in the UI language: 情報連絡, 情報提供, ...
QString kindText(const QString &kind);
/// A hypothesis verdict (correct, partial, wrong; anything else: not judged yet) in the UI language.
QString verdictText(const QString &verdict);
/// A response request's state (requested, approved, declined, applied; anything else: available).
QString requestStateText(const QString &state);
/// A call's status (ringing, answered, ended, missed, declined, busy, failed) in the UI language.
QString callStatusText(const QString &status);

}  // namespace cd::gui

namespace cd::gui {
/// The UI language in use ("ja" or "en"): follows the installed translator, so every window
/// agrees with the Language menu without being handed the Translations object.
QString uiLanguage();
}  // namespace cd::gui
