#pragma once
// Join links for the people at their desks (docs/user-guide.en.md "Get ready"): every
// room's join URL and every control-team seat's (docs/protocol.md "Seats") (and its browser link when the web portal
// runs) as one CSV for the control team and as printable sheets, one per room, with each link as a QR code, so that
// nobody types a 32-character token. Written by `crossdrill serve --handouts DIR` and the console's host dialog. The
// files hold the tokens in clear: they are created readable by their owner only.

#include "scenario/scenario.h"

#include <QString>

#include <vector>

namespace cd::control {

struct JoinLink
{
    QString id;           ///< room id, or seat id
    scenario::Text name;  ///< the room's name; for a seat, the names of its rooms or personas
    QString joinUrl;      ///< ws(s)://HOST:PORT/room/ID?token=… for `crossdrill join`
    QString browserUrl;   ///< http(s)://… the web portal's sign-in link; empty without a portal
    QString seatRole;     ///< a seat's role as `serve --seat` takes it ("whitecell:press"); empty for a room
};

/// An SVG drawing of `text` as a QR code (error correction M, 4 modules of quiet zone), or an
/// empty string when the text does not fit in one.
QString qrCodeSvg(const QString &text);

/// Writes DIR/join-links.csv and DIR/join-handouts.html for `links` (DIR is created if needed);
/// false with `error` set when a file cannot be written. `lang` ("ja" or "en") picks the
/// sheets' language and the rooms' names.
bool writeJoinHandouts(const QString &dir, const QString &exerciseTitle, const std::vector<JoinLink> &links,
                       const QString &lang, QString *error);

}  // namespace cd::control
