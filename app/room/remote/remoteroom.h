#pragma once
// `crossdrill join`'s windows: until the server's first welcome (which carries the room's
// directory) a small window shows the connection state; then the real player window
// (RoomWindow) opens over the RemoteRoomEndpoint, with the connection state in its status bar.
// A refusal before the welcome (bad or revoked token) stays in the small window with the reason.

#include <QObject>

#include <memory>

class QWidget;

namespace cd::net {
class RemoteRoomEndpoint;
}

namespace cd::gui {

class ConnectionStatus;
class RoomWindow;

class RemoteRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteRoom)

public:
    /// `endpoint` must outlive this object; call endpoint.open() after show().
    explicit RemoteRoom(net::RemoteRoomEndpoint &endpoint, QObject *parent = nullptr);
    ~RemoteRoom() override;

    /// Shows the waiting window (or the room window once there is one).
    void show();
    /// The room window, once the welcome arrived (nullptr before).
    RoomWindow *window() const { return m_window.get(); }
    /// The connection state label currently shown.
    ConnectionStatus *status() const { return m_status; }

signals:
    /// The room window opened.
    void windowOpened();

private:
    void openWindow();

    net::RemoteRoomEndpoint &m_endpoint;
    std::unique_ptr<QWidget> m_waiting;
    std::unique_ptr<RoomWindow> m_window;
    ConnectionStatus *m_status = nullptr;
    bool m_synced = false;  ///< the backlog since the last (re)connection has arrived
};

}  // namespace cd::gui
