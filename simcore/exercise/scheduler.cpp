// The scheduler: injects fire at their time (`at`) or when their condition holds (`when`, with
// `delay` counted from the minute it first held), at most once, in scenario order. Contingency
// injects without a condition fire only by hand. The control team can fire now, skip or delay.
#include "exercise/conditions.h"
#include "exercise/exercise.h"
#include "exercise/json.h"

namespace cd::exercise {

void Exercise::fireDueInjects(int t)
{
    for (const scenario::Inject &inject : m_scenario.injects) {
        const InjectState st = m_state.injects[inject.id];
        if (st.firedMin || st.skipped)
            continue;
        bool due = false;
        if (inject.when) {
            std::optional<int> held = st.armedMin;
            if (!held && holds(*inject.when, ConditionContext{m_scenario, m_state, *m_model, t})) {
                held = t;
                if (inject.delayMin + st.extraDelayMin > 0)
                    record(QStringLiteral("inject.armed"), QStringLiteral("system"),
                           {{QStringLiteral("inject"), inject.id}, {QStringLiteral("first_held"), t}});
            }
            due = held && *held + inject.delayMin + st.extraDelayMin <= t;
        } else if (inject.atMin && !inject.contingency) {
            due = *inject.atMin + st.extraDelayMin <= t;
        }
        if (due)
            fireInject(inject, {}, false);
    }
}

void Exercise::fireInject(const scenario::Inject &inject, const QString &reason, bool manual)
{
    QJsonObject fired{{QStringLiteral("inject"), inject.id},
                      {QStringLiteral("channel"), scenario::toString(inject.channel)}};
    if (manual) {
        fired.insert(QStringLiteral("manual"), true);
        fired.insert(QStringLiteral("reason"), reason);
    }
    record(QStringLiteral("inject.fired"), QStringLiteral("control"), fired);
    switch (inject.channel) {
    case scenario::Channel::Mail: {
        QJsonArray attachments;
        for (const QString &a : inject.attachments)
            attachments << a;
        postMail(inject.from, inject.from, inject.to, inject.cc,
                 {{QStringLiteral("mail"), inject.id},
                  {QStringLiteral("kind"), QStringLiteral("other")},
                  {QStringLiteral("subject"), textJson(inject.subject)},
                  {QStringLiteral("body"), textJson(inject.body)},
                  {QStringLiteral("attachments"), attachments}});
        break;
    }
    case scenario::Channel::Phone:
        for (const QString &to : inject.to)
            ring(inject.from, inject.from, to, QStringLiteral("other"),
                 inject.script.isEmpty() ? textJson(inject.body) : textJson(inject.script));
        break;
    case scenario::Channel::Web:
        if (inject.page)
            publish(inject.from, inject.page->site, inject.page->path, textJson(inject.page->title),
                    textJson(inject.page->body));
        break;
    }
}

Outcome Exercise::controlInject(const QString &verb, const QJsonObject &action)
{
    const scenario::Inject *inject = m_scenario.inject(str(action, "inject"));
    if (!inject)
        return Outcome::refused(QStringLiteral("unknown inject \"%1\"").arg(str(action, "inject")));
    const InjectState st = m_state.injects[inject->id];
    if (st.firedMin)
        return Outcome::refused(QStringLiteral("inject \"%1\" has already fired").arg(inject->id));
    if (st.skipped)
        return Outcome::refused(QStringLiteral("inject \"%1\" was skipped").arg(inject->id));
    const QJsonValue reason = action.value(QLatin1String("reason"));
    if (verb == QLatin1String("fire")) {
        fireInject(*inject, reason.toString(), true);
    } else if (verb == QLatin1String("skip")) {
        record(QStringLiteral("inject.skipped"), QStringLiteral("control"),
               {{QStringLiteral("inject"), inject->id}, {QStringLiteral("reason"), reason}});
    } else {
        const QJsonValue by = action.value(QLatin1String("by"));
        const std::optional<int> minutes =
            by.isDouble() ? std::optional<int>(by.toInt()) : scenario::parseOffset(by.toString());
        if (!minutes || *minutes <= 0)
            return Outcome::refused(QStringLiteral("\"by\" must be a positive number of minutes or \"+HH:MM\""));
        record(QStringLiteral("inject.delayed"), QStringLiteral("control"),
               {{QStringLiteral("inject"), inject->id},
                {QStringLiteral("by"), *minutes},
                {QStringLiteral("reason"), reason}});
    }
    return {};
}

}  // namespace cd::exercise
