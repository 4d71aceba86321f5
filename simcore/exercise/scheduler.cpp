// The scheduler: injects fire at their time (`at`) or when their condition holds (`when`, with
// `delay` counted from the minute it first held), at most once, in scenario order. Contingency
// injects without a condition fire only by hand. The control team can fire now, skip or delay.
#include "exercise/conditions.h"
#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/payloads.h"

namespace cd::exercise {

void InjectDesk::fireDue(int t)
{
    for (const scenario::Inject &inject : m_cx.scenario.injects) {
        const InjectState st = m_cx.state.inject(inject.id);
        if (st.firedMin || st.skipped)
            continue;
        bool due = false;
        if (inject.when) {
            std::optional<int> held = st.armedMin;
            if (!held && holds(*inject.when, ConditionContext{m_cx.scenario, m_cx.state, m_cx.model, t})) {
                held = t;
                if (inject.delayMin + st.extraDelayMin > 0)
                    m_cx.record(Kind::InjectArmed, QStringLiteral("system"),
                                InjectPayload{.inject = inject.id, .firstHeld = t}.toJson());
            }
            due = held && *held + inject.delayMin + st.extraDelayMin <= t;
        } else if (inject.atMin && !inject.contingency) {
            due = *inject.atMin + st.extraDelayMin <= t;
        }
        if (due)
            fire(inject, {}, false);
    }
}

void InjectDesk::fire(const scenario::Inject &inject, const QString &reason, bool manual)
{
    InjectPayload fired{.inject = inject.id, .channel = scenario::toString(inject.channel)};
    if (manual) {
        fired.manual = true;
        fired.reason = reason;
    }
    m_cx.record(Kind::InjectFired, QStringLiteral("control"), fired.toJson());
    switch (inject.channel) {
    case scenario::Channel::Mail: {
        QJsonArray attachments;
        for (const QString &a : inject.attachments)
            attachments << a;
        m_mail.post(inject.from, inject.from, inject.to, inject.cc,
                    MailPayload{.mail = inject.id,
                                .kind = QStringLiteral("other"),
                                .subject = textJson(inject.subject),
                                .body = textJson(inject.body),
                                .attachments = attachments});
        break;
    }
    case scenario::Channel::Phone:
        for (const QString &to : inject.to)
            m_phone.ring(inject.from, inject.from, to, QStringLiteral("other"),
                         inject.script.isEmpty() ? textJson(inject.body) : textJson(inject.script));
        break;
    case scenario::Channel::Web:
        if (inject.page)
            m_web.publish(inject.from, inject.page->site, inject.page->path, textJson(inject.page->title),
                          textJson(inject.page->body));
        break;
    }
}

Outcome InjectDesk::control(Verb verb, const QJsonObject &action)
{
    const scenario::Inject *inject = m_cx.scenario.inject(str(action, "inject"));
    if (!inject)
        return Outcome::refused(QStringLiteral("unknown inject \"%1\"").arg(str(action, "inject")));
    const InjectState st = m_cx.state.inject(inject->id);
    if (st.firedMin)
        return Outcome::refused(QStringLiteral("inject \"%1\" has already fired").arg(inject->id));
    if (st.skipped)
        return Outcome::refused(QStringLiteral("inject \"%1\" was skipped").arg(inject->id));
    const QJsonValue reason = action.value(QLatin1String("reason"));
    if (verb == Verb::Fire) {
        fire(*inject, reason.toString(), true);
    } else if (verb == Verb::Skip) {
        m_cx.record(Kind::InjectSkipped, QStringLiteral("control"),
                    InjectPayload{.inject = inject->id, .reason = reason}.toJson());
    } else {
        const QJsonValue by = action.value(QLatin1String("by"));
        const std::optional<int> minutes =
            by.isDouble() ? std::optional<int>(by.toInt()) : scenario::parseOffset(by.toString());
        if (!minutes || *minutes <= 0)
            return Outcome::refused(QStringLiteral("\"by\" must be a positive number of minutes or \"+HH:MM\""));
        m_cx.record(Kind::InjectDelayed, QStringLiteral("control"),
                    InjectPayload{.inject = inject->id, .reason = reason, .by = *minutes}.toJson());
    }
    return {};
}

}  // namespace cd::exercise
