#pragma once
// A control-team seat of an exercise served elsewhere (`crossdrill join SEAT_URL`, docs/protocol.md
// "Seats"), as the console's docks see an exercise (control/controlsession.h): the control view is
// folded from the events the server sends this seat (already filtered by its role), the clock is
// the server's as the link counts it on, and actions and clock commands go to the server, which
// records them with the seat and the person's name. Refusals come back as refused().

#include "control/controlsession.h"

#include <optional>

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

    net::RemoteRoomEndpoint &m_link;
    exercise::Seat m_seat;
    std::optional<scenario::Scenario> m_scenario;
    QString m_error;
    exercise::ControlView m_control;
    QStringList m_pending;  ///< ids of actions and commands sent, whose refusal is said
};

}  // namespace cd::gui
