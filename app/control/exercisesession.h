#pragma once
// One running exercise in the console: owns the Exercise and its log, the in-process room
// endpoints, and a QTimer that advances the engine to the minute the clock says is due, a
// bounded number of minutes per tick so the event loop never blocks (even at max speed).
// Every committed event is folded into the control view (exercise/controlview.h) and re-emitted
// as Qt signals; docks and models listen to them, show the view and update incrementally.
// Nothing here knows about widgets.

#include "exercise/controlview.h"
#include "exercise/exercise.h"
#include "exercise/localroomendpoint.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace cd::gui {

class ExerciseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseSession)

public:
    ~ExerciseSession() override;

    /// A new exercise of the scenario file `scenarioPath`, logged to the new database `dbPath`.
    /// Not running until start(). Null with `error` set when it cannot be created.
    static std::unique_ptr<ExerciseSession> create(const QString &scenarioPath, const QString &dbPath, QString *error,
                                                   QObject *parent = nullptr);
    /// Reopens the exercise recorded in `dbPath` (paused until start()).
    static std::unique_ptr<ExerciseSession> reopen(const QString &dbPath, QString *error, QObject *parent = nullptr);

    exercise::Exercise &exercise() { return *m_exercise; }
    /// The control team's view of the log so far (folded before each eventCommitted).
    const exercise::ControlView &control() const { return m_control; }
    const scenario::Scenario &scenario() const { return m_exercise->scenario(); }
    QString databasePath() const { return m_dbPath; }

    /// Replays scripted room actions (rehearsal); false with `error` when the script is bad.
    bool loadPlayerScript(const QString &path, QString *error);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_running && m_exercise->clock().isPaused(); }
    bool ended() const { return m_exercise->ended(); }
    int minute() const { return std::max(0, m_exercise->minute()); }
    /// The exercise minute of the next inject due by time (-1 if none).
    int nextInjectMinute() const;

    /// Emits eventCommitted for every event already in the log (a reopened exercise), so
    /// docks built after the fact catch up the same way they follow live events.
    void replayLog();

    /// The endpoint a local room window talks to (created on first use, owned here).
    exercise::RoomEndpoint &endpoint(const QString &room);

public slots:
    /// Starts (or, after reopening, resumes) the clock at the current speed.
    void start();
    void pause();
    void resume();
    /// Speed: exercise minutes per wall minute (1..600), or exercise::Clock::kMax.
    void setSpeed(double speed);
    void end();
    /// Processes every minute up to `minute` now (rehearsals, screenshots, tests).
    void runTo(int minute);
    /// One control action (player-script language); refusals come back as events too.
    exercise::Outcome perform(const QJsonObject &action);
    /// Advances to the due minute (at most kMaxMinutesPerTick). Called by the timer.
    void tick();

signals:
    /// What folding the event about to be emitted changed in control() (fresh false when it
    /// was folded before: a replay of the log after live events).
    void controlChanged(const cd::exercise::ControlView::Change &change);
    void eventCommitted(const cd::exercise::Event &event);
    /// The clock or the minute changed (the clock bar repaints).
    void clockChanged();

private:
    ExerciseSession(std::unique_ptr<exercise::Exercise> exercise, QString dbPath, QObject *parent);
    static constexpr int kMaxMinutesPerTick = 10;
    void committed(const exercise::Event &e);

    exercise::ControlView m_control;  ///< before m_exercise: outlives any event its destruction commits
    std::unique_ptr<exercise::Exercise> m_exercise;
    QString m_dbPath;
    QTimer m_timer;
    bool m_running = false;
    double m_speed = 60;
    std::map<QString, std::unique_ptr<exercise::LocalRoomEndpoint>> m_endpoints;
};

}  // namespace cd::gui
