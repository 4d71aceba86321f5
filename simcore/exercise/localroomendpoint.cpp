#include "exercise/localroomendpoint.h"

#include "exercise/exercise.h"
#include "exercise/visibility.h"

namespace cd::exercise {

LocalRoomEndpoint::LocalRoomEndpoint(Exercise &exercise, const QString &room) : m_exercise(exercise), m_room(room) {}

Outcome LocalRoomEndpoint::perform(const QJsonObject &action)
{
    // The endpoint names the actor: whatever the action says, it acts as this room.
    return m_exercise.perform(m_room, action);
}

std::vector<store::Event> LocalRoomEndpoint::eventsSince(qint64 afterSeq)
{
    std::vector<store::Event> out;
    for (store::Event &e : m_exercise.log().readVisibleTo(m_room, afterSeq))
        if (visibleTo(m_exercise.scenario(), e, m_room))
            out.push_back(std::move(e));
    return out;
}

void LocalRoomEndpoint::subscribe(EventHandler handler)
{
    const scenario::Scenario *s = &m_exercise.scenario();
    m_exercise.addListener([s, room = m_room, handler = std::move(handler)](const store::Event &e) {
        // A live event carries the audience the visibility rule gave it when it was recorded: a
        // room outside it is passed over without deriving it again (20 windows hear every event);
        // a room inside it is still re-checked by the rule itself.
        if (!e.visibleTo(room))
            return;
        if (visibleTo(*s, e, room))
            handler(e);
    });
}

}  // namespace cd::exercise
