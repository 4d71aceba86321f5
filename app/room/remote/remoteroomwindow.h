#pragma once
// A minimal window for a remote room (`crossdrill join`): the connection state and the room's
// events as they arrive, with a small mail form and call buttons. The full room window
// (cd::gui::RoomWindow) replaces it when present; this one stays as the fallback and the test
// harness of the network endpoint.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cd::store {
struct Event;
}
namespace cd::net {
class RemoteRoomEndpoint;
}

namespace cd::gui {

class RemoteRoomWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteRoomWindow)

public:
    explicit RemoteRoomWindow(net::RemoteRoomEndpoint &endpoint, QWidget *parent = nullptr);

private:
    void updateState();
    void addEvent(const store::Event &e);
    void sendMail();

    net::RemoteRoomEndpoint &m_endpoint;
    QLabel *m_state;
    QListWidget *m_events;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
};

}  // namespace cd::gui
