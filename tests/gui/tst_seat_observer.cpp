// `crossdrill join OBSERVER_SEAT_URL` on loopback, offscreen (control/remote/observerwindow.h): an
// observer seat of two rooms gets one read-only RoomWindow per room, each showing exactly what
// that room sees (the same events as the room's own stream, by the server's visibility rule),
// nothing of a third room or of control, every act disabled with the reason in its tip and
// nothing sent; after a dropped connection nothing is shown twice.
// With CROSSDRILL_SEAT_SHOTS=DIR (run under Xvfb with QT_QPA_PLATFORM=xcb) the observer's window
// is saved there in Japanese and English at 1366x768 (packaging/screenshots/take-seats.sh).
#include "../netfixture.h"
#include "control/remote/observerwindow.h"
#include "control/remote/seatconsole.h"
#include "control/translations.h"
#include "exercise/roomview.h"
#include "exercise/seats.h"
#include "exercise/visibility.h"
#include "net/observedroomendpoint.h"
#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomactions.h"
#include "room/roomwindow.h"
#include "room/surveyform.h"
#include "room/webpanel.h"
#include "seatfixture.h"
#include "views/mailmodel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

using namespace netfixture;
using namespace seatfixture;
using cd::gui::ObserverWindow;
using cd::gui::RoomWindow;
using cd::gui::SeatConsole;
using cd::net::RemoteRoomEndpoint;

namespace {

const QStringList kWatched{"mic", "op-a"};

struct ObserverServed : Served
{
    QString token;
    bool startObserver(QString *error)
    {
        if (!start(error))
            return false;
        const auto seat = cd::exercise::parseSeat("obs=observer:" + kWatched.join(','), ex->scenario(), error);
        if (!seat)
            return false;
        token = server->addSeats({*seat}).value("obs");
        return true;
    }
    QUrl seatUrl() const { return QUrl(server->seatUrl("obs", token)); }
    /// The view the room itself has of the whole log (the visibility rule's).
    cd::exercise::RoomView truthOf(const QString &room) const
    {
        return cd::exercise::RoomView::fromLog(ex->scenario(), room, ex->log().read());
    }
    bool logged(const QString &kind, const QString &key, const QString &value) const
    {
        for (const cd::store::Event &e : ex->log().read())
            if (e.kind == kind && e.payload.value(key).toString() == value)
                return true;
        return false;
    }
};

int callRows(RoomWindow *w)
{
    return w->phonePanel()->findChild<QTreeWidget *>("callLog")->topLevelItemCount();
}

bool showsSubject(RoomWindow *w, const QString &subject)
{
    const QAbstractItemModel *m = w->mailPanel()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 4).data().toString() == subject)  // MailModel::SubjectColumn
            return true;
    return false;
}

/// The rooms talk: A mails MIC, MIC calls A (answered, a line, hung up); B mails and calls NISC,
/// which the observer must never see.
bool exchange(ObserverServed &s, const QString &tag, QString *error)
{
    auto mic = s.client("mic"), a = s.client("op-a"), b = s.client("op-b"), nisc = s.client("nisc");
    if (!mic || !a || !b || !nisc) {
        *error = "a room did not connect";
        return false;
    }
    a->sendMail({"mic"}, {}, "report", "A to MIC " + tag, "Our customers cannot connect.");
    b->sendMail({"nisc"}, {}, "report", "B to NISC " + tag, "Not for the observer.");
    if (!QTest::qWaitFor([&] { return s.logged("mail.delivered", "subject", "A to MIC " + tag); }, 5000)) {
        *error = "the mail was not delivered";
        return false;
    }
    b->placeCall("nisc", "other", "Private line " + tag);
    mic->placeCall("op-a", "other", "Are you affected? " + tag);
    const qint64 before = s.ex->log().lastSeq();  // the call placed now, not an earlier one
    QString call;
    if (!QTest::qWaitFor(
            [&] {
                for (const cd::store::Event &e : s.ex->log().read())
                    if (e.seq > before && e.kind == "call.ringing" && e.payload.value("to").toString() == "op-a")
                        call = e.payload.value("call").toString();
                return !call.isEmpty();
            },
            5000)) {
        *error = "the call did not ring";
        return false;
    }
    a->answerCall(call);
    if (!QTest::qWaitFor([&] { return s.logged("call.answered", "call", call); }, 5000)) {
        *error = "the call was not answered";
        return false;
    }
    mic->say("Since 10:00. " + tag, call);
    mic->hangUp(call);
    return QTest::qWaitFor([&] { return s.logged("call.ended", "call", call); }, 5000) ||
           (*error = "the call did not end", false);
}

}  // namespace

class TestSeatObserver : public QObject
{
    Q_OBJECT

private slots:
    void observerSeesExactlyItsRooms_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << "en";
        QTest::newRow("ja") << "ja";
    }
    void observerSeesExactlyItsRooms()
    {
        QFETCH(QString, lang);
        cd::gui::Translations translations;
        translations.apply(lang);
        ObserverServed s;
        QString error;
        QVERIFY2(s.startObserver(&error), qPrintable(error));
        s.ex->advanceTo(6);  // I-001 reaches op-a (an inject: its bookkeeping is control's)
        Joined obs;
        QVERIFY(obs.open(s.seatUrl(), "Guest"));
        ObserverWindow *w = obs.observer();
        QVERIFY(obs.link->seatWelcome().value("scenario").isUndefined());  // no truth on the wire
        QCOMPARE(w->roomTabs()->count(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(w->roomTabs()->tabText(i), s.ex->scenario().room(kWatched[i])->name.get(lang));
        QVERIFY(!w->room("op-b") && !w->room("nisc"));
        const QString readOnly = lang == "ja" ? QString("閲覧のみ") : QString("Observer — read only");
        QVERIFY2(w->windowTitle().contains(readOnly), qPrintable(w->windowTitle()));
        QVERIFY2(w->findChild<QLabel *>("observerBand")->text().contains(readOnly),
                 qPrintable(w->findChild<QLabel *>("observerBand")->text()));
        QVERIFY2(exchange(s, "1", &error), qPrintable(error));
        QVERIFY(barrier(*obs.link));

        // Each room's view: the room's own stream, event for event (the server's rule)...
        std::vector<cd::exercise::RoomDirectory> dirs =
            *cd::net::ObservedRoomEndpoint::directoriesOf(obs.link->seatWelcome(), &error);
        auto rooms = std::make_shared<const cd::scenario::Scenario>(cd::exercise::scenarioOfRooms(dirs));
        QList<qint64> union_;
        for (const QString &room : kWatched) {
            cd::net::ObservedRoomEndpoint endpoint(*obs.link, rooms, room);
            QCOMPARE(seqs(endpoint.eventsSince(0)), s.expected(room));
            union_ += s.expected(room);
            QVERIFY(!endpoint.perform({{"do", "mail"}}).ok);
        }
        // ... and the seat's stream holds nothing else (no other room's traffic, no control).
        std::sort(union_.begin(), union_.end());
        union_.erase(std::unique(union_.begin(), union_.end()), union_.end());
        QCOMPARE(seqs(obs.link->eventsSince(0)), union_);
        for (const QString &room : kWatched) {
            RoomWindow *view = w->room(room);
            QVERIFY(view && view->isReadOnly());
            const cd::exercise::RoomView truth = s.truthOf(room);
            QCOMPARE(view->mailPanel()->model()->rowCount(), int(truth.mail().mails().size()));
            QCOMPARE(callRows(view), int(truth.calls().calls.size()));
            QVERIFY(showsSubject(view, "A to MIC 1"));
            QVERIFY(!showsSubject(view, "B to NISC 1"));
            QCOMPARE(callRows(view), 1);  // MIC's call to A; never B's to NISC
        }
        QVERIFY(showsSubject(w->room("op-a"), "Customers cannot connect"));  // the inject's mail
        QVERIFY(showsSubject(w->room("mic"), "Customers cannot connect"));   // cc
        checkReadOnly(s, *obs.link, w);
        if (QTest::currentTestFailed())
            return;
        // One status bar, the window's: the rooms' own are hidden, and it shows the clock of the
        // room in front, following the tabs.
        for (RoomWindow *view : w->rooms())
            QVERIFY(!view->statusBar()->isVisibleTo(view));
        QVERIFY(w->statusBar()->isVisibleTo(w));
        const QString clock = (lang == "ja" ? QString("演習時刻 ") : QString("Exercise time ")) + "13:06";
        for (int i : {1, 0}) {
            w->roomTabs()->setCurrentIndex(i);
            QCOMPARE(w->clockText(), clock);
            QCOMPARE(w->clockText(), w->room(kWatched[i])->clockText());
        }
        w->roomTabs()->setCurrentIndex(0);
        RoomWindow *mic = w->room("mic");
        mic->tabs()->setCurrentIndex(0);
        mic->mailPanel()->view()->setCurrentIndex(mic->mailPanel()->view()->model()->index(0, 0));
        shoot(w, QStringLiteral("seat-observer-%1").arg(lang));
        w->roomTabs()->setCurrentIndex(1);
        w->room("op-a")->tabs()->setCurrentIndex(1);
        shoot(w, QStringLiteral("seat-observer-phone-%1").arg(lang));
        translations.apply("en");
    }

    /// A dropped connection resumes after the last seq held: nothing is shown twice, and what
    /// happened meanwhile arrives.
    void resumingShowsNoDuplicates()
    {
        ObserverServed s;
        QString error;
        QVERIFY2(s.startObserver(&error), qPrintable(error));
        Joined obs;
        QVERIFY(obs.open(s.seatUrl(), "Guest"));
        QVERIFY2(exchange(s, "1", &error), qPrintable(error));
        QVERIFY(barrier(*obs.link));
        QSignalSpy synced(obs.link.get(), &RemoteRoomEndpoint::synced);
        obs.link->simulateDrop();
        QVERIFY2(exchange(s, "2", &error), qPrintable(error));  // while it reconnects, or after
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 5000);      // it may have come during the exchange
        QVERIFY(barrier(*obs.link));
        for (const QString &room : kWatched) {
            RoomWindow *view = obs.observer()->room(room);
            const cd::exercise::RoomView truth = s.truthOf(room);
            QCOMPARE(view->mailPanel()->model()->rowCount(), int(truth.mail().mails().size()));
            QCOMPARE(callRows(view), 2);
            QVERIFY(showsSubject(view, "A to MIC 2"));
        }
        QCOMPARE(obs.link->reconnects(), 1);
    }

    /// When the exercise ends the rooms' clocks say so, and every act still gives the observer's
    /// reason (not "the exercise has ended", which would suggest it could act before).
    void endKeepsTheReadOnlyReason()
    {
        ObserverServed s;
        QString error;
        QVERIFY2(s.startObserver(&error), qPrintable(error));
        Joined obs;
        QVERIFY(obs.open(s.seatUrl(), "Guest"));
        s.ex->end();
        QVERIFY(barrier(*obs.link));
        for (RoomWindow *view : obs.observer()->rooms()) {
            QTRY_VERIFY(view->exerciseEnded());
            for (const char *name : {"newMailButton", "replyButton", "forwardButton", "callButton"}) {
                auto *b = view->findChild<QPushButton *>(QLatin1String(name));
                QVERIFY2(b && !b->isEnabled(), name);
                QCOMPARE(b->toolTip(), RoomWindow::readOnlyReason());
            }
            QCOMPARE(view->roomActions()->newMail()->toolTip(), RoomWindow::readOnlyReason());
        }
        QCOMPARE(obs.observer()->clockText(), QString("Exercise ended"));
    }

    /// Switching the language while watching retitles the window and the tabs, and the reason in
    /// every disabled act's tip follows.
    void followsALanguageSwitch()
    {
        cd::gui::Translations translations;
        translations.apply("en");
        ObserverServed s;
        QString error;
        QVERIFY2(s.startObserver(&error), qPrintable(error));
        Joined obs;
        QVERIFY(obs.open(s.seatUrl(), "Guest"));
        RoomWindow *mic = obs.observer()->room("mic");
        const QString english = RoomWindow::readOnlyReason();
        QCOMPARE(mic->roomActions()->newMail()->toolTip(), english);
        translations.apply("ja");
        QTRY_VERIFY(obs.observer()->windowTitle().contains("閲覧のみ"));
        QVERIFY(RoomWindow::readOnlyReason() != english);
        QTRY_COMPARE(mic->roomActions()->newMail()->toolTip(), RoomWindow::readOnlyReason());
        QCOMPARE(mic->findChild<QPushButton *>("replyButton")->toolTip(), RoomWindow::readOnlyReason());
        QVERIFY(mic->windowTitle().contains("閲覧のみ"));
        QTRY_VERIFY2(obs.observer()->clockText().startsWith("演習時刻"), qPrintable(obs.observer()->clockText()));
        translations.apply("en");
        QTRY_VERIFY(obs.observer()->windowTitle().contains("Observer — read only"));
        QTRY_VERIFY2(obs.observer()->clockText().startsWith("Exercise time"), qPrintable(obs.observer()->clockText()));
    }

private:
    /// Every act is disabled with the reason in its tip, and nothing reaches the server.
    static void checkReadOnly(ObserverServed &s, RemoteRoomEndpoint &link, ObserverWindow *w)
    {
        const QString why = RoomWindow::readOnlyReason();
        const qint64 before = s.ex->log().lastSeq();
        for (RoomWindow *view : w->rooms()) {
            cd::gui::RoomActions *actions = view->roomActions();
            for (QAction *a :
                 {actions->newMail(), actions->reply(), actions->forward(), actions->answer(), actions->decline(),
                  actions->hangUp(), actions->speak(), actions->placeCall(), actions->post()}) {
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
                QCOMPARE(a->toolTip(), why);
                a->trigger();  // a shortcut that slipped through would send
            }
            for (const char *name : {"newMailButton", "replyButton", "forwardButton", "answerButton", "hangUpButton",
                                     "callButton", "submitHypothesisButton", "requestButton", "sendSurveyButton"}) {
                auto *b = view->findChild<QPushButton *>(QLatin1String(name));
                QVERIFY2(b && !b->isEnabled(), name);
                QVERIFY2(b->toolTip() == why, name);
            }
            QCOMPARE(view->webPanel()->canPost(), false);
            QCOMPARE(view->findChild<QPushButton *>("postButton")->isVisibleTo(view), false);
            // Reading a mail marks nothing, and the compose dialog does not open.
            QSignalSpy composed(view->mailPanel(), &cd::gui::MailPanel::composeOpened);
            QTreeView *list = view->mailPanel()->view();
            const int unread = view->unreadShown();
            for (int r = 0; r < list->model()->rowCount(); ++r)
                list->setCurrentIndex(list->model()->index(r, 0));
            view->mailPanel()->compose(cd::gui::MailPanel::Compose::New);
            QCOMPARE(composed.count(), 0);
            QCOMPARE(view->unreadShown(), unread);
        }
        QVERIFY(barrier(link));
        QCOMPARE(s.ex->log().lastSeq(), before);
    }
};

QTEST_MAIN(TestSeatObserver)
#include "tst_seat_observer.moc"
