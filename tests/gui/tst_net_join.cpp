// `crossdrill join`'s windows on loopback, offscreen: the joined room opens the real player
// window (RoomWindow) built from the directory in the server's welcome, shows an inject the
// server fires, and its status bar follows the connection (connected, reconnecting, refused).
#include "../netfixture.h"
#include "room/mailpanel.h"
#include "room/remote/connectionstatus.h"
#include "room/remote/remoteroom.h"
#include "room/roomwindow.h"
#include "room/webpanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTreeView>

using namespace netfixture;
using cd::gui::RemoteRoom;
using cd::net::RemoteRoomEndpoint;

namespace {
bool shows(QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->index(r, c).data().toString().contains(text))
                return true;
    return false;
}
}  // namespace

class TestNetJoin : public QObject
{
    Q_OBJECT

private slots:
    void joinedWindowShowsAnInjectFromTheServer_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("sites");
        QTest::newRow("operator A gets I-001") << "op-a" << 6 << "Customers cannot connect" << 1;
        QTest::newRow("NISC: both sites, no scheduled mail") << "nisc" << 0 << QString() << 2;
    }
    void joinedWindowShowsAnInjectFromTheServer()
    {
        QFETCH(QString, room);
        QFETCH(int, minute);
        QFETCH(QString, subject);
        QFETCH(int, sites);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        RemoteRoomEndpoint endpoint(QUrl(s.url(room)), "tester");
        endpoint.setBackoff(20, 200);
        RemoteRoom remote(endpoint);
        QSignalSpy opened(&remote, &RemoteRoom::windowOpened);
        remote.show();
        QCOMPARE(remote.window(), nullptr);
        endpoint.open();
        QVERIFY(opened.wait(5000));
        cd::gui::RoomWindow *window = remote.window();
        QVERIFY(window);
        QCOMPARE(window->roomId(), room);
        QCOMPARE(window->isVisible(), true);
        // The web tab lists only the sites the directory gave this room.
        QCOMPARE(window->webPanel()->siteCombo()->count(), sites);
        QTRY_COMPARE_WITH_TIMEOUT(remote.status()->text(),
                                  "Connected to 127.0.0.1:" + QString::number(s.server->port()), 5000);
        if (minute > 0) {
            QAbstractItemModel *mails = window->mailPanel()->view()->model();
            QCOMPARE(shows(mails, subject), false);
            s.ex->advanceTo(minute);
            QTRY_VERIFY_WITH_TIMEOUT(shows(mails, subject), 5000);
        }
    }

    void statusFollowsTheConnection()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        RemoteRoomEndpoint endpoint(QUrl(s.url("op-b")), "tester");
        endpoint.setBackoff(3000, 3000);
        RemoteRoom remote(endpoint);
        QSignalSpy opened(&remote, &RemoteRoom::windowOpened);
        remote.show();
        endpoint.open();
        QVERIFY(opened.wait(5000));
        s.server->close();  // the server stops: the client retries in about 3 s
        QTRY_VERIFY_WITH_TIMEOUT(remote.status()->text().contains("reconnecting in"), 5000);
        QCOMPARE(remote.status()->text().contains(" s"), true);
        // Said as the server's close (4010), not as a socket error ("unknown error").
        QVERIFY2(remote.status()->text().startsWith("Connection lost (the server is stopping); reconnecting in "),
                 qPrintable(remote.status()->text()));
    }

    void roomClockMovesWithTheServerClock()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.ex->setSpeed(10);
        auto now = std::make_shared<qint64>(0);
        RemoteRoomEndpoint endpoint(QUrl(s.url("op-b")), "tester");
        endpoint.setTimeSource([now] { return *now; });
        RemoteRoom remote(endpoint);
        QSignalSpy opened(&remote, &RemoteRoom::windowOpened);
        remote.show();
        endpoint.open();
        QVERIFY(opened.wait(5000));
        auto *clock = remote.window()->findChild<QLabel *>("roomClock");
        QVERIFY(clock);
        QTRY_VERIFY_WITH_TIMEOUT(endpoint.clock().has_value(), 5000);
        QCOMPARE(clock->text(), QString("Exercise time 13:01"));
        const qint64 seq = endpoint.lastSeq();
        // The next minute comes due at x10 (nothing processed yet, so op-b hears no event): the
        // window's clock moves anyway.
        *now += s.ex->clock().msUntil(s.ex->minute() + 1) + 100;
        QTRY_COMPARE_WITH_TIMEOUT(clock->text(), QString("Exercise time 13:02"), 3000);
        QCOMPARE(endpoint.lastSeq(), seq);
    }

    void refusedTokenStaysInTheWaitingWindowWithTheReason()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        const QString url = s.url("mic");
        s.server->reissueToken("mic");  // the URL's token is revoked
        RemoteRoomEndpoint endpoint{QUrl(url), "tester"};
        RemoteRoom remote(endpoint);
        remote.show();
        endpoint.open();
        QTRY_COMPARE_WITH_TIMEOUT(endpoint.state(), RemoteRoomEndpoint::State::Closed, 5000);
        QCOMPARE(remote.window(), nullptr);
        QVERIFY2(remote.status()->text().startsWith("Refused by the server: "), qPrintable(remote.status()->text()));
        QCOMPARE(endpoint.lastError().isEmpty(), false);
    }
};

QTEST_MAIN(TestNetJoin)
#include "tst_net_join.moc"
