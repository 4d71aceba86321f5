#pragma once
// The typed payloads of the exercise's events (EVENTS.md has the table of which kind carries
// which keys). Each struct's JSON conversion is written once, here: fromJson() reads any
// payload of its family, toJson() writes exactly the keys that are set (std::optional, or a
// defined QJsonValue), so the engine's logs stay byte-identical to those recorded before.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::exercise {

/// call.ringing/busy/failed/answered/ended/missed/declined/say/opening
struct CallPayload
{
    QString call{};
    QString from{};                          ///< caller (say: speaker); empty on call.opening
    QString to{};                            ///< callee (say: listener)
    std::optional<QString> kind{};           ///< message kind: ringing, busy, failed, say
    std::optional<QString> reason{};         ///< failed
    QJsonValue text{QJsonValue::Undefined};  ///< say, opening: a string or {"ja","en"}

    static CallPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// mail.sent/delivered (the message), mail.delayed (mail, deliver_at), mail.read (mail)
struct MailPayload
{
    QString mail{};
    std::optional<QString> from{};
    std::optional<QStringList> to{};
    std::optional<QStringList> cc{};
    std::optional<QString> kind{};
    QJsonValue subject{QJsonValue::Undefined};  ///< a string or {"ja","en"}
    QJsonValue body{QJsonValue::Undefined};
    std::optional<QJsonArray> attachments{};
    std::optional<QString> thread{};
    std::optional<QString> replyTo{};
    std::optional<QJsonObject> forwarded{};  ///< the forwarded message, as the forwarder saw it
    std::optional<int> deliverAt{};          ///< mail.delayed

    static MailPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// page.posted
struct PagePayload
{
    QString site{};
    QString path{};
    QJsonValue title{QJsonValue::Undefined};
    QJsonValue body{QJsonValue::Undefined};
    int version = 1;
    QString by{};

    static PagePayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// hypothesis.submitted (hypothesis, room, text), hypothesis.judged (+ verdict, note)
struct HypothesisPayload
{
    QString hypothesis{};
    QString room{};
    QJsonValue text{QJsonValue::Undefined};
    std::optional<QString> verdict{};  ///< correct, partial, wrong
    QJsonValue note{QJsonValue::Undefined};

    static HypothesisPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// response.requested/approved/declined/applied
struct RequestPayload
{
    QString request{};
    QString response{};
    QString room{};
    std::optional<int> effective{};            ///< approved: the minute the effect reaches the model
    QJsonValue reason{QJsonValue::Undefined};  ///< declined

    static RequestPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// model.status (node, label, q), model.breach (node, start, at)
struct ModelPayload
{
    QString node{};
    std::optional<QString> label{};  ///< ok, degraded, down
    std::optional<double> q{};
    std::optional<int> start{};
    std::optional<int> at{};

    static ModelPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// shock.added
struct ShockPayload
{
    QString node{};
    double c = 0;
    int from = 0;
    std::optional<int> to{};

    static ShockPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// inject.fired (inject, channel, manual?, reason?), inject.armed (inject, first_held),
/// inject.skipped (inject, reason), inject.delayed (inject, by, reason)
struct InjectPayload
{
    QString inject{};
    std::optional<QString> channel{};
    std::optional<bool> manual{};
    QJsonValue reason{QJsonValue::Undefined};
    std::optional<int> by{};
    std::optional<int> firstHeld{};

    static InjectPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// expected.met/missed (expected, inject?, room?, act?, manual?, reason?), flow.met/missed (flow, act?)
struct ExpectationPayload
{
    QString expected{};  ///< empty for flows
    QString flow{};      ///< empty for expected actions
    std::optional<QString> inject{};
    std::optional<QString> room{};
    std::optional<qint64> act{};
    std::optional<bool> manual{};
    QJsonValue reason{QJsonValue::Undefined};

    static ExpectationPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// survey.answered
struct SurveyPayload
{
    QString room{};
    QJsonObject answers{};

    static SurveyPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// observation
struct ObservationPayload
{
    QString objective{};
    QString rating{};  ///< P, S, M, U
    QJsonValue text{QJsonValue::Undefined};
    QJsonArray events{};

    static ObservationPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// refused
struct RefusedPayload
{
    QJsonObject action{};
    QString reason{};

    static RefusedPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

/// clock.started (start), clock.speed (speed: a number or "max"), exercise.ended (early?)
struct ClockPayload
{
    std::optional<QString> start{};
    QJsonValue speed{QJsonValue::Undefined};
    std::optional<bool> early{};

    static ClockPayload fromJson(const QJsonObject &p);
    QJsonObject toJson() const;
};

}  // namespace cd::exercise
