#pragma once
// The control console (事務局) for one running exercise: puts the clock bar and the docks into
// the main window, and opens the player room windows
// (Rooms > Open room… / Open all rooms), each over a LocalRoomEndpoint of the session.
// The main window owns one Console while an exercise is open; deleting it closes the rooms and
// removes its docks, clock bar and actions from the window.

#include <QObject>

#include <map>
#include <memory>

class QMainWindow;
class QMenu;

namespace cd::gui {

class ClockBar;
class ConsoleActions;
class ExerciseSession;
class JudgeDock;
class MonitorDock;
class ObservationDock;
class RoomWindow;
class SectorDock;
class TimelineDock;
class TruthDock;
class WhiteCellDock;

class Console final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Console)

public:
    /// Adds the console to `window` and the room entries to `roomsMenu` (both not owned).
    Console(std::unique_ptr<ExerciseSession> session, QMainWindow *window, QMenu *roomsMenu);
    ~Console() override;

    ExerciseSession &session() { return *m_session; }
    ClockBar *clockBar() const { return m_clock; }
    TimelineDock *timeline() const { return m_timeline; }
    TruthDock *truth() const { return m_truth; }
    ObservationDock *observations() const { return m_observations; }
    MonitorDock *monitor() const { return m_monitor; }
    SectorDock *sectors() const { return m_sectors; }
    WhiteCellDock *whiteCell() const { return m_whiteCell; }
    JudgeDock *judge() const { return m_judge; }
    /// Start / resume, pause, fire now, skip, delay (with shortcuts), for the Exercise menu.
    ConsoleActions *actions() const { return m_actions; }

    /// Opens (or raises) the window of `room`.
    RoomWindow *openRoom(const QString &room);
    /// Opens every room's window, tiled over the screen.
    void openAllRooms();
    void retranslateUi();

private:
    void chooseRoom();
    void retranslateRoomsMenu();

    std::unique_ptr<ExerciseSession> m_session;
    QMainWindow *m_window;
    QMenu *m_roomsMenu;
    ClockBar *m_clock;
    TimelineDock *m_timeline;
    TruthDock *m_truth;
    MonitorDock *m_monitor;
    SectorDock *m_sectors;
    WhiteCellDock *m_whiteCell;
    JudgeDock *m_judge;
    ObservationDock *m_observations;
    ConsoleActions *m_actions;
    std::map<QString, std::unique_ptr<RoomWindow>> m_rooms;
};

}  // namespace cd::gui
