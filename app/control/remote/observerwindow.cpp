#include "control/remote/observerwindow.h"

#include "exercise/seats.h"
#include "net/observedroomendpoint.h"
#include "net/remoteroomendpoint.h"
#include "room/remote/connectionstatus.h"
#include "room/roomwindow.h"
#include "views/eventtext.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::gui {

ObserverWindow::ObserverWindow(net::RemoteRoomEndpoint &link, std::vector<exercise::RoomDirectory> rooms,
                               QWidget *parent)
    : QMainWindow(parent), m_link(link), m_directories(std::move(rooms))
{
    setObjectName(QStringLiteral("observerWindow"));
    // What the visibility rule needs to sort the seat's stream into its rooms (exercise/seats.h).
    auto rule = std::make_shared<const scenario::Scenario>(exercise::scenarioOfRooms(m_directories));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Said where everyone looks (a projector, a guest's screen): nothing here acts for a room.
    m_band = new QLabel(central);
    m_band->setObjectName(QStringLiteral("observerBand"));
    m_band->setStyleSheet(QStringLiteral("#observerBand { background: #37474f; color: white; padding: 4px 8px; "
                                         "font-weight: bold; }"));
    layout->addWidget(m_band);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("observerRooms"));
    m_tabs->setDocumentMode(true);
    QFont roomFont = m_tabs->tabBar()->font();  // the rooms' names, to be read from a distance
    roomFont.setBold(true);
    roomFont.setPointSizeF(roomFont.pointSizeF() * 1.15);
    m_tabs->tabBar()->setFont(roomFont);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("observerClock"));
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    for (const exercise::RoomDirectory &d : m_directories) {
        m_endpoints.push_back(std::make_unique<net::ObservedRoomEndpoint>(link, rule, d.room));
        auto *room = new RoomWindow(*m_endpoints.back(), d);
        room->setWindowFlags(Qt::Widget);  // a tab's page, not a window of its own
        room->setReadOnly();
        room->setReplaying(true);  // until the first "synced": the backlog is history
        room->setExerciseMinute(link.exerciseMinute());
        // One status bar for the window (below): the seat, the clock of the room in front, the
        // connection. A room's own bar would only repeat the clock above it.
        room->statusBar()->hide();
        connect(room, &RoomWindow::clockTextChanged, this, &ObserverWindow::showFrontClock);
        m_tabs->addTab(room, QString());
        m_rooms.push_back(room);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &ObserverWindow::showFrontClock);
    connect(&link, &net::RemoteRoomEndpoint::clockChanged, this, [this](int minute) {
        for (RoomWindow *room : m_rooms)
            room->setExerciseMinute(minute);
    });
    // Between a (re)connection and "synced" the server replays the log (RemoteRoom does the same).
    connect(&link, &net::RemoteRoomEndpoint::stateChanged, this, [this](net::RemoteRoomEndpoint::State state) {
        if (state == net::RemoteRoomEndpoint::State::Connected)
            setReplaying(true);
    });
    connect(&link, &net::RemoteRoomEndpoint::synced, this, [this] { setReplaying(false); });
    m_seat = new QLabel(this);
    m_seat->setObjectName(QStringLiteral("observerSeat"));
    statusBar()->addWidget(m_seat, 1);
    showFrontClock();
    statusBar()->addPermanentWidget(m_clock);
    m_status = new ConnectionStatus(link, this);
    statusBar()->addPermanentWidget(m_status);
    retranslateUi();
    resize(1280, 760);
}

ObserverWindow::~ObserverWindow()
{
    for (RoomWindow *room : m_rooms)
        delete room;  // before the endpoints they read
}

RoomWindow *ObserverWindow::room(const QString &id) const
{
    for (RoomWindow *room : m_rooms)
        if (room->roomId() == id)
            return room;
    return nullptr;
}

QString ObserverWindow::clockText() const
{
    return m_clock->text();
}

void ObserverWindow::showFrontClock()
{
    if (auto *room = qobject_cast<RoomWindow *>(m_tabs->currentWidget()))
        m_clock->setText(room->clockText());
}

void ObserverWindow::setReplaying(bool replaying)
{
    for (RoomWindow *room : m_rooms)
        room->setReplaying(replaying);
}

void ObserverWindow::retranslateUi()
{
    const QString lang = uiLanguage();
    QStringList names;
    for (size_t i = 0; i < m_directories.size(); ++i) {
        const exercise::RoomDirectory &d = m_directories[i];
        const QString name = d.roomName.isEmpty() ? d.room : d.roomName.get(lang);
        m_tabs->setTabText(int(i), name);
        m_tabs->setTabToolTip(int(i), tr("What %1 sees; nothing can be done from here").arg(name));
        names << name;
    }
    const QString title = m_directories.empty() ? QString() : m_directories.front().title.get(lang);
    setWindowTitle(tr("%1 — Observer — read only — seat %2 — CrossDrill").arg(title, m_link.seatId()));
    const QString rooms = names.join(tr(", "));  // 総務省、東都通信 in Japanese
    m_band->setText(tr("Observer — read only: you see what %1 see; nothing can be sent from here.").arg(rooms));
    m_seat->setText(tr("Seat %1: %2 — %3").arg(m_link.seatId(), tr("Observer"), rooms));
}

void ObserverWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

}  // namespace cd::gui
