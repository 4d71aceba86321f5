#pragma once
// The exercise engine: commands in, events out (docs/architecture.md "everything is an event").
// Every change goes through emit(): the event gets its audience from the visibility rule, is
// folded into the live state (apply), and is committed to the log in one transaction per
// minute or per command (flush) BEFORE any listener hears of it. resume() rebuilds the state by
// folding the log, so nothing recorded is done twice.
//
// Order within an exercise minute t (docs/scenario-format.md, contractual): the model steps to t (status and
// breach events); mail deliveries, missed calls and responses falling due at t; the player-script
// actions stamped t; expectations and flows whose window ends at t unmet become missed; injects
// due at t fire in scenario order.
//
// Failure: a store::Error thrown by advanceTo()/perform() (disk full, I/O error) means the batch
// was not committed and nobody heard of it; the in-memory state is then ahead of the log, so the
// caller discards this Exercise and continues with resume() from the database.

#include "exercise/clock.h"
#include "exercise/context.h"
#include "exercise/outcome.h"
#include "exercise/playerscript.h"
#include "exercise/state.h"
#include "exercise/vocab.h"
#include "model/cascade.h"
#include "scenario/scenario.h"
#include "store/eventlog.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace cd::exercise {

struct Desks;

class Exercise
{
public:
    using Listener = std::function<void(const store::Event &)>;

    /// Starts a new exercise of `scenario` logged to `log` (a freshly created database).
    static std::unique_ptr<Exercise> start(const scenario::Scenario &scenario, std::unique_ptr<store::EventLog> log,
                                           const ExerciseOptions &options, QString *error);
    /// Continues the exercise recorded in `log`: loads its scenario, folds every event, rebuilds
    /// the model, and goes on from the last recorded minute.
    static std::unique_ptr<Exercise> resume(std::unique_ptr<store::EventLog> log, const ExerciseOptions &options,
                                            QString *error);
    ~Exercise();

    const scenario::Scenario &scenario() const { return m_scenario; }
    const ExerciseState &state() const { return m_state; }
    const model::Cascade &model() const { return *m_model; }
    store::EventLog &log() { return *m_log; }
    Clock &clock() { return m_clock; }
    int minute() const { return m_state.minute; }
    bool ended() const { return m_state.ended; }

    /// Mail `id` as the log has it (null when there is none): the state holds only recent and
    /// undelivered mails (at most ExerciseOptions::mailsHeld delivered ones, mailbook.h); an older
    /// one is paged in from the log here.
    const MailState *mail(const QString &id);

    /// Called after each event is committed (control's view: every event).
    void addListener(Listener listener) { m_listeners.push_back(std::move(listener)); }
    /// Player-script actions, applied at their minutes; those already applied are skipped.
    void setScript(PlayerScript script) { m_script = std::move(script); }
    /// Group commit, per turn of the Qt event loop (the GUI: local room windows and the console
    /// act from event handlers and show only what comes back as events). While an event loop
    /// runs, what the turn records is applied to the live state at once but committed, in one
    /// transaction with one fsync, when the turn ends (a zero-time timer); only then do the
    /// listeners hear of it. With no event loop running (the CLI, QtTest functions) every action
    /// commits at once. Not for callers that report an Outcome to anyone before its commit (the
    /// network server's result message): it stays off by default.
    void setCommitPerTurn(bool on) { m_commitPerTurn = on; }
    /// Group commit driven by the caller (the network server's, docs/protocol.md "Group commit"):
    /// while held, actions and minutes are recorded and applied to the live state but not
    /// committed, and nobody hears of them; commitHeld() then commits all of it in one
    /// transaction and tells the listeners. commitHeld() throws store::Error as perform() does.
    void holdCommits(bool on) { m_hold = on; }
    void commitHeld() { commit(); }
    /// Transactions committed to the log so far (each one fsync; for tests and benchmarks).
    qint64 commits() const { return m_commits; }
    /// Called with each refused action (the CLI prints them to stderr).
    void onRefused(std::function<void(const QString &actor, const QString &why)> f) { m_onRefused = std::move(f); }

    /// Processes every minute up to `minute` (capped at the scenario's duration; the exercise
    /// ends when the duration is reached). The first call also processes the start minute (after
    /// start()) or redoes the last recorded one (after resume()).
    void advanceTo(int minute);
    /// One action by `actor` (a room id or "control"), in the player-script language
    /// (docs/scenario-format.md "Player scripts"; the `at` and `room` keys are not needed). Applied at the
    /// current minute; a refused action is recorded and reported, never thrown. `actorName`, when
    /// given, is the person in the room who acted (a remote player's --name): every event the
    /// action records carries it as payload "actor_name". The Outcome's seq is the first event
    /// the action recorded (its refusal when refused), 0 when it recorded nothing (reading a
    /// mail already read).
    Outcome perform(const QString &actor, const QJsonObject &action, const QString &actorName = {});

    // The control team's clock: every change is an event.
    void pause();
    void resumeClock();
    void setSpeed(double speed);
    /// Ends the exercise now (before its duration); nothing more happens after.
    void end();

    /// While it lives, every event the exercise records carries the person who acted (payload
    /// "actor_name", when not empty) and the control-team seat they act from (payload "seat",
    /// docs/protocol.md "Seats"): a remote seat's actions and clock changes.
    class Acting
    {
    public:
        Acting(Exercise &exercise, const QString &name, const QString &seat);
        ~Acting();
        Q_DISABLE_COPY_MOVE(Acting)

    private:
        Exercise &m_exercise;
    };

private:
    friend const std::vector<VerbInfo> &verbs();  // the verb table calls the desks' handlers

    Exercise(const scenario::Scenario &scenario, std::unique_ptr<store::EventLog> log, const ExerciseOptions &options);
    bool buildModel(QString *error);

    // exercise.cpp: the event pipeline and the minute loop; the handlers are the desks'.
    qint64 record(Kind kind, const QString &actor, QJsonObject payload);
    qint64 lastSeq() const;
    void flush();
    void commit();
    void processMinute(int t);
    void redoPending();
    Outcome performNow(const QString &actor, const QJsonObject &action, int scriptIndex);
    Outcome refuse(const QString &actor, const QJsonObject &action, const QString &why, int scriptIndex);

    scenario::Scenario m_scenario;
    std::unique_ptr<store::EventLog> m_log;
    ExerciseOptions m_options;
    Clock m_clock;
    std::unique_ptr<model::Cascade> m_model;
    ExerciseState m_state;
    std::unique_ptr<Context> m_context;  ///< what the desks share (context.h)
    std::unique_ptr<Desks> m_desks;      ///< mail, phone, web, play, model, injects, expectations
    PlayerScript m_script;
    std::vector<store::Event> m_pending;
    std::vector<Listener> m_listeners;
    std::function<void(const QString &, const QString &)> m_onRefused;
    int m_scriptIndex = -1;  ///< the script action being applied, stamped on its first event
    bool m_redo = false;     ///< the current minute still has to be (re)processed
    QString m_actorName;     ///< the person acting during perform(), stamped on its events
    QString m_actorSeat;     ///< the control seat acting (Acting), stamped on its events
    bool m_commitPerTurn = false;
    bool m_hold = false;              ///< holdCommits()
    qint64 m_commits = 0;             ///< commits()
    std::unique_ptr<QObject> m_turn;  ///< holds the end-of-turn commit while one is pending
};

}  // namespace cd::exercise
