#include "net/observedroomendpoint.h"

#include "exercise/visibility.h"
#include "net/remoteroomendpoint.h"

#include <QJsonArray>

namespace cd::net {

std::optional<std::vector<exercise::RoomDirectory>> ObservedRoomEndpoint::directoriesOf(const QJsonObject &welcome,
                                                                                        QString *error)
{
    if (welcome.value(QLatin1String("role")).toString() != QLatin1String("observer")) {
        *error = QStringLiteral("not an observer seat's welcome");
        return std::nullopt;
    }
    const QJsonObject dirs = welcome.value(QLatin1String("directories")).toObject();
    std::vector<exercise::RoomDirectory> out;
    for (const QJsonValue &v : welcome.value(QLatin1String("list")).toArray()) {
        const QString room = v.toString();
        QString why;
        std::optional<exercise::RoomDirectory> d = exercise::RoomDirectory::fromJson(dirs.value(room).toObject(), &why);
        if (!d || d->room != room) {
            *error = QStringLiteral("the welcome has no directory of room \"%1\"%2")
                         .arg(room.left(64), why.isEmpty() ? QString() : QStringLiteral(": ") + why);
            return std::nullopt;
        }
        out.push_back(std::move(*d));
    }
    if (out.empty()) {
        *error = QStringLiteral("the observer seat's welcome names no room");
        return std::nullopt;
    }
    return out;
}

ObservedRoomEndpoint::ObservedRoomEndpoint(RemoteRoomEndpoint &link, std::shared_ptr<const scenario::Scenario> rooms,
                                           QString room)
    : m_link(link), m_rooms(std::move(rooms)), m_room(std::move(room))
{}

exercise::Outcome ObservedRoomEndpoint::perform(const QJsonObject &)
{
    return exercise::Outcome::refused(QStringLiteral("an observer seat watches only"));
}

std::vector<exercise::Event> ObservedRoomEndpoint::eventsSince(qint64 afterSeq)
{
    std::vector<exercise::Event> out;
    for (exercise::Event &e : m_link.eventsSince(afterSeq))
        if (exercise::visibleTo(*m_rooms, e, m_room))
            out.push_back(std::move(e));
    return out;
}

void ObservedRoomEndpoint::subscribe(EventHandler handler)
{
    // The link keeps its handlers for good: this one holds what it needs, not the endpoint.
    m_link.subscribe([rooms = m_rooms, room = m_room, handler = std::move(handler)](const exercise::Event &e) {
        if (exercise::visibleTo(*rooms, e, room))
            handler(e);
    });
}

}  // namespace cd::net
