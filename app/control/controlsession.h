#pragma once
// What the console's docks work on: an exercise as the control team sees it, with the control
// view folded from its events (exercise/controlview.h), its clock, and the control team's
// actions. Two kinds: the exercise run in this process (ExerciseSession) and a control-team seat
// of an exercise served elsewhere (RemoteSeatSession, `crossdrill join SEAT_URL`), whose role
// says what it may see and do (exercise/seats.h); the docks show and enable only that.

#include "exercise/controlview.h"
#include "exercise/modelrun.h"
#include "exercise/seats.h"
#include "scenario/scenario.h"

#include <QJsonObject>
#include <QObject>

#include <vector>

namespace cd::gui {

class ControlSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlSession)

public:
    explicit ControlSession(QObject *parent = nullptr) : QObject(parent) {}
    ~ControlSession() override = default;

    /// The control team's view of the events so far (folded before each eventCommitted).
    virtual const exercise::ControlView &control() const = 0;
    virtual const scenario::Scenario &scenario() const = 0;
    virtual bool isRunning() const = 0;
    virtual bool isPaused() const = 0;
    virtual bool ended() const = 0;
    virtual int minute() const = 0;
    /// Emits eventCommitted for every event already known, so docks built after the fact catch
    /// up the same way they follow live events.
    virtual void replayLog() = 0;
    /// The interdependency model at minute() as far as this console knows it (the sector board):
    /// the engine's for the exercise run here; the copy a controller seat keeps from the
    /// model-changing events it receives; nullptr before the exercise starts and for a seat that
    /// does not receive every model-changing event.
    virtual const model::Cascade *model() const { return nullptr; }
    /// The model-changing events so far, in seq order (the q(t) chart's history).
    virtual std::vector<exercise::ModelChange> modelChanges() const { return {}; }
    /// The role this console acts in: a controller for the exercise run here.
    virtual exercise::Seat seat() const { return exercise::Seat{{}, exercise::SeatRole::Controller, {}}; }

    /// The exercise minute of the next inject due by time (-1 if none).
    int nextInjectMinute() const;

    // What the role may do (exercise/seats.h); the docks disable the rest.
    bool mayRunClock() const { return seat().role == exercise::SeatRole::Controller; }
    bool mayDirect() const { return seat().role == exercise::SeatRole::Controller; }  ///< fire, skip, approve
    /// Whether this console judges a hypothesis of `room`: a controller any, an evaluator its rooms'.
    bool mayJudge(const QString &room) const { return exercise::seatMayJudge(seat(), room); }
    bool mayObserve() const { return mayDirect() || seat().role == exercise::SeatRole::Evaluator; }
    /// Whether this console plays `party` ("persona:ID"): a controller plays every persona.
    bool plays(const QString &party) const;
    bool seesTruth() const { return seat().seesTruth(); }
    /// Whether the MSEL shows inject `id`: an evaluator's, only those to its rooms (what it is told
    /// of the others' injects is nothing, exercise/seats.h).
    bool showsInject(const QString &id) const;

public slots:
    /// Starts (or, after reopening, resumes) the clock at the current speed.
    virtual void start() = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    /// Speed: exercise minutes per wall minute (1..600), or exercise::Clock::kMax.
    virtual void setSpeed(double speed) = 0;
    virtual void end() = 0;
    /// One control action (player-script language); refusals come back as events (or, from a
    /// seat, as refused()).
    virtual void act(const QJsonObject &action) = 0;

signals:
    /// What folding the event about to be emitted changed in control() (fresh false when it
    /// was folded before: a replay of the log after live events).
    void controlChanged(const cd::exercise::ControlView::Change &change);
    void eventCommitted(const cd::exercise::Event &event);
    /// The clock or the minute changed (the clock bar repaints).
    void clockChanged();
    /// model() was rebuilt from its changes (a seat's copy had stepped past a change that
    /// arrived late); its past may differ from what was sampled.
    void modelRebuilt();
    /// The server refused an action of this seat (beyond its role, or the engine's reason).
    void refused(const QString &message);
};

}  // namespace cd::gui
