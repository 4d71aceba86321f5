#pragma once
// Shared by the seat GUI tests (tst_seat_console, tst_seat_observer): a control-team seat joined
// as `crossdrill join SEAT_URL` does it, and the screenshots they take on request.

#include "control/remote/observerwindow.h"
#include "control/remote/seatconsole.h"
#include "net/remoteroomendpoint.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace seatfixture {

/// A joined seat: its link and console, opened and welcomed.
struct Joined
{
    std::unique_ptr<cd::net::RemoteRoomEndpoint> link;
    std::unique_ptr<cd::gui::SeatConsole> console;

    /// Opens `url` as `name`; true once the seat's window opened (an observer's: also synced).
    bool open(const QUrl &url, const QString &name)
    {
        link = std::make_unique<cd::net::RemoteRoomEndpoint>(url, name);
        link->setBackoff(20, 200);
        console = std::make_unique<cd::gui::SeatConsole>(*link);
        QSignalSpy opened(console.get(), &cd::gui::SeatConsole::windowOpened);
        QSignalSpy synced(link.get(), &cd::net::RemoteRoomEndpoint::synced);
        console->show();
        link->open();
        if (!opened.wait(5000))
            return false;
        if (console->observer())
            return !synced.isEmpty() || synced.wait(5000);
        return console->window() != nullptr;
    }
    template<typename T> T *find(const char *name) const
    {
        return console->window()->findChild<T *>(QLatin1String(name));
    }
    cd::gui::ObserverWindow *observer() const { return console->observer(); }
};

/// With CROSSDRILL_SEAT_SHOTS set (packaging/screenshots/take-seats.sh), saves `w` there as
/// NAME.png at CROSSDRILL_SEAT_SHOT_SIZE (default 1366x768).
inline void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CROSSDRILL_SEAT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QStringList size = qEnvironmentVariable("CROSSDRILL_SEAT_SHOT_SIZE", QStringLiteral("1366x768")).split('x');
    w->resize(size.value(0).toInt(), size.value(1).toInt());
    w->show();
    QTest::qWait(400);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

}  // namespace seatfixture
