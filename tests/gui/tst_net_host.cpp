// Exercise > Host for remote rooms, offscreen on loopback: hosting the console's exercise lists
// one join URL per room, a RemoteRoomEndpoint connects with a listed URL, "Reissue token"
// revokes the old URL, bad settings are refused with a reason, and the hosting stops with the
// dialog's owner (the console).
#include "../netfixture.h"
#include "control/hostdialog.h"

#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

using cd::gui::HostDialog;
using cd::net::RemoteRoomEndpoint;

namespace {
struct Exercise
{
    QTemporaryDir dir;
    std::unique_ptr<cd::exercise::Exercise> ex;
    bool start(QString *error)
    {
        ex = fixture::start("basic.cxs.json", {}, dir.filePath("x.cxdb"), error);
        if (ex)
            ex->advanceTo(1);
        return ex != nullptr;
    }
};

bool connects(const QString &url, RemoteRoomEndpoint::State *final = nullptr)
{
    RemoteRoomEndpoint c{QUrl(url), "tester"};
    c.setBackoff(20, 200);
    QSignalSpy synced(&c, &RemoteRoomEndpoint::synced);
    c.open();
    const bool ok = synced.wait(5000);
    if (final)
        *final = c.state();
    return ok;
}
}  // namespace

class TestNetHost : public QObject
{
    Q_OBJECT

private slots:
    void hostingListsJoinUrlsThatConnect_data()
    {
        QTest::addColumn<QString>("room");
        QTest::newRow("NISC") << "nisc";
        QTest::newRow("operator B") << "op-b";
    }
    void hostingListsJoinUrlsThatConnect()
    {
        QFETCH(QString, room);
        Exercise e;
        QString error;
        QVERIFY2(e.start(&error), qPrintable(error));
        HostDialog dialog(*e.ex);
        dialog.listenEdit()->setText("127.0.0.1:0");
        dialog.webPortSpin()->setValue(0);
        QVERIFY2(dialog.startHosting(&error), qPrintable(error));
        QCOMPARE(dialog.isHosting(), true);
        QCOMPARE(dialog.table()->rowCount(), 4);
        const QString url = dialog.joinUrl(room);
        const QRegularExpression form(QStringLiteral("^ws://127\\.0\\.0\\.1:%1/room/%2\\?token=[A-Za-z0-9_-]{32}$")
                                          .arg(dialog.server()->port())
                                          .arg(room));
        QVERIFY2(form.match(url).hasMatch(), qPrintable(url));
        QCOMPARE(dialog.table()->item(0, HostDialog::PortalColumn)->text().startsWith("http://127.0.0.1:"), true);
        QCOMPARE(connects(url), true);

        // Reissue: the old URL is refused for good, the new one connects.
        auto *reissue = dialog.table()->findChild<QPushButton *>("reissue_" + room);
        QVERIFY(reissue);
        reissue->click();
        const QString fresh = dialog.joinUrl(room);
        QVERIFY(fresh != url);
        RemoteRoomEndpoint::State state{};
        QCOMPARE(connects(url, &state), false);
        QCOMPARE(state, RemoteRoomEndpoint::State::Closed);
        QCOMPARE(connects(fresh), true);

        dialog.stopHosting();
        QCOMPARE(dialog.isHosting(), false);
        QCOMPARE(dialog.joinUrl(room), QString());
    }

    void badSettingsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("message");
        QTest::newRow("no port") << "127.0.0.1"
                                 << ""
                                 << "expected HOST:PORT";
        QTest::newRow("port out of range") << "127.0.0.1:70000"
                                           << ""
                                           << "expected HOST:PORT";
        QTest::newRow("missing certificate") << "127.0.0.1:0"
                                             << "/nonexistent/cert.pem"
                                             << "TLS: ";
    }
    void badSettingsAreRefusedWithAReason()
    {
        QFETCH(QString, listen);
        QFETCH(QString, cert);
        QFETCH(QString, message);
        Exercise e;
        QString error;
        QVERIFY2(e.start(&error), qPrintable(error));
        HostDialog dialog(*e.ex);
        dialog.listenEdit()->setText(listen);
        dialog.certEdit()->setText(cert);
        QCOMPARE(dialog.startHosting(&error), false);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(dialog.isHosting(), false);
    }

    void menuActionOpensTheDialogAndHostingEndsWithTheOwner()
    {
        Exercise e;
        QString error;
        QVERIFY2(e.start(&error), qPrintable(error));
        QMenu menu;
        QWidget window;
        auto *owner = new QObject;
        QAction *action = HostDialog::addMenuAction(&menu, *e.ex, owner, &window);
        QCOMPARE(menu.actions().contains(action), true);
        QCOMPARE(action->text(), "&Host for remote rooms…");
        action->trigger();
        QPointer<HostDialog> dialog = window.findChild<HostDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->isVisible(), true);
        dialog->listenEdit()->setText("127.0.0.1:0");
        QVERIFY2(dialog->startHosting(&error), qPrintable(error));
        RemoteRoomEndpoint c{QUrl(dialog->joinUrl("mic")), "tester"};
        c.setBackoff(5000, 5000);
        QSignalSpy synced(&c, &RemoteRoomEndpoint::synced);
        c.open();
        QVERIFY(synced.wait(5000));
        delete owner;  // the console closes its exercise
        QCOMPARE(dialog.isNull(), true);
        QCOMPARE(menu.actions().contains(action), false);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RemoteRoomEndpoint::State::Reconnecting, 5000);
    }
};

QTEST_MAIN(TestNetHost)
#include "tst_net_host.moc"
