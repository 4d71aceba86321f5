#include "control/remote/seatconsole.h"

#include "control/clockbar.h"
#include "control/consoleactions.h"
#include "control/judgedock.h"
#include "control/monitordock.h"
#include "control/observationdock.h"
#include "control/remote/observerwindow.h"
#include "control/remote/remoteseatsession.h"
#include "control/sectordock.h"
#include "control/timelinedock.h"
#include "control/truthdock.h"
#include "control/whitecelldock.h"
#include "net/observedroomendpoint.h"
#include "net/remoteroomendpoint.h"
#include "room/remote/connectionstatus.h"
#include "views/eventtext.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd::gui {

namespace {

/// Retranslates the seat's window title and role line when the language changes.
class LanguageWatch final : public QObject
{
public:
    LanguageWatch(QObject *target, std::function<void()> f) : QObject(target), m_f(std::move(f))
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::LanguageChange)
            m_f();
        return false;
    }

private:
    std::function<void()> m_f;
};

}  // namespace

SeatConsole::SeatConsole(net::RemoteRoomEndpoint &link, QObject *parent)
    : QObject(parent), m_link(link), m_waiting(std::make_unique<QWidget>())
{
    m_waiting->setObjectName(QStringLiteral("seatWaiting"));
    m_waiting->setWindowTitle(tr("Joining as seat %1 — CrossDrill").arg(link.seatId()));
    auto *layout = new QVBoxLayout(m_waiting.get());
    m_waitingText =
        new QLabel(tr("Joining the exercise's control team as seat %1").arg(link.seatId()), m_waiting.get());
    m_waitingText->setWordWrap(true);
    QFont f = m_waitingText->font();
    f.setBold(true);
    m_waitingText->setFont(f);
    layout->addWidget(m_waitingText);
    m_status = new ConnectionStatus(link, m_waiting.get());
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_waiting->resize(520, 150);
    connect(&link, &net::RemoteRoomEndpoint::welcomed, this, &SeatConsole::openWindow);
}

SeatConsole::~SeatConsole()
{
    m_window.reset();  // its docks use the session
    m_session.reset();
}

void SeatConsole::show()
{
    if (m_window)
        m_window->show();
    else
        m_waiting->show();
}

QString SeatConsole::lastRefusal() const
{
    return m_refusal ? m_refusal->text() : QString();
}

QString SeatConsole::presenceText() const
{
    if (m_roomsHere < 0)
        return {};
    return tr("%1 of %2 rooms, %n seat(s) connected", nullptr, m_seatsHere).arg(m_roomsHere).arg(m_ofRooms);
}

ObserverWindow *SeatConsole::observer() const
{
    return qobject_cast<ObserverWindow *>(m_window.get());
}

void SeatConsole::openWindow()
{
    if (m_window || m_session || openObserver())
        return;
    m_session = std::make_unique<RemoteSeatSession>(m_link);
    if (!m_session->valid()) {
        // A scenario this build cannot read: say so where the user is looking.
        m_waitingText->setText(m_session->error());
        m_link.close();
        return;
    }
    m_window = std::make_unique<QMainWindow>();
    m_window->setObjectName(QStringLiteral("seatConsole"));
    m_window->resize(1280, 800);
    buildDocks();
    m_status = new ConnectionStatus(m_link, m_window.get());
    m_role = new QLabel(m_window.get());
    m_role->setObjectName(QStringLiteral("seatRole"));
    m_refusal = new QLabel(m_window.get());
    m_refusal->setObjectName(QStringLiteral("seatRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("#seatRefusal { color: #b71c1c; }"));
    m_window->statusBar()->addWidget(m_role);
    m_window->statusBar()->addWidget(m_refusal, 1);
    // The lobby (`serve --paused`) and after: how many rooms and seats are here.
    m_presence = new QLabel(m_window.get());
    m_presence->setObjectName(QStringLiteral("seatPresence"));
    m_window->statusBar()->addPermanentWidget(m_presence);
    connect(&m_link, &net::RemoteRoomEndpoint::presenceChanged, m_presence,
            [this](const QStringList &rooms, int ofRooms, const QStringList &seats) {
                m_roomsHere = int(rooms.size());
                m_ofRooms = ofRooms;
                m_seatsHere = int(seats.size());
                m_presence->setText(presenceText());
            });
    m_window->statusBar()->addPermanentWidget(m_status);
    connect(m_session.get(), &ControlSession::refused, m_refusal,
            [this](const QString &message) { m_refusal->setText(tr("Refused: %1").arg(message)); });
    new LanguageWatch(m_window.get(), [this] { retranslate(); });
    retranslate();
    // The events the link already holds (the backlog before the window) reach the docks.
    m_session->replayLog();
    const bool visible = m_waiting->isVisible();
    m_waiting.reset();
    if (visible)
        m_window->show();
    emit windowOpened();
}

/// An observer's welcome: its rooms' views instead of a console. False for another role.
bool SeatConsole::openObserver()
{
    const QJsonObject &welcome = m_link.seatWelcome();
    if (welcome.value(QLatin1String("role")).toString() != exercise::roleName(exercise::SeatRole::Observer))
        return false;
    QString error;
    auto rooms = net::ObservedRoomEndpoint::directoriesOf(welcome, &error);
    if (!rooms) {
        m_waitingText->setText(tr("The server's welcome cannot be read: %1").arg(error));
        m_link.close();
        return true;
    }
    auto window = std::make_unique<ObserverWindow>(m_link, std::move(*rooms));
    m_status = window->status();
    m_window = std::move(window);
    const bool visible = m_waiting->isVisible();
    m_waiting.reset();
    if (visible)
        m_window->show();
    emit windowOpened();
    return true;
}

void SeatConsole::buildDocks()
{
    using exercise::SeatRole;
    RemoteSeatSession &s = *m_session;
    QMainWindow *w = m_window.get();
    const SeatRole role = s.seat().role;
    w->addToolBar(Qt::TopToolBarArea, new ClockBar(s, w));
    auto *view = w->menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("seatViewMenu"));
    auto *timeline = new TimelineDock(s, w);
    auto *monitor = new MonitorDock(s, w);
    auto *truth = new TruthDock(s.scenario(), w);
    QList<QDockWidget *> docks{timeline, monitor, truth};
    w->addDockWidget(Qt::LeftDockWidgetArea, timeline);
    w->addDockWidget(Qt::LeftDockWidgetArea, monitor);
    // A controller's sector board (its model: the seat's copy), the first of the right-hand tabs:
    // above them, as in the console, the white cell's minimum pushed the window past 768 px with
    // the fourteen sectors' legend.
    SectorDock *sectors = s.model() ? new SectorDock(s, w) : nullptr;
    if (sectors) {
        w->addDockWidget(Qt::RightDockWidgetArea, sectors);
        docks << sectors;
    }
    w->addDockWidget(Qt::RightDockWidgetArea, truth);
    if (sectors)
        w->tabifyDockWidget(sectors, truth);
    QDockWidget *front = truth;
    if (role == SeatRole::Controller || role == SeatRole::WhiteCell) {
        auto *whiteCell = new WhiteCellDock(s, w);
        w->addDockWidget(Qt::RightDockWidgetArea, whiteCell);
        w->tabifyDockWidget(truth, whiteCell);
        docks << whiteCell;
        front = whiteCell;  // a white cell's work: its personas' calls and mail
        // The console's Exercise menu and shortcuts (answer Ctrl+Shift+A, ...), as the role allows.
        auto *actions = new ConsoleActions(s, timeline, whiteCell, w);
        QMenu *exercise = w->menuBar()->addMenu(QString());
        exercise->setObjectName(QStringLiteral("seatExerciseMenu"));
        exercise->addActions(actions->actions());
        w->menuBar()->insertMenu(view->menuAction(), exercise);
    }
    if (role == SeatRole::Controller || role == SeatRole::Evaluator) {
        auto *judge = new JudgeDock(s, w);
        auto *observations = new ObservationDock(
            s, [monitor] { return monitor->selectedEvents(); }, w);
        w->addDockWidget(Qt::RightDockWidgetArea, judge);
        w->addDockWidget(Qt::RightDockWidgetArea, observations);
        w->tabifyDockWidget(truth, judge);
        w->tabifyDockWidget(judge, observations);
        docks << judge << observations;
        if (role == SeatRole::Evaluator)
            front = observations;
    }
    if (sectors)
        front = sectors;  // a controller's overview; the white cell is a tab away
    front->raise();
    for (QDockWidget *d : docks)
        view->addAction(d->toggleViewAction());
    w->resizeDocks({timeline, truth}, {w->width() * 11 / 20, w->width() * 9 / 20}, Qt::Horizontal);
}

void SeatConsole::retranslate()
{
    if (!m_window || !m_session)
        return;
    const exercise::Seat seat = m_session->seat();
    QString role;
    switch (seat.role) {
    case exercise::SeatRole::Controller:
        role = tr("Controller");
        break;
    case exercise::SeatRole::WhiteCell:
        role = tr("White cell");
        break;
    case exercise::SeatRole::Evaluator:
        role = tr("Evaluator");
        break;
    case exercise::SeatRole::Observer:
        role = tr("Observer");
        break;
    }
    const QString lang = uiLanguage();
    QStringList names;
    for (const QString &id : seat.list) {
        const scenario::Persona *p = m_session->scenario().persona(id);
        const scenario::Room *r = m_session->scenario().room(id);
        names << (seat.role == exercise::SeatRole::WhiteCell ? (p ? p->name.get(lang) : id)
                                                             : (r ? r->name.get(lang) : id));
    }
    const QString title = m_session->scenario().meta.title.get(lang);
    m_window->setWindowTitle(tr("%1 — seat %2 (%3) — CrossDrill").arg(title, seat.id, role));
    m_role->setText(names.isEmpty() ? tr("Seat %1: %2").arg(seat.id, role)
                                    : tr("Seat %1: %2 — %3").arg(seat.id, role, names.join(QStringLiteral(", "))));
    if (QMenu *view = m_window->findChild<QMenu *>(QStringLiteral("seatViewMenu")))
        view->setTitle(tr("&View"));
    if (QMenu *exercise = m_window->findChild<QMenu *>(QStringLiteral("seatExerciseMenu")))
        exercise->setTitle(tr("E&xercise"));
    if (ConsoleActions *actions = m_window->findChild<ConsoleActions *>())
        actions->retranslateUi();
    m_presence->setText(presenceText());
}

}  // namespace cd::gui
