// The one table of verbs (EVENTS.md "The vocabulary"): each verb's wire name, the keys it
// accepts (in the order the player-script reader lists them), the keys a script must give, who
// may perform it and the engine's handler. Exercise::perform(), the player-script reader, the
// network server (through perform) and the GUI (through action()) all read it.
#include "exercise/desks.h"
#include "exercise/exercise.h"
#include "exercise/vocab.h"

namespace cd::exercise {

namespace {

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    return out;
}

}  // namespace

const std::vector<VerbInfo> &verbs()
{
    using P = Performer;
    using X = Exercise;
    using A = const QString &;
    using O = const QJsonObject &;
    static const std::vector<VerbInfo> table{
        {Verb::Mail, QStringLiteral("mail"),
         keys({"to", "cc", "kind", "subject", "body", "reply_to", "attachments", "from"}), keys({"to"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->mail.send(a, o); }},
        {Verb::Reply, QStringLiteral("reply"), keys({"mail", "body", "kind", "subject", "attachments", "all"}),
         keys({"mail"}), P::Anyone, [](X &x, A a, O o) { return x.m_desks->mail.replyOrForward(a, o, false); }},
        {Verb::Forward, QStringLiteral("forward"), keys({"mail", "to", "cc", "body", "kind"}), keys({"mail", "to"}),
         P::Anyone, [](X &x, A a, O o) { return x.m_desks->mail.replyOrForward(a, o, true); }},
        {Verb::Read, QStringLiteral("read"), keys({"mail"}), keys({"mail"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->mail.markRead(a, o); }},
        {Verb::Call, QStringLiteral("call"), keys({"to", "say", "kind", "from"}), keys({"to"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.place(a, o); }},
        {Verb::Answer,
         QStringLiteral("answer"),
         keys({"call", "persona"}),
         {},
         P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.answer(a, o); }},
        {Verb::Say, QStringLiteral("say"), keys({"call", "text", "persona"}), keys({"text"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.say(a, o); }},
        {Verb::Hangup,
         QStringLiteral("hangup"),
         keys({"call", "persona"}),
         {},
         P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->phone.hangUp(a, o); }},
        {Verb::Post, QStringLiteral("post"), keys({"site", "path", "title", "body"}), keys({"site", "path"}), P::Anyone,
         [](X &x, A a, O o) { return x.m_desks->web.post(a, o); }},
        {Verb::Hypothesis, QStringLiteral("hypothesis"), keys({"text"}), keys({"text"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.submitHypothesis(a, o); }},
        {Verb::Request, QStringLiteral("request"), keys({"response"}), keys({"response"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.requestResponse(a, o); }},
        {Verb::Survey, QStringLiteral("survey"), keys({"answers"}), keys({"answers"}), P::RoomOnly,
         [](X &x, A a, O o) { return x.m_desks->play.answerSurvey(a, o); }},
        {Verb::Judge, QStringLiteral("judge"), keys({"hypothesis", "hypothesis_of", "verdict", "note"}),
         keys({"verdict"}), P::ControlOnly, [](X &x, A, O o) { return x.m_desks->play.judge(o); }},
        {Verb::Approve,
         QStringLiteral("approve"),
         keys({"response", "of", "request", "reason"}),
         {},
         P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->play.decide(o, true); }},
        {Verb::Decline,
         QStringLiteral("decline"),
         keys({"response", "of", "request", "reason"}),
         {},
         P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->play.decide(o, false); }},
        {Verb::Fire, QStringLiteral("fire"), keys({"inject", "reason"}), keys({"inject"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Fire, o); }},
        {Verb::Skip, QStringLiteral("skip"), keys({"inject", "reason"}), keys({"inject"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Skip, o); }},
        {Verb::Delay, QStringLiteral("delay"), keys({"inject", "by", "reason"}), keys({"inject", "by"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->injects.control(Verb::Delay, o); }},
        {Verb::Mark, QStringLiteral("mark"), keys({"expected", "as", "reason"}), keys({"expected", "as"}),
         P::ControlOnly, [](X &x, A, O o) { return x.m_desks->expectations.mark(o); }},
        {Verb::Observe, QStringLiteral("observe"), keys({"objective", "rating", "text", "events"}), keys({"rating"}),
         P::ControlOnly, [](X &x, A, O o) { return x.m_desks->play.observe(o); }},
        {Verb::Shock, QStringLiteral("shock"), keys({"node", "c", "from", "to"}), keys({"node", "c"}), P::ControlOnly,
         [](X &x, A, O o) { return x.m_desks->play.addShock(o); }},
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
