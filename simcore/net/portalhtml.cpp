#include "net/portalhtml.h"

#include "exercise/exercise.h"
#include "exercise/visibility.h"

#include <QJsonObject>
#include <QUrl>

namespace cd::net::portal {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A text value (string or {"ja","en"}) as escaped HTML; multi-line text keeps its lines.
QString text(const QJsonValue &v, bool multiline = false)
{
    const auto one = [multiline](const QString &s) {
        QString h = esc(s);
        if (multiline)
            h.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
        return h;
    };
    if (!v.isObject())
        return one(v.toString());
    const QJsonObject o = v.toObject();
    const QString ja = o.value(QLatin1String("ja")).toString();
    const QString en = o.value(QLatin1String("en")).toString();
    if (ja.isEmpty() || en.isEmpty() || ja == en)
        return one(ja.isEmpty() ? en : ja);
    return QStringLiteral("<span lang=\"ja\">%1</span> <span lang=\"en\" class=\"en\">%2</span>").arg(one(ja), one(en));
}

QString link(const QString &room, const QString &site, const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("/room/%1/site/%2%3").arg(room, site, path), "/"))
        .toHtmlEscaped();
}

QString frame(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1</title><style>"
                          "body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;max-width:60em;margin:2em auto;"
                          "padding:0 1em;color:#1b1f24;line-height:1.5}"
                          "header{border-bottom:2px solid #2f5d8a;margin-bottom:1em}h1{font-size:1.4em;margin:.2em 0}"
                          ".en{color:#57606a}.meta{color:#57606a;font-size:.9em}section{margin:1.2em 0}"
                          "ul{padding-left:1.2em}label{display:block;margin:.4em 0 .1em}"
                          "input,select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.3em}"
                          "textarea{min-height:8em}button{margin-top:.6em;padding:.4em 1.2em;font:inherit}"
                          "</style></head><body>%2</body></html>\n")
        .arg(esc(title), content);
}

bool mayPost(const scenario::Site &site, const QString &room)
{
    return site.post.contains(room) || site.post.contains(QLatin1String("all"));
}

bool mayRead(const scenario::Site &site, const QString &room)
{
    return site.read.contains(room) || site.read.contains(QLatin1String("all"));
}

QString roomTitle(const scenario::Scenario &s, const QString &room)
{
    const scenario::Room *r = s.room(room);
    return r ? r->name.get(QStringLiteral("ja")) : room;
}

}  // namespace

RoomPages collect(exercise::Exercise &exercise, const QString &room)
{
    RoomPages pages;
    for (const store::Event &e : exercise.log().readVisibleTo(room)) {
        if (exercise::kindOf(e) != exercise::Kind::PagePosted || !exercise::visibleTo(exercise.scenario(), e, room))
            continue;
        PageView p;
        p.site = e.payload.value(QLatin1String("site")).toString();
        p.path = e.payload.value(QLatin1String("path")).toString();
        p.title = e.payload.value(QLatin1String("title"));
        p.body = e.payload.value(QLatin1String("body"));
        p.version = e.payload.value(QLatin1String("version")).toInt();
        p.minute = e.minute;
        p.by = e.payload.value(QLatin1String("by")).toString();
        pages[{p.site, p.path}] = p;
    }
    return pages;
}

QString indexPage(const scenario::Scenario &s, const QString &room, const RoomPages &pages, const QString &csrf)
{
    QString content = QStringLiteral("<header><div class=\"meta\">%1</div><h1>%2</h1></header>")
                          .arg(esc(s.meta.title.get(QStringLiteral("ja"))), esc(roomTitle(s, room)));
    QString postSites;
    for (const scenario::Site &site : s.sites) {
        if (!mayRead(site, room))
            continue;
        content += QStringLiteral("<section><h2>%1</h2><ul>").arg(esc(site.name.get(QStringLiteral("ja"))));
        int n = 0;
        for (const auto &[key, page] : pages) {
            if (key.first != site.id)
                continue;
            ++n;
            content += QStringLiteral("<li><a href=\"%1\">%2</a> <span class=\"meta\">%3 v%4</span></li>")
                           .arg(link(room, site.id, page.path), text(page.title), esc(page.path))
                           .arg(page.version);
        }
        if (n == 0)
            content += QStringLiteral("<li class=\"meta\">(no pages yet)</li>");
        content += QStringLiteral("</ul></section>");
        if (mayPost(site, room))
            postSites += QStringLiteral("<option value=\"%1\">%2</option>")
                             .arg(esc(site.id), esc(site.name.get(QStringLiteral("ja"))));
    }
    if (!postSites.isEmpty())
        content +=
            QStringLiteral("<section><h2>Post a page</h2><form method=\"post\" action=\"post\">"
                           "<input type=\"hidden\" name=\"csrf\" value=\"%1\">"
                           "<label for=\"site\">Site</label><select id=\"site\" name=\"site\">%2</select>"
                           "<label for=\"path\">Path</label><input id=\"path\" name=\"path\" value=\"/\" required>"
                           "<label for=\"title\">Title</label><input id=\"title\" name=\"title\" required>"
                           "<label for=\"body\">Text</label><textarea id=\"body\" name=\"body\"></textarea>"
                           "<label for=\"name\">Your name</label><input id=\"name\" name=\"name\">"
                           "<button type=\"submit\">Post</button></form></section>")
                .arg(esc(csrf), postSites);
    return frame(roomTitle(s, room), content);
}

QString sitePage(const scenario::Scenario &s, const QString &room, const PageView &page)
{
    const scenario::Site *site = s.site(page.site);
    const QString siteName = site ? site->name.get(QStringLiteral("ja")) : page.site;
    const QString content =
        QStringLiteral("<header><div class=\"meta\"><a href=\"%8\">%1</a> &rsaquo; %2</div><h1>%3</h1></header>"
                       "<article>%4</article><p class=\"meta\">%5 &middot; v%6 &middot; %7</p>")
            .arg(esc(roomTitle(s, room)), esc(siteName), text(page.title), text(page.body, true),
                 esc(scenario::formatOffset(page.minute)))
            .arg(page.version)
            .arg(esc(page.by),
                 QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("/room/%1/").arg(room), "/")));
    QString title =
        page.title.isObject() ? page.title.toObject().value(QLatin1String("ja")).toString() : page.title.toString();
    return frame(title, content);
}

QString errorPage(const QString &title, const QString &message)
{
    return frame(title, QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(title), esc(message)));
}

}  // namespace cd::net::portal
