#pragma once
// The in-process room endpoint: a room window on the control machine. Acts as exactly one room;
// sees only what the visibility rule lets that room see.

#include "exercise/roomendpoint.h"

namespace cd::exercise {

class Exercise;

class LocalRoomEndpoint final : public RoomEndpoint
{
public:
    LocalRoomEndpoint(Exercise &exercise, const QString &room);

    QString roomId() const override { return m_room; }
    Outcome perform(const QJsonObject &action) override;
    std::vector<store::Event> eventsSince(qint64 afterSeq) override;
    void subscribe(EventHandler handler) override;

private:
    Exercise &m_exercise;
    QString m_room;
};

}  // namespace cd::exercise
