#pragma once
// One running exercise in the console: owns the Exercise and its log, the in-process room
// endpoints, and a QTimer that advances the engine to the minute the clock says is due, a
// bounded number of minutes per tick so the event loop never blocks (even at max speed).
// Every committed event is folded into the control view (exercise/controlview.h) and re-emitted
// as Qt signals; docks and models listen to them, show the view and update incrementally.
// Nothing here knows about widgets.

#include "control/controlsession.h"
#include "exercise/exercise.h"
#include "exercise/localroomendpoint.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace cd::gui {

class ExerciseSession final : public ControlSession
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
    const exercise::ControlView &control() const override { return m_control; }
    const scenario::Scenario &scenario() const override { return m_exercise->scenario(); }
    QString databasePath() const { return m_dbPath; }

    /// Replays scripted room actions (rehearsal); false with `error` when the script is bad.
    bool loadPlayerScript(const QString &path, QString *error);

    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_running && m_exercise->clock().isPaused(); }
    bool ended() const override { return m_exercise->ended(); }
    int minute() const override { return std::max(0, m_exercise->minute()); }
    const model::Cascade *model() const override { return m_exercise->minute() < 0 ? nullptr : &m_exercise->model(); }
    std::vector<exercise::ModelChange> modelChanges() const override;
    /// Emits eventCommitted for every event already in the log (a reopened exercise).
    void replayLog() override;

    /// The endpoint a local room window talks to (created on first use, owned here).
    exercise::RoomEndpoint &endpoint(const QString &room);

public slots:
    void start() override;
    void pause() override;
    void resume() override;
    void setSpeed(double speed) override;
    void end() override;
    void act(const QJsonObject &action) override { perform(action); }
    /// Processes every minute up to `minute` now (rehearsals, screenshots, tests).
    void runTo(int minute);
    /// One control action (player-script language); refusals come back as events too.
    exercise::Outcome perform(const QJsonObject &action);
    /// Advances to the due minute (at most kMaxMinutesPerTick). Called by the timer.
    void tick();

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
