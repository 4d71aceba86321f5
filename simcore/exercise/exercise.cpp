#include "exercise/exercise.h"

#include "exercise/json.h"
#include "exercise/visibility.h"
#include "scenario/loader.h"

#include <QThread>
#include <QTimer>

namespace cd::exercise {

Exercise::Exercise(const scenario::Scenario &scenario, std::unique_ptr<store::EventLog> log,
                   const ExerciseOptions &options)
    : m_scenario(scenario), m_log(std::move(log)), m_options(options), m_clock(options.now)
{}

Exercise::~Exercise()
{
    // An end-of-turn commit still pending (its timer dies with m_turn): write it, telling no one
    // (the listeners may be going away too); nobody has heard of these events yet.
    m_turn.reset();
    m_listeners.clear();
    try {
        commit();
    } catch (const store::Error &e) {
        qWarning("%s: events not committed on close: %s", qPrintable(m_log->path()), qPrintable(e.message()));
    }
}

bool Exercise::buildModel(QString *error)
{
    model::CascadeOptions opts;
    opts.stepMin = std::max(1, m_scenario.meta.stepMin);
    opts.clockStart = m_scenario.meta.start;
    opts.explain = false;
    m_model = model::Cascade::create(m_scenario.graph, m_scenario.truth.shocks, opts, error);
    return m_model != nullptr;
}

std::unique_ptr<Exercise> Exercise::start(const scenario::Scenario &scenario, std::unique_ptr<store::EventLog> log,
                                          const ExerciseOptions &options, QString *error)
{
    std::unique_ptr<Exercise> ex(new Exercise(scenario, std::move(log), options));
    if (!ex->buildModel(error))
        return nullptr;
    if (ex->m_log->lastSeq() > 0) {
        *error = QStringLiteral("%1: already holds events; continue it with --resume").arg(ex->m_log->path());
        return nullptr;
    }
    ex->m_clock.start(0, options.speed);
    ex->m_state.minute = 0;
    ex->m_redo = true;  // minute 0 is processed by the first advanceTo(), once the script is set
    return ex;
}

std::unique_ptr<Exercise> Exercise::resume(std::unique_ptr<store::EventLog> log, const ExerciseOptions &options,
                                           QString *error)
{
    const QString path = log->path();
    const scenario::LoadResult loaded = scenario::loadScenario(log->scenarioJson(), path + QStringLiteral("#scenario"));
    if (!loaded.scenario) {
        QStringList lines;
        for (const auto &d : loaded.diagnostics)
            lines << d.format();
        *error =
            QStringLiteral("%1: the recorded scenario does not load:\n%2").arg(path, lines.join(QLatin1Char('\n')));
        return nullptr;
    }
    std::unique_ptr<Exercise> ex(new Exercise(*loaded.scenario, std::move(log), options));
    if (!ex->buildModel(error))
        return nullptr;
    // Fold the log. The model is rebuilt alongside: it is stepped to each model-changing event's
    // minute before the change, exactly as it was when the change happened live.
    int last = 0;
    for (const store::Event &e : ex->m_log->read()) {
        ex->apply(e);
        if (e.kind == QLatin1String("response.approved") || e.kind == QLatin1String("shock.added")) {
            ex->m_model->stepTo(e.minute);
            ex->applyApprovedEffect(e.payload);
        }
        last = e.minute;
    }
    ex->m_state.minute = last;
    ex->m_model->stepTo(last);
    // Process restarts are bookkeeping, not exercise events (a room's view of a resumed exercise
    // is identical to an uninterrupted one): they go to the meta table.
    const int resumes = ex->m_log->metaValue(QStringLiteral("resumes")).toInt() + 1;
    ex->m_log->setMetaValue(QStringLiteral("resumes"), QString::number(resumes));
    ex->m_log->setMetaValue(
        QStringLiteral("resume.%1").arg(resumes),
        QStringLiteral("minute=%1 last_seq=%2 wall_ms=%3").arg(last).arg(ex->m_log->lastSeq()).arg(options.now()));
    ex->m_clock.start(last, options.speed);
    // The last minute may have been cut short: the first advanceTo() redoes it (every step skips
    // what is recorded), once the script is set.
    ex->m_redo = !ex->m_state.ended;
    return ex;
}

qint64 Exercise::record(const QString &kind, const QString &actor, QJsonObject payload)
{
    if (m_scriptIndex >= 0) {
        payload.insert(QStringLiteral("script"), m_scriptIndex);
        m_scriptIndex = -1;
    }
    if (!m_actorName.isEmpty())
        payload.insert(QStringLiteral("actor_name"), m_actorName);
    store::Event e;
    e.seq = (m_pending.empty() ? m_log->lastSeq() : m_pending.back().seq) + 1;
    e.wallMs = m_clock.nowMs();
    e.minute = std::max(0, m_state.minute);
    e.actor = actor;
    e.kind = kind;
    e.payload = std::move(payload);
    e.audience = audienceOf(m_scenario, kind, actor, e.payload);
    apply(e);
    m_pending.push_back(e);
    matchAct(e);
    return e.seq;
}

void Exercise::flush()
{
    if (m_pending.empty() || m_turn)
        return;  // nothing to commit, or it joins the commit pending at the end of this turn
    if (m_commitPerTurn && QThread::currentThread()->loopLevel() > 0) {
        m_turn = std::make_unique<QObject>();
        QTimer::singleShot(0, m_turn.get(), [this] {
            m_turn.reset();
            try {
                commit();
            } catch (const store::Error &e) {
                // As an exception escaping any other event handler would: nothing more is done on
                // a log that cannot be written, and nobody heard of what was not committed.
                qFatal("%s", qPrintable(e.message()));
            }
        });
        return;
    }
    commit();
}

void Exercise::commit()
{
    if (m_pending.empty())
        return;
    std::vector<store::Event> batch;
    batch.swap(m_pending);
    m_log->append(batch);  // committed (fsynced) before anyone hears of it
    for (const store::Event &e : batch)
        for (const Listener &l : m_listeners)
            l(e);
}

void Exercise::redoPending()
{
    if (!m_redo)
        return;
    m_redo = false;
    processMinute(m_state.minute);
}

void Exercise::advanceTo(int minute)
{
    redoPending();
    const int end = m_scenario.meta.durationMin > 0 ? m_scenario.meta.durationMin : minute;
    const int target = std::min(minute, end);
    while (!m_state.ended && m_state.minute < target)
        processMinute(m_state.minute + 1);
}

void Exercise::processMinute(int t)
{
    m_state.minute = t;
    if (!m_state.started) {
        record(QStringLiteral("clock.started"), QStringLiteral("control"),
               {{QStringLiteral("start"), m_scenario.meta.start}});
        for (const scenario::Site &site : m_scenario.sites)
            for (const scenario::Page &page : site.pages)
                publish(QStringLiteral("control"), site.id, page.path, textJson(page.title), textJson(page.body));
    }
    stepModel(t);
    deliverDueMail(t);
    missUnansweredCalls(t);
    applyDueResponses(t);
    for (const ScriptAction &a : m_script.actions) {
        if (a.at > t)
            break;
        if (m_state.appliedScript.count(a.index) == 0)
            performNow(a.room, a.action, a.index);
    }
    closeExpired(t);
    fireDueInjects(t);
    if (m_scenario.meta.durationMin > 0 && t >= m_scenario.meta.durationMin && !m_state.ended)
        record(QStringLiteral("exercise.ended"), QStringLiteral("control"), {});
    flush();
}

Outcome Exercise::perform(const QString &actor, const QJsonObject &action, const QString &actorName)
{
    redoPending();
    m_actorName = actorName;
    const Outcome o = performNow(actor, action, -1);
    m_actorName.clear();
    flush();
    return o;
}

Outcome Exercise::refuse(const QString &actor, const QJsonObject &action, const QString &why, int scriptIndex)
{
    m_scriptIndex = scriptIndex;
    const qint64 seq =
        record(QStringLiteral("refused"), actor, {{QStringLiteral("action"), action}, {QStringLiteral("reason"), why}});
    if (m_onRefused)
        m_onRefused(actor, why);
    return Outcome{false, why, seq};
}

Outcome Exercise::performNow(const QString &actor, const QJsonObject &action, int scriptIndex)
{
    const QString verb = str(action, "do");
    bool known = false;
    const QStringList &allowed = verbKeys(verb, &known);
    const bool control = actor == QLatin1String("control");
    if (!known)
        return refuse(actor, action, QStringLiteral("unknown action \"%1\"").arg(verb), scriptIndex);
    for (auto it = action.begin(); it != action.end(); ++it)
        if (it.key() != QLatin1String("do") && !allowed.contains(it.key()))
            return refuse(actor, action, QStringLiteral("unknown key \"%1\" for \"%2\"").arg(it.key(), verb),
                          scriptIndex);
    if (!control && !m_scenario.room(actor))
        return refuse(actor, action, QStringLiteral("unknown room \"%1\"").arg(actor), scriptIndex);
    if (const auto channel = verbChannel(verb); channel && !m_scenario.meta.allows(*channel))
        return refuse(actor, action,
                      QStringLiteral("this exercise does not allow the %1 channel").arg(scenario::toString(*channel)),
                      scriptIndex);
    // The survey is what rooms do after the end (DOMAIN.md: the questionnaire follows the exercise).
    if (m_state.ended && verb != QLatin1String("survey"))
        return refuse(actor, action, QStringLiteral("the exercise has ended"), scriptIndex);
    static const QStringList controlOnly{QStringLiteral("judge"), QStringLiteral("approve"), QStringLiteral("decline"),
                                         QStringLiteral("fire"),  QStringLiteral("skip"),    QStringLiteral("delay"),
                                         QStringLiteral("mark"),  QStringLiteral("observe"), QStringLiteral("shock")};
    static const QStringList roomOnly{QStringLiteral("hypothesis"), QStringLiteral("request"),
                                      QStringLiteral("survey")};
    if (!control && controlOnly.contains(verb))
        return refuse(actor, action, QStringLiteral("only the control team may \"%1\"").arg(verb), scriptIndex);
    if (control && roomOnly.contains(verb))
        return refuse(actor, action, QStringLiteral("\"%1\" is a room's action").arg(verb), scriptIndex);

    m_scriptIndex = scriptIndex;
    Outcome o;
    if (verb == QLatin1String("mail"))
        o = sendMail(actor, action);
    else if (verb == QLatin1String("reply") || verb == QLatin1String("forward"))
        o = replyOrForward(actor, action, verb == QLatin1String("forward"));
    else if (verb == QLatin1String("read"))
        o = markRead(actor, action);
    else if (verb == QLatin1String("call"))
        o = placeCall(actor, action);
    else if (verb == QLatin1String("answer"))
        o = answerCall(actor, action);
    else if (verb == QLatin1String("say"))
        o = sayOnCall(actor, action);
    else if (verb == QLatin1String("hangup"))
        o = hangUp(actor, action);
    else if (verb == QLatin1String("post"))
        o = postPage(actor, action);
    else if (verb == QLatin1String("hypothesis"))
        o = submitHypothesis(actor, action);
    else if (verb == QLatin1String("request"))
        o = requestResponse(actor, action);
    else if (verb == QLatin1String("survey"))
        o = answerSurvey(actor, action);
    else if (verb == QLatin1String("judge"))
        o = judge(action);
    else if (verb == QLatin1String("approve") || verb == QLatin1String("decline"))
        o = decide(action, verb == QLatin1String("approve"));
    else if (verb == QLatin1String("fire") || verb == QLatin1String("skip") || verb == QLatin1String("delay"))
        o = controlInject(verb, action);
    else if (verb == QLatin1String("mark"))
        o = mark(action);
    else if (verb == QLatin1String("observe"))
        o = observe(action);
    else if (verb == QLatin1String("shock"))
        o = addShock(action);
    if (!o.ok) {
        m_scriptIndex = -1;
        return refuse(actor, action, o.message, scriptIndex);
    }
    if (m_scriptIndex >= 0)  // an action that recorded nothing is still remembered as applied
        record(QStringLiteral("script.applied"), actor, {});
    m_scriptIndex = -1;
    return o;
}

void Exercise::pause()
{
    m_clock.pause();
    record(QStringLiteral("clock.paused"), QStringLiteral("control"), {});
    flush();
}

void Exercise::resumeClock()
{
    m_clock.resume();
    record(QStringLiteral("clock.resumed"), QStringLiteral("control"), {});
    flush();
}

void Exercise::end()
{
    redoPending();
    if (m_state.ended)
        return;
    record(QStringLiteral("exercise.ended"), QStringLiteral("control"), {{QStringLiteral("early"), true}});
    flush();
}

void Exercise::setSpeed(double speed)
{
    m_clock.setSpeed(speed);
    record(QStringLiteral("clock.speed"), QStringLiteral("control"),
           {{QStringLiteral("speed"), m_clock.isMax() ? QJsonValue(QStringLiteral("max")) : QJsonValue(speed)}});
    flush();
}

}  // namespace cd::exercise
