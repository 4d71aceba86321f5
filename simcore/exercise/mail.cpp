// Mail: send, reply, forward, read; delivery (delayed, never lost, when the mail channel's node
// degrades: channels.mail.delay_min_per_q).
#include "exercise/exercise.h"
#include "exercise/json.h"

#include <cmath>

namespace cd::exercise {

namespace {

bool canSee(const MailState &m, const QString &actor)
{
    if (actor == QLatin1String("control") || m.from == actor)
        return true;
    return m.delivered && (m.to.contains(actor) || m.cc.contains(actor));
}

const QStringList &messageKinds()
{
    static const QStringList kinds{QStringLiteral("report"), QStringLiteral("advisory"), QStringLiteral("query"),
                                   QStringLiteral("other")};
    return kinds;
}

}  // namespace

/// Records a mail: its sending (seen by a sending room) and its delivery to each room on to/cc,
/// now or after the channel's delay.
void Exercise::postMail(const QString &actor, const QString &from, const QStringList &to, const QStringList &cc,
                        QJsonObject content)
{
    QString id = str(content, "mail");
    if (id.isEmpty()) {
        int k = int(m_state.mails.size()) + 1;
        while (m_state.mail(QStringLiteral("mail-%1").arg(k)) || m_scenario.inject(QStringLiteral("mail-%1").arg(k)))
            ++k;
        id = QStringLiteral("mail-%1").arg(k);
    }
    content.insert(QStringLiteral("mail"), id);
    content.insert(QStringLiteral("from"), from);
    content.insert(QStringLiteral("to"), jsonArray(to));
    content.insert(QStringLiteral("cc"), jsonArray(cc));
    if (!content.contains(QLatin1String("thread")))
        content.insert(QStringLiteral("thread"), id);
    record(QStringLiteral("mail.sent"), actor, content);
    int delay = 0;
    if (const auto &mail = m_scenario.channels.mail; mail && mail->delayMinPerQ)
        delay = int(std::lround(*mail->delayMinPerQ * m_model->q(mail->node)));
    if (delay > 0) {
        record(QStringLiteral("mail.delayed"), QStringLiteral("system"),
               {{QStringLiteral("mail"), id}, {QStringLiteral("deliver_at"), m_state.minute + delay}});
        return;
    }
    record(QStringLiteral("mail.delivered"), QStringLiteral("system"), content);
}

void Exercise::deliverDueMail(int t)
{
    std::vector<QJsonObject> due;
    for (const MailState &m : m_state.mails)
        if (!m.delivered && m.deliverAt <= t)
            due.push_back(m.message);
    for (const QJsonObject &message : due)
        record(QStringLiteral("mail.delivered"), QStringLiteral("system"), message);
}

/// Checks a recipient list; empty when fine, else why not.
static QString badRecipient(const scenario::Scenario &s, const QStringList &list)
{
    for (const QString &r : list) {
        if (r == QLatin1String("control") || s.room(r))
            continue;
        if (r.startsWith(QLatin1String("persona:")) && s.persona(r.mid(8)))
            continue;
        return QStringLiteral("unknown recipient \"%1\"").arg(r);
    }
    return {};
}

Outcome Exercise::sendMail(const QString &actor, const QJsonObject &action)
{
    const bool control = actor == QLatin1String("control");
    const QString from = action.contains(QLatin1String("from")) ? str(action, "from") : actor;
    if (!control && from != actor)
        return Outcome::refused(QStringLiteral("room \"%1\" may not send mail as \"%2\"").arg(actor, from));
    if (control && from != QLatin1String("control") &&
        !(from.startsWith(QLatin1String("persona:")) && m_scenario.persona(from.mid(8))))
        return Outcome::refused(
            QStringLiteral("the control team sends mail as \"control\" or a persona, not \"%1\"").arg(from));
    const QStringList to = stringList(action.value(QLatin1String("to")));
    const QStringList cc = stringList(action.value(QLatin1String("cc")));
    if (to.isEmpty())
        return Outcome::refused(QStringLiteral("a mail needs at least one recipient"));
    if (const QString bad = badRecipient(m_scenario, to + cc); !bad.isEmpty())
        return Outcome::refused(bad);
    const QString kind = action.contains(QLatin1String("kind")) ? str(action, "kind") : QStringLiteral("other");
    if (!messageKinds().contains(kind))
        return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
    QJsonObject content{{QStringLiteral("kind"), kind},
                        {QStringLiteral("subject"), action.value(QLatin1String("subject"))},
                        {QStringLiteral("body"), action.value(QLatin1String("body"))},
                        {QStringLiteral("attachments"), action.value(QLatin1String("attachments")).toArray()}};
    if (action.contains(QLatin1String("reply_to"))) {
        const MailState *parent = m_state.mail(str(action, "reply_to"));
        if (!parent || !canSee(*parent, actor))
            return Outcome::refused(QStringLiteral("unknown mail \"%1\"").arg(str(action, "reply_to")));
        content.insert(QStringLiteral("reply_to"), parent->id);
        content.insert(QStringLiteral("thread"), parent->thread);
    }
    postMail(actor, from, to, cc, content);
    return {};
}

Outcome Exercise::replyOrForward(const QString &actor, const QJsonObject &action, bool forward)
{
    const MailState *parent = m_state.mail(str(action, "mail"));
    if (!parent || !canSee(*parent, actor))
        return Outcome::refused(QStringLiteral("unknown mail \"%1\"").arg(str(action, "mail")));
    QJsonObject mail{{QStringLiteral("do"), QStringLiteral("mail")}};
    for (const char *key : {"kind", "attachments", "cc"})
        if (action.contains(QLatin1String(key)))
            mail.insert(QLatin1String(key), action.value(QLatin1String(key)));
    const QJsonValue subject = parent->message.value(QLatin1String("subject"));
    if (forward) {
        mail.insert(QStringLiteral("to"), action.value(QLatin1String("to")));
        mail.insert(QStringLiteral("subject"), prefixed(QStringLiteral("Fwd: "), subject));
        mail.insert(QStringLiteral("body"), action.value(QLatin1String("body")));
    } else {
        QStringList to{parent->from == actor ? parent->to.value(0) : parent->from};
        QStringList cc;
        if (action.value(QLatin1String("all")).toBool())
            for (const QString &r : parent->to + parent->cc)
                if (r != actor && !to.contains(r))
                    cc << r;
        mail.insert(QStringLiteral("to"), jsonArray(to));
        mail.insert(QStringLiteral("cc"), jsonArray(cc));
        mail.insert(QStringLiteral("subject"), action.contains(QLatin1String("subject"))
                                                   ? action.value(QLatin1String("subject"))
                                                   : prefixed(QStringLiteral("Re: "), subject));
        mail.insert(QStringLiteral("body"), action.value(QLatin1String("body")));
        mail.insert(QStringLiteral("reply_to"), parent->id);
        if (actor == QLatin1String("control"))  // control answers as the persona written to
            for (const QString &r : parent->to + parent->cc)
                if (r.startsWith(QLatin1String("persona:"))) {
                    mail.insert(QStringLiteral("from"), r);
                    break;
                }
    }
    if (forward) {
        // The forwarded message travels inside the new one, as the forwarder saw it.
        const QString bad = badRecipient(m_scenario, stringList(mail.value(QLatin1String("to"))));
        if (!bad.isEmpty())
            return Outcome::refused(bad);
        const QStringList to = stringList(mail.value(QLatin1String("to")));
        const QStringList cc = stringList(mail.value(QLatin1String("cc")));
        if (to.isEmpty())
            return Outcome::refused(QStringLiteral("a mail needs at least one recipient"));
        if (const QString badCc = badRecipient(m_scenario, cc); !badCc.isEmpty())
            return Outcome::refused(badCc);
        const QString kind = mail.contains(QLatin1String("kind")) ? str(mail, "kind") : QStringLiteral("other");
        if (!messageKinds().contains(kind))
            return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
        QJsonObject forwarded = parent->message;
        forwarded.remove(QStringLiteral("thread"));
        QJsonObject content{{QStringLiteral("kind"), kind},
                            {QStringLiteral("subject"), mail.value(QLatin1String("subject"))},
                            {QStringLiteral("body"), mail.value(QLatin1String("body"))},
                            {QStringLiteral("attachments"), mail.value(QLatin1String("attachments")).toArray()},
                            {QStringLiteral("forwarded"), forwarded}};
        postMail(actor, actor, to, cc, content);
        return {};
    }
    return sendMail(actor, mail);
}

Outcome Exercise::markRead(const QString &actor, const QJsonObject &action)
{
    const MailState *m = m_state.mail(str(action, "mail"));
    if (!m || !canSee(*m, actor) || m->from == actor)
        return Outcome::refused(QStringLiteral("unknown mail \"%1\" in the inbox").arg(str(action, "mail")));
    if (!m->readBy.contains(actor))
        record(QStringLiteral("mail.read"), actor, {{QStringLiteral("mail"), m->id}});
    return {};
}

}  // namespace cd::exercise
