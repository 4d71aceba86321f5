#pragma once
// `crossdrill join SEAT_URL`'s windows (docs/protocol.md "Seats"): until the server's first
// welcome a small window shows the connection state (and a refusal's reason); then the console
// for the seat's role opens over a RemoteSeatSession: the clock bar and the console's docks that
// the role uses (a controller all of them, the sector board on its copy of the model included, a
// white cell its personas' calls and mail, an evaluator the traffic, the judgements and its
// observations), each enabling only what the role may do,
// with the connection state and the server's refusals in the status bar. An observer, which has
// no console and no scenario, gets its rooms' views instead (ObserverWindow, read only).

#include <QObject>

#include <memory>

class QLabel;
class QMainWindow;
class QWidget;

namespace cd::net {
class RemoteRoomEndpoint;
}

namespace cd::gui {

class ConnectionStatus;
class ObserverWindow;
class RemoteSeatSession;

class SeatConsole final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatConsole)

public:
    /// `link` (a seat URL's endpoint) must outlive this object; call link.open() after show().
    explicit SeatConsole(net::RemoteRoomEndpoint &link, QObject *parent = nullptr);
    ~SeatConsole() override;

    void show();
    /// The console window once the welcome arrived (an observer's: its ObserverWindow; nullptr
    /// before, or when the welcome cannot be read).
    QMainWindow *window() const { return m_window.get(); }
    RemoteSeatSession *session() const { return m_session.get(); }
    /// The observer's window (nullptr for another role, or before the welcome).
    ObserverWindow *observer() const;
    /// The connection state shown (in the waiting window, then in the console's status bar).
    ConnectionStatus *status() const { return m_status; }
    /// The last refusal shown in the status bar.
    QString lastRefusal() const;
    /// Who is connected, as the status bar says it ("28 of 35 rooms, 3 seats connected").
    QString presenceText() const;

signals:
    void windowOpened();

private:
    void openWindow();
    bool openObserver();
    void buildDocks();
    void retranslate();

    net::RemoteRoomEndpoint &m_link;
    std::unique_ptr<QWidget> m_waiting;
    QLabel *m_waitingText = nullptr;
    std::unique_ptr<RemoteSeatSession> m_session;
    std::unique_ptr<QMainWindow> m_window;
    ConnectionStatus *m_status = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_presence = nullptr;
    int m_roomsHere = -1, m_ofRooms = 0, m_seatsHere = 0;  ///< the last presence (-1: none yet)
};

}  // namespace cd::gui
