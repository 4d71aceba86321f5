#pragma once
// What a room's window talks to (docs/architecture.md "one room interface, two transports"). The
// in-process implementation (LocalRoomEndpoint) calls the Exercise directly; the network client
// sends the same actions over a WebSocket. Either way the server side decides: a room acts only
// as itself and receives only the events the visibility rule gives it.
//
// Actions are the player-script language (docs/scenario-format.md "Player scripts") without `at` and `room`;
// the typed helpers below build them.

#include "exercise/outcome.h"
#include "exercise/vocab.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace cd::exercise {

class RoomEndpoint
{
public:
    using EventHandler = std::function<void(const Event &)>;
    virtual ~RoomEndpoint() = default;

    virtual QString roomId() const = 0;
    /// Performs one action as this room; a refusal is recorded (visible to this room and control).
    /// In process the Outcome is the verdict. Over the network (net::RemoteRoomEndpoint) it may
    /// only mean "sent" (ok with seq 0): the verdict then arrives as events (the act's own, or a
    /// "refused" event of this room), so a window must render acceptance from events.
    virtual Outcome perform(const QJsonObject &action) = 0;
    /// Events: over the network eventsSince() answers from the events received so far.
    /// The events this room may see with seq > afterSeq (resuming after a drop or a restart).
    virtual std::vector<Event> eventsSince(qint64 afterSeq) = 0;
    /// Called with each new event this room may see, after it is committed.
    virtual void subscribe(EventHandler handler) = 0;

    // Typed helpers over perform().
    Outcome sendMail(const QStringList &to, const QStringList &cc, const QString &kind, const QString &subject,
                     const QString &body, const QString &replyTo = {});
    Outcome markRead(const QString &mailId);
    Outcome placeCall(const QString &to, const QString &kind = QStringLiteral("other"), const QString &say = {});
    Outcome answerCall(const QString &callId = {});
    Outcome say(const QString &text, const QString &callId = {});
    Outcome hangUp(const QString &callId = {});
    /// Declines a call ringing in this room: a hang-up by the callee before answering
    /// (recorded as call.declined; EVENTS.md). Needs the call's id, so a connected call is
    /// never ended by mistake.
    Outcome declineCall(const QString &callId);
    Outcome postPage(const QString &site, const QString &path, const QString &title, const QString &body);
    Outcome submitHypothesis(const QString &text);
    Outcome requestResponse(const QString &responseId);
    Outcome answerSurvey(const QJsonObject &answers);
};

}  // namespace cd::exercise
