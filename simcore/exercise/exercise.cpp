#include "exercise/exercise.h"

#include "exercise/desks.h"
#include "exercise/json.h"
#include "exercise/modelrun.h"
#include "exercise/payloads.h"
#include "exercise/visibility.h"
#include "scenario/loader.h"

#include <QThread>
#include <QTimer>

namespace cd::exercise {

Exercise::Exercise(const scenario::Scenario &scenario, std::unique_ptr<store::EventLog> log,
                   const ExerciseOptions &options)
    : m_scenario(scenario), m_log(std::move(log)), m_options(options), m_clock(options.now)
{
    QSet<QString> mailShaped;  // inject ids a generated mail id could be mistaken for
    for (const scenario::Inject &inject : m_scenario.injects)
        if (inject.id.startsWith(QLatin1String("mail-")))
            mailShaped.insert(inject.id);
    m_state.mails.setInjectIds(std::move(mailShaped));
}

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
    m_model = createModel(m_scenario, error);
    if (!m_model)
        return false;
    m_context.reset(new Context{m_scenario, m_state, *m_model, m_options,
                                [this](Kind kind, const QString &actor, QJsonObject payload) {
                                    return record(kind, actor, std::move(payload));
                                },
                                [this] { return lastSeq(); }, [this](const QString &id) { return mail(id); }});
    m_desks = std::make_unique<Desks>(*m_context);
    return true;
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
    // Read in pages, and the mails trimmed as it goes, so memory stays bounded however long the log.
    int last = 0;
    constexpr int kPage = 2000;
    for (qint64 after = 0;;) {
        const std::vector<store::Event> page = ex->m_log->read(after, kPage);
        for (const store::Event &e : page) {
            fold(ex->m_state, e);
            if (const std::optional<ModelChange> change = modelChangeOf(ex->m_scenario, e))
                followModelChange(*ex->m_model, *change);
            last = e.minute;
        }
        ex->m_state.mails.trim(options.mailsHeld);
        if (int(page.size()) < kPage)
            break;
        after = page.back().seq;
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

qint64 Exercise::record(Kind kind, const QString &actor, QJsonObject payload)
{
    if (m_scriptIndex >= 0) {
        payload.insert(QStringLiteral("script"), m_scriptIndex);
        m_scriptIndex = -1;
    }
    if (!m_actorName.isEmpty())
        payload.insert(QStringLiteral("actor_name"), m_actorName);
    if (!m_actorSeat.isEmpty())
        payload.insert(QStringLiteral("seat"), m_actorSeat);
    store::Event e;
    e.seq = lastSeq() + 1;
    e.wallMs = m_clock.nowMs();
    e.minute = std::max(0, m_state.minute);
    e.actor = actor;
    e.kind = kindName(kind);
    e.payload = std::move(payload);
    e.audience = audienceOf(m_scenario, kind, actor, e.payload);
    fold(m_state, e);
    m_pending.push_back(e);
    m_desks->expectations.matchAct(e);
    return e.seq;
}

qint64 Exercise::lastSeq() const
{
    return m_pending.empty() ? m_log->lastSeq() : m_pending.back().seq;
}

void Exercise::flush()
{
    if (m_pending.empty() || m_turn || m_hold)
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
    ++m_commits;
    m_state.mails.trim(m_options.mailsHeld);  // all committed: what is dropped can be paged back in
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
        record(Kind::ClockStarted, QStringLiteral("control"), ClockPayload{.start = m_scenario.meta.start}.toJson());
        for (const scenario::Site &site : m_scenario.sites)
            for (const scenario::Page &page : site.pages)
                m_desks->web.publish(QStringLiteral("control"), site.id, page.path, textJson(page.title),
                                     textJson(page.body));
    }
    m_desks->model.step(t);
    m_desks->mail.deliverDue(t);
    m_desks->phone.missUnanswered(t);
    m_desks->play.applyDueResponses(t);
    for (const ScriptAction &a : m_script.actions) {
        if (a.at > t)
            break;
        if (m_state.appliedScript.count(a.index) == 0)
            performNow(a.room, a.action, a.index);
    }
    m_desks->expectations.closeExpired(t);
    m_desks->injects.fireDue(t);
    if (m_scenario.meta.durationMin > 0 && t >= m_scenario.meta.durationMin && !m_state.ended)
        record(Kind::ExerciseEnded, QStringLiteral("control"), {});
    flush();
}

Outcome Exercise::perform(const QString &actor, const QJsonObject &action, const QString &actorName)
{
    redoPending();
    const QString outer = m_actorName;  // set by an Acting around this call
    if (!actorName.isEmpty())
        m_actorName = actorName;
    const qint64 before = lastSeq();
    Outcome o = performNow(actor, action, -1);
    m_actorName = outer;
    // The handlers answer only "done"; the act's own event is the first it recorded (a remote
    // room's result carries it, docs/protocol.md).
    if (o.ok && o.seq == 0 && lastSeq() > before)
        o.seq = before + 1;
    flush();
    return o;
}

Outcome Exercise::refuse(const QString &actor, const QJsonObject &action, const QString &why, int scriptIndex)
{
    m_scriptIndex = scriptIndex;
    const qint64 seq = record(Kind::Refused, actor, RefusedPayload{.action = action, .reason = why}.toJson());
    if (m_onRefused)
        m_onRefused(actor, why);
    return Outcome{false, why, seq};
}

Outcome Exercise::performNow(const QString &actor, const QJsonObject &action, int scriptIndex)
{
    const QString name = str(action, "do");
    const VerbInfo *verb = verbInfo(name);
    const bool control = actor == QLatin1String("control");
    if (!verb)
        return refuse(actor, action, QStringLiteral("unknown action \"%1\"").arg(name), scriptIndex);
    for (auto it = action.begin(); it != action.end(); ++it)
        if (it.key() != QLatin1String("do") && !verb->keys.contains(it.key()))
            return refuse(actor, action, QStringLiteral("unknown key \"%1\" for \"%2\"").arg(it.key(), name),
                          scriptIndex);
    if (!control && !m_scenario.room(actor))
        return refuse(actor, action, QStringLiteral("unknown room \"%1\"").arg(actor), scriptIndex);
    if (const auto channel = verbChannel(name); channel && !m_scenario.meta.allows(*channel))
        return refuse(actor, action,
                      QStringLiteral("this exercise does not allow the %1 channel").arg(scenario::toString(*channel)),
                      scriptIndex);
    // The survey is what rooms do after the end (docs/domain.md: the questionnaire follows the exercise).
    if (m_state.ended && verb->verb != Verb::Survey)
        return refuse(actor, action, QStringLiteral("the exercise has ended"), scriptIndex);
    if (!control && verb->who == Performer::ControlOnly)
        return refuse(actor, action, QStringLiteral("only the control team may \"%1\"").arg(name), scriptIndex);
    if (control && verb->who == Performer::RoomOnly)
        return refuse(actor, action, QStringLiteral("\"%1\" is a room's action").arg(name), scriptIndex);

    m_scriptIndex = scriptIndex;
    const Outcome o = verb->handler(*this, actor, action);
    if (!o.ok) {
        m_scriptIndex = -1;
        return refuse(actor, action, o.message, scriptIndex);
    }
    if (m_scriptIndex >= 0)  // an action that recorded nothing is still remembered as applied
        record(Kind::ScriptApplied, actor, {});
    m_scriptIndex = -1;
    return o;
}

Exercise::Acting::Acting(Exercise &exercise, const QString &name, const QString &seat) : m_exercise(exercise)
{
    m_exercise.m_actorName = name;
    m_exercise.m_actorSeat = seat;
}

Exercise::Acting::~Acting()
{
    m_exercise.m_actorName.clear();
    m_exercise.m_actorSeat.clear();
}

void Exercise::pause()
{
    m_clock.pause();
    record(Kind::ClockPaused, QStringLiteral("control"), {});
    flush();
}

void Exercise::resumeClock()
{
    m_clock.resume();
    record(Kind::ClockResumed, QStringLiteral("control"), {});
    flush();
}

void Exercise::end()
{
    redoPending();
    if (m_state.ended)
        return;
    record(Kind::ExerciseEnded, QStringLiteral("control"), ClockPayload{.early = true}.toJson());
    flush();
}

void Exercise::setSpeed(double speed)
{
    m_clock.setSpeed(speed);
    record(Kind::ClockSpeed, QStringLiteral("control"),
           ClockPayload{.speed = m_clock.isMax() ? QJsonValue(QStringLiteral("max")) : QJsonValue(speed)}.toJson());
    flush();
}

}  // namespace cd::exercise
