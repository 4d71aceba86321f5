#include "control/joinhandouts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <qrencode.h>

#include <memory>

namespace cd::control {

namespace {

struct JoinHandouts
{
    Q_DECLARE_TR_FUNCTIONS(JoinHandouts)
};

QByteArray csvField(const QString &s)
{
    QByteArray u = s.toUtf8();
    if (!u.contains(',') && !u.contains('"') && !u.contains('\n') && !u.contains('\r'))
        return u;
    u.replace("\"", "\"\"");
    return '"' + u + '"';
}

bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = JoinHandouts::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    // Before anything is written: the links are the rooms' keys.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        *error = JoinHandouts::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString linkBlock(const QString &heading, const QString &how, const QString &url)
{
    QString out = QStringLiteral("<div class=\"link\"><h2>%1</h2>").arg(heading.toHtmlEscaped());
    if (const QString svg = qrCodeSvg(url); !svg.isEmpty())
        out += QStringLiteral("<div class=\"qr\">") + svg + QStringLiteral("</div>");
    out += QStringLiteral("<p class=\"how\">%1</p><p class=\"url\">%2</p></div>")
               .arg(how.toHtmlEscaped(), url.toHtmlEscaped());
    return out;
}

/// A control-team seat's sheet: its id and role, the program's link only.
QString seatSheet(const QString &title, const JoinLink &link, const QString &lang)
{
    const QString names = link.name.get(lang);
    QString out =
        QStringLiteral("<section class=\"sheet\"><p class=\"exercise\">%1</p><h1>%2</h1>"
                       "<p class=\"id\">%3</p>")
            .arg(
                title.toHtmlEscaped(), JoinHandouts::tr("Control-team seat %1").arg(link.id).toHtmlEscaped(),
                QString(link.seatRole + (names.isEmpty() ? QString() : QStringLiteral(" — ") + names)).toHtmlEscaped());
    out += linkBlock(JoinHandouts::tr("With the CrossDrill program"),
                     JoinHandouts::tr("Run: crossdrill join followed by this address."), link.joinUrl);
    out += QStringLiteral("<p class=\"note\">%1</p></section>\n")
               .arg(JoinHandouts::tr("Keep this sheet with you: anyone with this link sits at this control-team "
                                     "seat. The control team can issue a new link at any time.")
                        .toHtmlEscaped());
    return out;
}

QString sheet(const QString &title, const JoinLink &link, const QString &lang)
{
    if (!link.seatRole.isEmpty())
        return seatSheet(title, link, lang);
    QString out = QStringLiteral("<section class=\"sheet\"><p class=\"exercise\">%1</p><h1>%2</h1>"
                                 "<p class=\"id\">%3</p>")
                      .arg(title.toHtmlEscaped(), link.name.get(lang).toHtmlEscaped(),
                           JoinHandouts::tr("Room id: %1").arg(link.id).toHtmlEscaped());
    if (!link.browserUrl.isEmpty())
        out += linkBlock(JoinHandouts::tr("In a web browser"),
                         JoinHandouts::tr("Scan the code or open this address; nothing to install."), link.browserUrl);
    out += linkBlock(JoinHandouts::tr("With the CrossDrill program"),
                     JoinHandouts::tr("Run: crossdrill join followed by this address."), link.joinUrl);
    out += QStringLiteral("<p class=\"note\">%1</p></section>\n")
               .arg(JoinHandouts::tr("Keep this sheet within your room: anyone with this link can act as the "
                                     "room. The control team can issue a new link at any time.")
                        .toHtmlEscaped());
    return out;
}

}  // namespace

QString qrCodeSvg(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int kQuiet = 4;
    const int n = code->width;
    const int size = n + 2 * kQuiet;
    // One path: a rectangle per run of dark modules (bit 0 of each byte) in a row, on white.
    QString path;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n;) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < n && (code->data[y * n + x + run] & 1))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + kQuiet).arg(y + kQuiet).arg(run);
            x += run;
        }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\"><rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
                          "<path fill=\"#000\" d=\"%2\"/></svg>")
        .arg(size)
        .arg(path);
}

bool writeJoinHandouts(const QString &dir, const QString &exerciseTitle, const std::vector<JoinLink> &links,
                       const QString &lang, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = JoinHandouts::tr("%1: cannot create the folder").arg(dir);
        return false;
    }
    QByteArray csv = "room,name_ja,name_en,join_url,browser_url,seat_role\r\n";  // seat_role: empty for a room
    for (const JoinLink &l : links) {
        const QString plain = l.name.bilingual ? QString() : l.name.plain;
        csv += csvField(l.id) + ',' + csvField(l.name.bilingual ? l.name.ja : plain) + ',' +
               csvField(l.name.bilingual ? l.name.en : plain) + ',' + csvField(l.joinUrl) + ',' +
               csvField(l.browserUrl) + ',' + csvField(l.seatRole) + "\r\n";
    }
    QString html = QStringLiteral("<!doctype html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<title>%2</title><style>\n"
                                  "@page { size: A4; margin: 15mm }\n"
                                  "body { font-family: 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif; color: #000 }\n"
                                  ".sheet { break-after: page; page-break-after: always }\n"
                                  ".exercise { font-size: 11pt; margin: 0 }\n"
                                  "h1 { font-size: 26pt; margin: 4mm 0 1mm }\n"
                                  ".id { font-size: 11pt; margin: 0 0 6mm }\n"
                                  ".link { margin: 0 0 6mm }\n"
                                  "h2 { font-size: 15pt; margin: 0 0 2mm }\n"
                                  ".qr svg { width: 55mm; height: 55mm }\n"
                                  ".url { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; "
                                  "word-break: break-all; margin: 1mm 0 }\n"
                                  ".how { margin: 1mm 0 }\n"
                                  ".note { font-size: 10pt; border-top: 1px solid #000; padding-top: 2mm }\n"
                                  "</style></head><body>\n")
                       .arg(lang == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en"),
                            JoinHandouts::tr("%1: join links").arg(exerciseTitle).toHtmlEscaped());
    for (const JoinLink &l : links)
        html += sheet(exerciseTitle, l, lang);
    html += QStringLiteral("</body></html>\n");
    return writeOwnerOnly(QDir(dir).filePath(QStringLiteral("join-links.csv")), csv, error) &&
           writeOwnerOnly(QDir(dir).filePath(QStringLiteral("join-handouts.html")), html.toUtf8(), error);
}

}  // namespace cd::control
