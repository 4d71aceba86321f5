#pragma once
// The font the PDF report is written in, chosen so that its text can be searched and copied.
//
// Qt's PDF writer maps each embedded glyph back to text through a ToUnicode table that it builds
// by asking the font, for every code point from U+0000 up, which glyph it draws, and keeping the
// first code point found for each glyph. Noto Sans CJK JP draws several code points with one
// glyph: the Kangxi radical U+2F47 and the ideograph U+65E5 (日) share one, as do U+2027 and
// U+30FB (・). The lowest code point wins, so pdftotext gave back "⽇" for "日". A copy of the
// font whose character map keeps, for each shared glyph, only the code point that text uses
// (the unified ideograph, the kana punctuation) makes the table map back to what was printed.
// The copy is a standalone OpenType font cut out of the system's collection (.ttc) under its own
// family name, written once to the cache folder and registered with the application.

#include <QByteArray>
#include <QString>

namespace cd::gui {

/// The family to write PDF text in: the repaired copy of Noto Sans CJK JP when it could be made,
/// else "Noto Sans CJK JP" itself (the PDF is still right to read, only less searchable).
QString pdfFontFamily();

/// The repaired standalone font cut from the collection `ttc` (its face named `family`), with
/// family name `newFamily`; empty when `ttc` is not a collection holding that face. Exposed for
/// the tests.
QByteArray repairedCjkFont(const QByteArray &ttc, const QString &family, const QString &newFamily,
                           const QString &style);

/// The code points the repaired font drops: those sharing a glyph with the code point text
/// really uses (a CJK radical or compatibility ideograph beside its unified ideograph, general
/// punctuation beside CJK punctuation or kana).
bool isShadowedCodePoint(uint codePoint, uint preferred);

}  // namespace cd::gui
