#include "exercise/roomendpoint.h"

#include "exercise/json.h"
#include "exercise/vocab.h"

namespace cd::exercise {

namespace {

QJsonObject act(Verb verb)
{
    return action(verb);
}

}  // namespace

Outcome RoomEndpoint::sendMail(const QStringList &to, const QStringList &cc, const QString &kind,
                               const QString &subject, const QString &body, const QString &replyTo)
{
    QJsonObject a = act(Verb::Mail);
    a.insert(QStringLiteral("to"), jsonArray(to));
    a.insert(QStringLiteral("cc"), jsonArray(cc));
    a.insert(QStringLiteral("kind"), kind);
    a.insert(QStringLiteral("subject"), subject);
    a.insert(QStringLiteral("body"), body);
    if (!replyTo.isEmpty())
        a.insert(QStringLiteral("reply_to"), replyTo);
    return perform(a);
}

Outcome RoomEndpoint::markRead(const QString &mailId)
{
    QJsonObject a = act(Verb::Read);
    a.insert(QStringLiteral("mail"), mailId);
    return perform(a);
}

Outcome RoomEndpoint::placeCall(const QString &to, const QString &kind, const QString &say)
{
    QJsonObject a = act(Verb::Call);
    a.insert(QStringLiteral("to"), to);
    a.insert(QStringLiteral("kind"), kind);
    if (!say.isEmpty())
        a.insert(QStringLiteral("say"), say);
    return perform(a);
}

Outcome RoomEndpoint::answerCall(const QString &callId)
{
    QJsonObject a = act(Verb::Answer);
    if (!callId.isEmpty())
        a.insert(QStringLiteral("call"), callId);
    return perform(a);
}

Outcome RoomEndpoint::say(const QString &text, const QString &callId)
{
    QJsonObject a = act(Verb::Say);
    a.insert(QStringLiteral("text"), text);
    if (!callId.isEmpty())
        a.insert(QStringLiteral("call"), callId);
    return perform(a);
}

Outcome RoomEndpoint::hangUp(const QString &callId)
{
    QJsonObject a = act(Verb::Hangup);
    if (!callId.isEmpty())
        a.insert(QStringLiteral("call"), callId);
    return perform(a);
}

Outcome RoomEndpoint::declineCall(const QString &callId)
{
    QJsonObject a = act(Verb::Hangup);
    a.insert(QStringLiteral("call"), callId);
    return perform(a);
}

Outcome RoomEndpoint::postPage(const QString &site, const QString &path, const QString &title, const QString &body)
{
    QJsonObject a = act(Verb::Post);
    a.insert(QStringLiteral("site"), site);
    a.insert(QStringLiteral("path"), path);
    a.insert(QStringLiteral("title"), title);
    a.insert(QStringLiteral("body"), body);
    return perform(a);
}

Outcome RoomEndpoint::submitHypothesis(const QString &text)
{
    QJsonObject a = act(Verb::Hypothesis);
    a.insert(QStringLiteral("text"), text);
    return perform(a);
}

Outcome RoomEndpoint::requestResponse(const QString &responseId)
{
    QJsonObject a = act(Verb::Request);
    a.insert(QStringLiteral("response"), responseId);
    return perform(a);
}

Outcome RoomEndpoint::answerSurvey(const QJsonObject &answers)
{
    QJsonObject a = act(Verb::Survey);
    a.insert(QStringLiteral("answers"), answers);
    return perform(a);
}

}  // namespace cd::exercise
