#include "control/console.h"

#include "control/clockbar.h"
#include "control/consoleactions.h"
#include "control/exercisesession.h"
#include "control/judgedock.h"
#include "control/monitordock.h"
#include "control/observationdock.h"
#include "control/sectordock.h"
#include "control/timelinedock.h"
#include "control/truthdock.h"
#include "control/whitecelldock.h"
#include "room/roomwindow.h"
#include "views/eventtext.h"

#include <QGuiApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>

#include <cmath>

namespace cd::gui {

Console::Console(std::unique_ptr<ExerciseSession> session, QMainWindow *window, QMenu *roomsMenu)
    : QObject(window), m_session(std::move(session)), m_window(window), m_roomsMenu(roomsMenu),
      m_clock(new ClockBar(*m_session, window)), m_timeline(new TimelineDock(*m_session, window)),
      m_truth(new TruthDock(m_session->scenario(), window)), m_monitor(new MonitorDock(*m_session, window)),
      m_sectors(new SectorDock(*m_session, window)), m_whiteCell(new WhiteCellDock(*m_session, window)),
      m_judge(new JudgeDock(*m_session, window)),
      m_observations(new ObservationDock(
          *m_session, [this] { return m_monitor->selectedEvents(); }, window)),
      m_actions(new ConsoleActions(*m_session, m_timeline, m_whiteCell, window))
{
    window->addToolBarBreak();
    window->addToolBar(Qt::TopToolBarArea, m_clock);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_timeline);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_monitor);
    window->addDockWidget(Qt::RightDockWidgetArea, m_sectors);
    window->addDockWidget(Qt::RightDockWidgetArea, m_truth);
    window->addDockWidget(Qt::RightDockWidgetArea, m_whiteCell);
    window->tabifyDockWidget(m_truth, m_whiteCell);
    window->tabifyDockWidget(m_whiteCell, m_judge);
    window->tabifyDockWidget(m_judge, m_observations);
    m_truth->raise();
    const int w = std::max(800, window->width());
    window->resizeDocks({m_timeline, m_sectors}, {w * 3 / 5, w * 2 / 5}, Qt::Horizontal);
    window->resizeDocks({m_timeline, m_monitor}, {1, 1}, Qt::Vertical);
    window->resizeDocks({m_sectors, m_truth}, {3, 2}, Qt::Vertical);  // room for the q(t) chart
    // The window's Workspaces then arranges the docks for the work at hand (control/workspaces.h).

    // The events already in the log (a reopened exercise) reach the docks like live ones.
    m_session->replayLog();

    roomsMenu->clear();
    roomsMenu->setEnabled(true);
    QAction *one = roomsMenu->addAction(QString(), this, &Console::chooseRoom);
    one->setObjectName(QStringLiteral("openRoomAction"));
    one->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *all = roomsMenu->addAction(QString(), this, &Console::openAllRooms);
    all->setObjectName(QStringLiteral("openAllRoomsAction"));
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    window->addActions({one, all});  // the shortcuts work while the menu bar is hidden too
    roomsMenu->addSeparator();
    for (const scenario::Room &r : m_session->scenario().rooms) {
        QAction *a = roomsMenu->addAction(QString(), this, [this, id = r.id] { openRoom(id); });
        a->setData(r.id);
    }
    retranslateRoomsMenu();
}

Console::~Console()
{
    m_rooms.clear();  // before the session and its endpoints
    // The window outlives the console: take back what was put into it (they use the session).
    m_roomsMenu->clear();
    m_roomsMenu->setEnabled(false);
    delete m_actions;
    m_window->removeToolBarBreak(m_clock);
    for (QWidget *w : std::initializer_list<QWidget *>{m_clock, m_timeline, m_truth, m_monitor, m_sectors, m_whiteCell,
                                                       m_judge, m_observations})
        delete w;
}

void Console::retranslateUi()
{
    retranslateRoomsMenu();
    m_actions->retranslateUi();
}

void Console::retranslateRoomsMenu()
{
    const QList<QAction *> actions = m_roomsMenu->actions();
    if (actions.size() < 2)
        return;
    actions[0]->setText(tr("Open &room…"));
    actions[1]->setText(tr("Open &all rooms"));
    for (QAction *a : actions)
        if (const scenario::Room *r = m_session->scenario().room(a->data().toString()))
            a->setText(r->name.get(uiLanguage()));
}

RoomWindow *Console::openRoom(const QString &room)
{
    auto &slot = m_rooms[room];
    if (!slot) {
        slot = std::make_unique<RoomWindow>(m_session->endpoint(room),
                                            exercise::RoomDirectory::fromScenario(m_session->scenario(), room));
        // The room's clock moves with the exercise clock, not only when the room gets an event
        // (a quiet room at x10 showed 14:11 while the console showed 14:21).
        RoomWindow *window = slot.get();
        window->setExerciseMinute(m_session->minute());
        connect(m_session.get(), &ExerciseSession::clockChanged, window,
                [this, window] { window->setExerciseMinute(m_session->minute()); });
    }
    slot->show();
    slot->raise();
    return slot.get();
}

void Console::chooseRoom()
{
    QStringList names;
    for (const scenario::Room &r : m_session->scenario().rooms)
        names << r.name.get(uiLanguage());
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Open room"), tr("Room:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype i = names.indexOf(name);
    if (i >= 0)
        openRoom(m_session->scenario().rooms[size_t(i)].id);
}

void Console::openAllRooms()
{
    const auto &rooms = m_session->scenario().rooms;
    const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
    const int n = int(rooms.size());
    const int cols = std::max(1, int(std::ceil(std::sqrt(double(n)))));
    const int rows = std::max(1, (n + cols - 1) / cols);
    const int w = area.width() / cols;
    const int h = area.height() / rows;
    for (int i = 0; i < n; ++i) {
        RoomWindow *win = openRoom(rooms[size_t(i)].id);
        win->setGeometry(area.x() + (i % cols) * w, area.y() + (i / cols) * h, w, h);
    }
}

}  // namespace cd::gui
