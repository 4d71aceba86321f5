#pragma once
// An observer seat's window (`crossdrill join` with an observer's URL, docs/protocol.md "Seats"):
// one tab per listed room, each the player's RoomWindow in read-only mode over that room's part
// of the seat's stream (net::ObservedRoomEndpoint: the events whose audience holds the room, by
// the server's rule), so a guest, a trainee or a projector sees exactly what those rooms see and
// nothing of the truth or of control. Above the tabs a band says "Observer — read only"; the
// status bar has the seat, the clock of the room in front and the connection state (the rooms'
// own status bars are hidden); each room's clock follows the server's.

#include "exercise/roomdirectory.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;

namespace cd::net {
class ObservedRoomEndpoint;
class RemoteRoomEndpoint;
}  // namespace cd::net

namespace cd::gui {

class ConnectionStatus;
class RoomWindow;

class ObserverWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObserverWindow)

public:
    /// Over `link` (an observer seat's, welcomed; must outlive the window), one tab per room of
    /// `rooms` (net::ObservedRoomEndpoint::directoriesOf() of its welcome), in that order.
    ObserverWindow(net::RemoteRoomEndpoint &link, std::vector<exercise::RoomDirectory> rooms,
                   QWidget *parent = nullptr);
    ~ObserverWindow() override;

    QTabWidget *roomTabs() const { return m_tabs; }
    /// The view of room `id` (nullptr when the seat does not watch it).
    RoomWindow *room(const QString &id) const;
    const std::vector<RoomWindow *> &rooms() const { return m_rooms; }
    ConnectionStatus *status() const { return m_status; }
    /// The status bar's clock: what the room in front shows ("Exercise time 13:06").
    QString clockText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setReplaying(bool replaying);
    /// The status bar's clock says what the room in front says.
    void showFrontClock();

    net::RemoteRoomEndpoint &m_link;
    std::vector<exercise::RoomDirectory> m_directories;
    std::vector<std::unique_ptr<net::ObservedRoomEndpoint>> m_endpoints;
    std::vector<RoomWindow *> m_rooms;  ///< owned by the tabs; deleted first (they use the endpoints)
    QTabWidget *m_tabs = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_seat = nullptr;
    QLabel *m_clock = nullptr;  ///< the clock of the room in front
    ConnectionStatus *m_status = nullptr;
};

}  // namespace cd::gui
