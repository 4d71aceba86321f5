// Web: simulated sites whose pages have versions; a room reads the sites listed for it and
// posts only where `post` allows it.
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

namespace cd::exercise {

void WebDesk::publish(const QString &actor, const QString &site, const QString &path, const QJsonValue &title,
                      const QJsonValue &body)
{
    const auto it = m_cx.state.pageVersions.find(site + QLatin1Char('\n') + path);
    const int version = it == m_cx.state.pageVersions.end() ? 1 : it->second + 1;
    m_cx.record(Kind::PagePosted, actor,
                PagePayload{.site = site, .path = path, .title = title, .body = body, .version = version, .by = actor}
                    .toJson());
}

Outcome WebDesk::post(const QString &actor, const QJsonObject &action)
{
    const scenario::Site *site = m_cx.scenario.site(str(action, "site"));
    if (!site)
        return Outcome::refused(QStringLiteral("unknown site \"%1\"").arg(str(action, "site")));
    const bool control = actor == QLatin1String("control");
    if (!control && !site->post.contains(actor) && !site->post.contains(QLatin1String("all")))
        return Outcome::refused(QStringLiteral("room \"%1\" may not post on site \"%2\"").arg(actor, site->id));
    const QString path = str(action, "path");
    if (!path.startsWith(QLatin1Char('/')))
        return Outcome::refused(QStringLiteral("a page path starts with \"/\" (got \"%1\")").arg(path));
    publish(actor, site->id, path, action.value(QLatin1String("title")), action.value(QLatin1String("body")));
    return {};
}

}  // namespace cd::exercise
