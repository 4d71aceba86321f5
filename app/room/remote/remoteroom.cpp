#include "room/remote/remoteroom.h"

#include "net/remoteroomendpoint.h"
#include "room/remote/connectionstatus.h"
#include "room/roomwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd::gui {

RemoteRoom::RemoteRoom(net::RemoteRoomEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_waiting(std::make_unique<QWidget>())
{
    m_waiting->setObjectName(QStringLiteral("joinWaiting"));
    m_waiting->setWindowTitle(tr("Joining room %1 — CrossDrill").arg(endpoint.roomId()));
    auto *layout = new QVBoxLayout(m_waiting.get());
    auto *heading = new QLabel(tr("Joining the exercise as room %1").arg(endpoint.roomId()), m_waiting.get());
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    m_status = new ConnectionStatus(endpoint, m_waiting.get());
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_waiting->resize(480, 140);
    connect(&endpoint, &net::RemoteRoomEndpoint::welcomed, this, &RemoteRoom::openWindow);
    // Between a (re)connection and "synced" the server replays the log: the window shows those
    // events as history (an old refusal is not a new status message).
    connect(&endpoint, &net::RemoteRoomEndpoint::stateChanged, this, [this](net::RemoteRoomEndpoint::State state) {
        if (state != net::RemoteRoomEndpoint::State::Connected)
            return;
        m_synced = false;
        if (m_window)
            m_window->setReplaying(true);
    });
    connect(&endpoint, &net::RemoteRoomEndpoint::synced, this, [this] {
        m_synced = true;
        if (m_window)
            m_window->setReplaying(false);
    });
    if (endpoint.directory())
        openWindow();
}

RemoteRoom::~RemoteRoom() = default;

void RemoteRoom::show()
{
    if (m_window)
        m_window->show();
    else
        m_waiting->show();
}

void RemoteRoom::openWindow()
{
    if (m_window || !m_endpoint.directory())
        return;
    m_window = std::make_unique<RoomWindow>(m_endpoint, *m_endpoint.directory());
    m_window->setReplaying(!m_synced);
    // The room's clock moves with the server's exercise clock, not only when the room gets an
    // event (the endpoint counts on between the server's clock messages).
    m_window->setExerciseMinute(m_endpoint.exerciseMinute());
    connect(&m_endpoint, &net::RemoteRoomEndpoint::clockChanged, m_window.get(),
            [window = m_window.get()](int minute) { window->setExerciseMinute(minute); });
    m_status = new ConnectionStatus(m_endpoint, m_window.get());
    m_window->statusBar()->addPermanentWidget(m_status);
    const bool visible = m_waiting->isVisible();
    m_waiting.reset();
    if (visible)
        m_window->show();
    emit windowOpened();
}

}  // namespace cd::gui
