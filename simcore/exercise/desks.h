#pragma once
// The engine's handlers, one per channel or concern, around the shared Context (context.h).
// Each turns commands into events (through Context::record) and checks what it is asked against
// the scenario and the live state; none changes the state itself (fold.cpp does). Exercise owns
// one of each (struct Desks) and drives them: the minute loop (exercise.cpp) and the verb table
// (verbs.cpp) call into them.

#include "exercise/context.h"
#include "exercise/outcome.h"
#include "exercise/payloads.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace cd::exercise {

/// The model's side (modelevents.cpp): stepping it, logging label changes and breaches,
/// applying approved mitigations and live shocks (as the report's re-run does, modelrun.h).
class ModelDesk
{
public:
    explicit ModelDesk(Context &cx) : m_cx(cx) {}
    void step(int t);
    void applyChange(Kind kind, const QJsonObject &payload);

private:
    Context &m_cx;
};

/// Mail (mail.cpp): send, reply, forward, read; delivery, delayed when the channel degrades.
class MailDesk
{
public:
    explicit MailDesk(Context &cx) : m_cx(cx) {}
    Outcome send(const QString &actor, const QJsonObject &action);
    Outcome replyOrForward(const QString &actor, const QJsonObject &action, bool forward);
    Outcome markRead(const QString &actor, const QJsonObject &action);
    void post(const QString &actor, const QString &from, const QStringList &to, const QStringList &cc,
              MailPayload content);
    void deliverDue(int t);

private:
    Context &m_cx;
};

/// Phone (phone.cpp): lines, ringing, answering, speaking, hanging up, declining, missed calls.
class PhoneDesk
{
public:
    explicit PhoneDesk(Context &cx) : m_cx(cx) {}
    Outcome place(const QString &actor, const QJsonObject &action);
    void ring(const QString &actor, const QString &from, const QString &to, const QString &kind,
              const QJsonValue &opening);
    Outcome answer(const QString &actor, const QJsonObject &action);
    Outcome say(const QString &actor, const QJsonObject &action);
    Outcome hangUp(const QString &actor, const QJsonObject &action);
    void missUnanswered(int t);

private:
    const CallState *find(const QString &actor, const QJsonObject &action, bool ringing, bool calleeOnly,
                          QString *why) const;
    int linesInUse(const QString &party) const;
    Context &m_cx;
};

/// Web (web.cpp): versioned pages on the scenario's sites.
class WebDesk
{
public:
    explicit WebDesk(Context &cx) : m_cx(cx) {}
    Outcome post(const QString &actor, const QJsonObject &action);
    void publish(const QString &actor, const QString &site, const QString &path, const QJsonValue &title,
                 const QJsonValue &body);

private:
    Context &m_cx;
};

/// Play and judging (play.cpp): hypotheses and verdicts, response requests and approvals,
/// the survey, evaluator observations, live shocks.
class PlayDesk
{
public:
    PlayDesk(Context &cx, ModelDesk &model) : m_cx(cx), m_model(model) {}
    Outcome submitHypothesis(const QString &actor, const QJsonObject &action);
    Outcome judge(const QJsonObject &action);
    Outcome requestResponse(const QString &actor, const QJsonObject &action);
    Outcome decide(const QJsonObject &action, bool approve);
    void applyDueResponses(int t);
    Outcome answerSurvey(const QString &actor, const QJsonObject &action);
    Outcome observe(const QJsonObject &action);
    Outcome addShock(const QJsonObject &action);

private:
    void approve(const RequestState &request);
    Context &m_cx;
    ModelDesk &m_model;
};

/// The scenario's injects (scheduler.cpp): firing at their time or condition, and the control
/// team's fire now, skip and delay.
class InjectDesk
{
public:
    InjectDesk(Context &cx, MailDesk &mail, PhoneDesk &phone, WebDesk &web)
        : m_cx(cx), m_mail(mail), m_phone(phone), m_web(web)
    {}
    void fireDue(int t);
    Outcome control(Verb verb, const QJsonObject &action);

private:
    void fire(const scenario::Inject &inject, const QString &reason, bool manual);
    Context &m_cx;
    MailDesk &m_mail;
    PhoneDesk &m_phone;
    WebDesk &m_web;
};

/// Expected actions and flows (expectations.cpp): met by matching acts, missed when their
/// window closes, or marked by hand.
class Expectations
{
public:
    explicit Expectations(Context &cx) : m_cx(cx) {}
    void matchAct(const Event &act);
    void closeExpired(int t);
    Outcome mark(const QJsonObject &action);

private:
    Context &m_cx;
};

struct Desks
{
    explicit Desks(Context &cx)
        : model(cx), mail(cx), phone(cx), web(cx), play(cx, model), injects(cx, mail, phone, web), expectations(cx)
    {}
    ModelDesk model;
    MailDesk mail;
    PhoneDesk phone;
    WebDesk web;
    PlayDesk play;
    InjectDesk injects;
    Expectations expectations;
};

}  // namespace cd::exercise
