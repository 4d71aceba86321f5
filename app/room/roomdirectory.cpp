#include "room/roomdirectory.h"

#include <QCoreApplication>

namespace cd::gui {

namespace {
bool listed(const QStringList &list, const QString &room)
{
    return list.contains(room) || list.contains(QLatin1String("all"));
}
}  // namespace

RoomDirectory RoomDirectory::fromScenario(const scenario::Scenario &s, const QString &room)
{
    RoomDirectory d;
    d.room = room;
    if (const scenario::Room *r = s.room(room)) {
        d.roomName = r->name;
        QStringList own = r->sectors;
        if (!r->sector.isEmpty() && !own.contains(r->sector))
            own.prepend(r->sector);
        for (const QString &id : own)
            if (const scenario::Node *n = s.node(id))
                d.sectors.push_back({n->id, n->name, false});
    }
    d.title = s.meta.title;
    d.start = s.meta.start;
    for (const scenario::Room &r : s.rooms)
        d.parties.push_back({r.id, r.name, false});
    for (const scenario::Persona &p : s.personas)
        d.parties.push_back({QStringLiteral("persona:") + p.id, p.name, true});
    for (const scenario::Site &site : s.sites)
        if (listed(site.read, room))
            d.sites.push_back({site.id, site.name, listed(site.post, room)});
    for (const scenario::Response &r : s.responses)
        if (r.rooms.isEmpty() || listed(r.rooms, room))
            d.responses.push_back({r.id, r.name, r.approval == scenario::Approval::Control});
    d.survey = s.survey;
    return d;
}

QString RoomDirectory::nameOf(const QString &id, const QString &lang) const
{
    if (id == QLatin1String("control") || id == QLatin1String("system"))
        return QCoreApplication::translate("cd::gui::RoomDirectory", "Control (事務局)");
    for (const Party &p : parties)
        if (p.id == id)
            return p.name.isEmpty() ? id : p.name.get(lang);
    return id;
}

}  // namespace cd::gui
