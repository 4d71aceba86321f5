// Mail: send, reply, forward, read; delivery (delayed, never lost, when the mail channel's node
// degrades: channels.mail.delay_min_per_q).
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

#include <algorithm>
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
void MailDesk::post(const QString &actor, const QString &from, const QStringList &to, const QStringList &cc,
                    MailPayload content)
{
    if (content.mail.isEmpty()) {
        // The first "mail-N" from the count on that no mail or inject has: generated numbers only
        // grow and every one up to the last is taken, so only inject ids need checking past it.
        int k = std::max(m_cx.state.mails.count(), m_cx.state.mails.lastNumbered()) + 1;
        while (m_cx.scenario.inject(QStringLiteral("mail-%1").arg(k)))
            ++k;
        content.mail = QStringLiteral("mail-%1").arg(k);
    }
    content.from = from;
    content.to = to;
    content.cc = cc;
    if (!content.thread)
        content.thread = content.mail;
    const QJsonObject message = content.toJson();
    m_cx.record(Kind::MailSent, actor, message);
    int delay = 0;
    if (const auto &mail = m_cx.scenario.channels.mail; mail && mail->delayMinPerQ)
        delay = int(std::lround(*mail->delayMinPerQ * m_cx.model.q(mail->node)));
    if (delay > 0) {
        MailPayload delayed;
        delayed.mail = content.mail;
        delayed.deliverAt = m_cx.state.minute + delay;
        m_cx.record(Kind::MailDelayed, QStringLiteral("system"), delayed.toJson());
        return;
    }
    m_cx.record(Kind::MailDelivered, QStringLiteral("system"), message);
}

void MailDesk::deliverDue(int t)
{
    std::vector<QJsonObject> due;
    for (const MailState *m : m_cx.state.mails.due(t))
        due.push_back(m->message);
    for (const QJsonObject &message : due)
        m_cx.record(Kind::MailDelivered, QStringLiteral("system"), message);
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

Outcome MailDesk::send(const QString &actor, const QJsonObject &action)
{
    const bool control = actor == QLatin1String("control");
    const QString from = action.contains(QLatin1String("from")) ? str(action, "from") : actor;
    if (!control && from != actor)
        return Outcome::refused(QStringLiteral("room \"%1\" may not send mail as \"%2\"").arg(actor, from));
    if (control && from != QLatin1String("control") &&
        !(from.startsWith(QLatin1String("persona:")) && m_cx.scenario.persona(from.mid(8))))
        return Outcome::refused(
            QStringLiteral("the control team sends mail as \"control\" or a persona, not \"%1\"").arg(from));
    const QStringList to = stringList(action.value(QLatin1String("to")));
    const QStringList cc = stringList(action.value(QLatin1String("cc")));
    if (to.isEmpty())
        return Outcome::refused(QStringLiteral("a mail needs at least one recipient"));
    if (const QString bad = badRecipient(m_cx.scenario, to + cc); !bad.isEmpty())
        return Outcome::refused(bad);
    const QString kind = action.contains(QLatin1String("kind")) ? str(action, "kind") : QStringLiteral("other");
    if (!messageKinds().contains(kind))
        return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
    MailPayload content;
    content.kind = kind;
    content.subject = action.value(QLatin1String("subject"));
    content.body = action.value(QLatin1String("body"));
    content.attachments = action.value(QLatin1String("attachments")).toArray();
    if (action.contains(QLatin1String("reply_to"))) {
        const MailState *parent = m_cx.mail(str(action, "reply_to"));
        if (!parent || !canSee(*parent, actor))
            return Outcome::refused(QStringLiteral("unknown mail \"%1\"").arg(str(action, "reply_to")));
        content.replyTo = parent->id;
        content.thread = parent->thread;
    }
    post(actor, from, to, cc, content);
    return {};
}

Outcome MailDesk::replyOrForward(const QString &actor, const QJsonObject &action, bool forward)
{
    const MailState *parent = m_cx.mail(str(action, "mail"));
    if (!parent || !canSee(*parent, actor))
        return Outcome::refused(QStringLiteral("unknown mail \"%1\"").arg(str(action, "mail")));
    QJsonObject mail = exercise::action(Verb::Mail);
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
        const QString bad = badRecipient(m_cx.scenario, stringList(mail.value(QLatin1String("to"))));
        if (!bad.isEmpty())
            return Outcome::refused(bad);
        const QStringList to = stringList(mail.value(QLatin1String("to")));
        const QStringList cc = stringList(mail.value(QLatin1String("cc")));
        if (to.isEmpty())
            return Outcome::refused(QStringLiteral("a mail needs at least one recipient"));
        if (const QString badCc = badRecipient(m_cx.scenario, cc); !badCc.isEmpty())
            return Outcome::refused(badCc);
        const QString kind = mail.contains(QLatin1String("kind")) ? str(mail, "kind") : QStringLiteral("other");
        if (!messageKinds().contains(kind))
            return Outcome::refused(QStringLiteral("unknown message kind \"%1\"").arg(kind));
        QJsonObject forwarded = parent->message;
        forwarded.remove(QStringLiteral("thread"));
        MailPayload content;
        content.kind = kind;
        content.subject = mail.value(QLatin1String("subject"));
        content.body = mail.value(QLatin1String("body"));
        content.attachments = mail.value(QLatin1String("attachments")).toArray();
        content.forwarded = forwarded;
        post(actor, actor, to, cc, content);
        return {};
    }
    return send(actor, mail);
}

Outcome MailDesk::markRead(const QString &actor, const QJsonObject &action)
{
    const MailState *m = m_cx.mail(str(action, "mail"));
    if (!m || !canSee(*m, actor) || m->from == actor)
        return Outcome::refused(QStringLiteral("unknown mail \"%1\" in the inbox").arg(str(action, "mail")));
    if (!m->readBy.contains(actor))
        m_cx.record(Kind::MailRead, actor, MailPayload{.mail = m->id}.toJson());
    return {};
}

}  // namespace cd::exercise
