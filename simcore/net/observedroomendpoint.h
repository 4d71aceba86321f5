#pragma once
// One room as an observer seat watches it (docs/protocol.md "Seats"): a read-only RoomEndpoint
// over the seat's link, so the player's RoomWindow can show it. The seat's stream is the union of
// its rooms' views; each room's endpoint keeps the events whose audience holds that room, by the
// server's own rule (exercise::visibleTo over scenarioOfRooms(), seats.h), in seq order and each
// once (the link drops what it already holds after a reconnect). perform() sends nothing: an
// observer does nothing, and the server would refuse it anyway.

#include "exercise/roomdirectory.h"
#include "exercise/roomendpoint.h"

#include <memory>
#include <optional>
#include <vector>

namespace cd::net {

class RemoteRoomEndpoint;

class ObservedRoomEndpoint final : public exercise::RoomEndpoint
{
public:
    /// The rooms' directories of an observer seat's welcome, in the order of its `list`;
    /// nullopt (with `error`) when the welcome is not an observer's or a directory is missing
    /// or malformed.
    static std::optional<std::vector<exercise::RoomDirectory>> directoriesOf(const QJsonObject &welcome,
                                                                             QString *error);

    /// Room `room` of `rooms` (scenarioOfRooms() of the seat's directories) over `link`, which
    /// must outlive the endpoint. A handler given to subscribe() may outlive the endpoint.
    ObservedRoomEndpoint(RemoteRoomEndpoint &link, std::shared_ptr<const scenario::Scenario> rooms, QString room);

    QString roomId() const override { return m_room; }
    /// Refused at once: "an observer seat watches only".
    exercise::Outcome perform(const QJsonObject &action) override;
    std::vector<exercise::Event> eventsSince(qint64 afterSeq) override;
    void subscribe(EventHandler handler) override;

private:
    RemoteRoomEndpoint &m_link;
    std::shared_ptr<const scenario::Scenario> m_rooms;
    QString m_room;
};

}  // namespace cd::net
