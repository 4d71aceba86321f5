#pragma once
// A control-team seat of an exercise served elsewhere (`crossdrill join SEAT_URL`, docs/protocol.md
// "Seats"), as the console's docks see an exercise (control/controlsession.h): the control view is
// folded from the events the server sends this seat (already filtered by its role), the clock is
// the server's as the link counts it on, and actions and clock commands go to the server, which
// records them with the seat and the person's name. Refusals come back as refused().

#include "control/controlsession.h"

#include <memory>
#include <optional>
#include <vector>

namespace cd::net {
class RemoteRoomEndpoint;
}

namespace cd::gui {

class RemoteSeatSession final : public ControlSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSeatSession)

public:
    /// Over `link` (a seat's, welcomed: its seatWelcome() is set; must outlive the session).
    /// Check valid() before use: the welcome's scenario may not load.
    explicit RemoteSeatSession(net::RemoteRoomEndpoint &link, QObject *parent = nullptr);
    ~RemoteSeatSession() override;

    /// Whether the seat's role and scenario were understood; else error() says why.
    bool valid() const { return m_scenario.has_value(); }
    QString error() const { return m_error; }
    net::RemoteRoomEndpoint &link() { return m_link; }

    const exercise::ControlView &control() const override { return m_control; }
    const scenario::Scenario &scenario() const override { return *m_scenario; }
    bool isRunning() const override;
    bool isPaused() const override;
    bool ended() const override;
    int minute() const override;
    void replayLog() override;
    exercise::Seat seat() const override { return m_seat; }
    /// A controller's copy of the model (it receives every model-changing event), stepped to the
    /// served clock's minute; nullptr for the other roles.
    const model::Cascade *model() const override { return m_model.get(); }
    std::vector<exercise::ModelChange> modelChanges() const override { return m_changes; }

public slots:
    void start() override { resume(); }  // a served exercise's clock starts with the server
    void pause() override;
    void resume() override;
    void setSpeed(double speed) override;
    void end() override;
    void act(const QJsonObject &action) override;

private:
    void take(const exercise::Event &e);
    void command(const QString &id);
    void followModel(const exercise::Event &e);
    void stepModel();
    void rebuildModel();
    int modelMinute() const;

    net::RemoteRoomEndpoint &m_link;
    exercise::Seat m_seat;
    std::optional<scenario::Scenario> m_scenario;
    QString m_error;
    exercise::ControlView m_control;
    /// The model as the server's engine runs it (exercise/modelrun.h), built and advanced by the
    /// same functions: each change followed at its minute, in seq order, once.
    std::unique_ptr<model::Cascade> m_model;
    std::vector<exercise::ModelChange> m_changes;
    qint64 m_modelSeq = 0;  ///< the last event the model has seen
    QStringList m_pending;  ///< ids of actions and commands sent, whose refusal is said
};

}  // namespace cd::gui
