// The one table of verbs (EVENTS.md "The vocabulary"): each verb's wire name, the keys it
// accepts (in the order the player-script reader lists them), the keys a script must give, who
// may perform it and the engine's handler. Exercise::perform(), the player-script reader, the
// network server (through perform) and the GUI (through action()) all read it.
#include "exercise/desks.h"
#include "exercise/exercise.h"
#include "exercise/json.h"
#include "exercise/vocab.h"

namespace cd::exercise {

const std::vector<VerbInfo> &verbs()
{
    using P = Performer;
    using X = Exercise;
    using A = const QString &;
    using O = const QJsonObject &;
    static const std::vector<VerbInfo> table{
        {Verb::Mail, QStringLiteral("mail"),
         keyList({"to", "cc", "kind", "subject", "body", "reply_to", "attachments", "from"}), keyList({"to"}),
         P::Anyone, [](X &x, A a, O o) { return x.m_desks->mail.send(a, o); }},
        {Verb::Reply, QStringLiteral("reply"), keyList({"mail", "body", "kind", "subject", "attachments", "all"}),
         keyList({"mail"}), P::Anyone, [](X &x, A a, O o) { return x.m_desks->mail.replyOrForward(a, o, false); }},
        {Verb::Forward, QStringLiteral("forward"), keyList({"mail", "to", "cc", "body", "kind"}),
         keyList({"mail", "to"}), P::Anyone, [](X &x, A a, O o) { return x.m_desks->mail.replyOrForward(a, o, true); }},
        {Verb::Read, QStringLiteral("read"), keyList({"mail"}), keyList({"mail"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->mail.markRead(a, o); }},
        {Verb::Call, QStringLiteral("call"), keyList({"to", "say", "kind", "from"}), keyList({"to"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.place(a, o); }},
        {Verb::Answer,
         QStringLiteral("answer"),
         keyList({"call", "persona"}),
         {},
         P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.answer(a, o); }},
        {Verb::Say, QStringLiteral("say"), keyList({"call", "text", "persona"}), keyList({"text"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.say(a, o); }},
        {Verb::Hangup,
         QStringLiteral("hangup"),
         keyList({"call", "persona"}),
         {},
         P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.hangUp(a, o); }},
        {Verb::Post, QStringLiteral("post"), keyList({"site", "path", "title", "body"}), keyList({"site", "path"}),
         P::Anyone, [](X &x, A a, O o) { return x.m_desks->web.post(a, o); }},
        {Verb::Hypothesis, QStringLiteral("hypothesis"), keyList({"text"}), keyList({"text"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.submitHypothesis(a, o); }},
        {Verb::Request, QStringLiteral("request"), keyList({"response"}), keyList({"response"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.requestResponse(a, o); }},
        {Verb::Survey, QStringLiteral("survey"), keyList({"answers"}), keyList({"answers"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.answerSurvey(a, o); }},
        {Verb::Judge, QStringLiteral("judge"), keyList({"hypothesis", "hypothesis_of", "verdict", "note"}),
         keyList({"verdict"}), P::ControlOnly, [](X &x, A, O o) { return x.m_desks->play.judge(o); }},
        {Verb::Approve,
         QStringLiteral("approve"),
         keyList({"response", "of", "request", "reason"}),
         {},
         P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->play.decide(o, true); }},
        {Verb::Decline,
         QStringLiteral("decline"),
         keyList({"response", "of", "request", "reason"}),
         {},
         P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->play.decide(o, false); }},
        {Verb::Fire, QStringLiteral("fire"), keyList({"inject", "reason"}), keyList({"inject"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Fire, o); }},
        {Verb::Skip, QStringLiteral("skip"), keyList({"inject", "reason"}), keyList({"inject"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Skip, o); }},
        {Verb::Delay, QStringLiteral("delay"), keyList({"inject", "by", "reason"}), keyList({"inject", "by"}),
         P::ControlOnly, [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Delay, o); }},
        {Verb::Mark, QStringLiteral("mark"), keyList({"expected", "as", "reason"}), keyList({"expected", "as"}),
         P::ControlOnly, [](X &x, A, O o) { return x.m_desks->expectations.mark(o); }},
        {Verb::Observe, QStringLiteral("observe"), keyList({"objective", "rating", "text", "events"}),
         keyList({"rating"}), P::ControlOnly, [](X &x, A, O o) { return x.m_desks->play.observe(o); }},
        {Verb::Shock, QStringLiteral("shock"), keyList({"node", "c", "from", "to"}), keyList({"node", "c"}),
         P::ControlOnly, [](X &x, A, O o) { return x.m_desks->play.addShock(o); }},
    };
    return table;
}

const VerbInfo *verbInfo(const QString &name)
{
    for (const VerbInfo &v : verbs())
        if (v.name == name)
            return &v;
    return nullptr;
}

const VerbInfo &verbInfo(Verb verb)
{
    for (const VerbInfo &v : verbs())
        if (v.verb == verb)
            return v;
    Q_UNREACHABLE();
}

QJsonObject action(Verb verb, QJsonObject keys)
{
    keys.insert(QStringLiteral("do"), verbName(verb));
    return keys;
}

}  // namespace cd::exercise
