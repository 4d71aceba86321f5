#pragma once
// The connection state of a remote room, for the room window's status bar: connecting,
// connected, reconnecting in N s (with why the connection dropped), or refused / closed with the
// server's reason. Updates itself while a reconnection is counting down.

#include <QLabel>

class QTimer;

namespace cd::net {
class RemoteRoomEndpoint;
}

namespace cd::gui {

class ConnectionStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    /// `endpoint` must outlive the label.
    explicit ConnectionStatus(net::RemoteRoomEndpoint &endpoint, QWidget *parent = nullptr);

    /// The text for the endpoint's current state (also what the label shows).
    QString stateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    net::RemoteRoomEndpoint &m_endpoint;
    QTimer *m_tick;
};

}  // namespace cd::gui
