#pragma once
// The report documents' words in Japanese and English. The engine has no Qt translation files
// (those live in the app), so the documents carry their own small bilingual table.

#include <QString>

namespace cd::report {

/// The text for `key` in `lang` ("ja" or "en"; anything else is English). Unknown keys come back
/// as the key itself, so a missing entry shows instead of vanishing.
QString tr(const QString &lang, const char *key);

/// A vocabulary word of the format (message kinds, actions, roles, channels, exercise kinds) in
/// `lang`; unknown words come back unchanged.
QString word(const QString &lang, const QString &value);

}  // namespace cd::report
