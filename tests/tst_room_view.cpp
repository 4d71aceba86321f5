// A room's view (exercise/roomview.h), the one fold the room windows show: its mailbox (inbox,
// sent, threads, unread, read marks) on scripted mail sequences; a reconnecting room replaying
// by seq gets the same view; and over a whole played exercise, every room's view agrees with
// the engine's own state (mail read marks, calls, page versions, sector labels, requests).
#include "exercise/localroomendpoint.h"
#include "exercise/roomview.h"
#include "exercisefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace fixture;
using cd::exercise::RoomView;

namespace {

const QStringList kRooms{"nisc", "mic", "op-a", "op-b"};

/// One scripted step, "VERB MAIL FROM TO[|CC] [THREAD]": sent / delivered a mail, or
/// "read MAIL BY". Each step is one event; seqs count from 1.
std::vector<Event> script(const QStringList &steps)
{
    std::vector<Event> out;
    for (const QString &step : steps) {
        const QStringList w = step.split(' ');
        Event e;
        e.seq = qint64(out.size()) + 1;
        e.minute = int(out.size());
        QJsonObject p{{"mail", w[1]}};
        if (w[0] == "read") {
            e.kind = "mail.read";
            e.actor = w[2];
        } else {
            e.kind = w[0] == "sent" ? QString("mail.sent") : QString("mail.delivered");
            e.actor = w[2];
            const QStringList toCc = w[3].split('|');
            p["from"] = w[2];
            p["to"] = QJsonArray::fromStringList(toCc[0].split(','));
            if (toCc.size() > 1)
                p["cc"] = QJsonArray::fromStringList(toCc[1].split(','));
            p["subject"] = QString("about " + w[1]);
            if (w.size() > 4)
                p["thread"] = w[4];
        }
        e.payload = p;
        out.push_back(e);
    }
    return out;
}

/// Everything a room window shows, as one comparable text.
QString summary(const RoomView &v)
{
    QStringList parts;
    for (const cd::exercise::RoomMail &m : v.mail().mails())
        parts << QString("%1:%2:%3:%4:%5")
                     .arg(m.id, m.inbox ? QString("in") : QString("sent"), m.read ? QString("read") : QString("unread"),
                          m.thread)
                     .arg(m.minute);
    parts << QString("unread=%1 threads=%2").arg(v.mail().unread()).arg(v.mail().threadCount());
    for (const cd::exercise::CallState &c : v.calls().calls)
        parts << QString("call %1 %2>%3 %4").arg(c.id, c.from, c.to, cd::exercise::callStatusName(c.status));
    for (const auto &[site, pages] : v.pages())
        for (const auto &[path, page] : pages)
            parts << QString("page %1%2 v%3").arg(site, path).arg(page.version);
    for (const auto &[node, s] : v.status())
        parts << QString("status %1 %2").arg(node, s.label);
    for (const cd::exercise::RoomHypothesis &h : v.hypotheses())
        parts << QString("hypothesis %1 %2").arg(h.id, h.verdict);
    for (const cd::exercise::RequestState &r : v.requests().requests)
        parts << QString("request %1 %2").arg(r.id, cd::exercise::requestStatusName(r.status));
    parts << QString("ended=%1 survey=%2 last=%3").arg(v.ended()).arg(v.surveySent()).arg(v.lastSeq());
    return parts.join('\n');
}

RoomView fold(const QString &room, const std::vector<Event> &events)
{
    RoomView v(room);
    for (const Event &e : events)
        v.apply(e);
    return v;
}

}  // namespace

class TestRoomView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Exercise> m_ex;

private slots:
    void mailbox_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<int>("inbox");
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("unread");
        QTest::addColumn<int>("threads");
        QTest::addColumn<QString>("thread");
        QTest::addColumn<int>("inThread");
        QTest::addColumn<int>("unreadInThread");
        // The room is "mic" throughout.
        QTest::newRow("nothing") << QStringList{} << 0 << 0 << 0 << 0 << "m1" << 0 << 0;
        QTest::newRow("delivered, unread")
            << QStringList{"delivered m1 op-a mic"} << 1 << 0 << 1 << 1 << "m1" << 1 << 1;
        QTest::newRow("read by the room")
            << QStringList{"delivered m1 op-a mic", "read m1 mic"} << 1 << 0 << 0 << 1 << "m1" << 1 << 0;
        QTest::newRow("read by another recipient")
            << QStringList{"delivered m1 op-a mic,nisc", "read m1 nisc"} << 1 << 0 << 1 << 1 << "m1" << 1 << 1;
        QTest::newRow("on cc") << QStringList{"delivered m1 op-a nisc|mic"} << 1 << 0 << 1 << 1 << "m1" << 1 << 1;
        QTest::newRow("another room's mail")
            << QStringList{"sent m1 op-a nisc", "delivered m1 op-a nisc"} << 0 << 0 << 0 << 0 << "m1" << 0 << 0;
        QTest::newRow("sent counts as read")
            << QStringList{"sent m2 mic op-a", "delivered m2 mic op-a"} << 0 << 1 << 0 << 1 << "m2" << 1 << 0;
        QTest::newRow("a reply joins the thread")
            << QStringList{"delivered m1 op-a mic m1", "read m1 mic", "sent m2 mic op-a m1", "delivered m3 op-a mic m1",
                           "delivered m4 nisc mic"}
            << 3 << 1 << 2 << 2 << "m1" << 3 << 1;
        QTest::newRow("mail to itself is in both folders")
            << QStringList{"sent m5 mic mic", "delivered m5 mic mic"} << 1 << 1 << 1 << 1 << "m5" << 2 << 1;
        QTest::newRow("delivered twice is one mail")
            << QStringList{"delivered m1 op-a mic", "delivered m1 op-a mic"} << 1 << 0 << 1 << 1 << "m1" << 1 << 1;
        QTest::newRow("read twice counts once")
            << QStringList{"delivered m1 op-a mic", "delivered m6 op-b mic", "read m1 mic", "read m1 mic"} << 2 << 0
            << 1 << 2 << "m6" << 1 << 1;
        QTest::newRow("read mark before delivery is ignored")
            << QStringList{"read m1 mic", "delivered m1 op-a mic"} << 1 << 0 << 1 << 1 << "m1" << 1 << 1;
    }
    void mailbox()
    {
        QFETCH(QStringList, steps);
        QFETCH(int, inbox);
        QFETCH(int, sent);
        QFETCH(int, unread);
        QFETCH(int, threads);
        QFETCH(QString, thread);
        QFETCH(int, inThread);
        QFETCH(int, unreadInThread);
        const RoomView v = fold("mic", script(steps));
        int in = 0, out = 0;
        for (const cd::exercise::RoomMail &m : v.mail().mails())
            ++(m.inbox ? in : out);
        QCOMPARE(in, inbox);
        QCOMPARE(out, sent);
        QCOMPARE(v.mail().unread(), unread);
        QCOMPARE(v.mail().threadCount(), threads);
        QCOMPARE(int(v.mail().thread(thread).size()), inThread);
        QCOMPARE(v.mail().unreadIn(thread), unreadInThread);
        QCOMPARE(v.lastSeq(), qint64(steps.size()));
    }

    /// What each event did, as the window's models are told.
    void updates_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("changes");  // per step: none, added:ENTRY, read:ENTRY
        QTest::newRow("deliver, read, read again")
            << QStringList{"delivered m1 op-a mic", "read m1 mic", "read m1 mic"} << "added:0 read:0 none";
        QTest::newRow("send, another's read mark")
            << QStringList{"sent m2 mic op-a", "read m2 op-a", "delivered m3 op-a mic"} << "added:0 none added:1";
    }
    void updates()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, changes);
        RoomView v("mic");
        QStringList got;
        for (const Event &e : script(steps)) {
            const auto u = v.apply(e).mail;
            using C = cd::exercise::RoomMailbox::Change;
            got << (u.change == C::None    ? QString("none")
                    : u.change == C::Added ? QString("added:%1").arg(u.entry)
                                           : QString("read:%1").arg(u.entry));
        }
        QCOMPARE(got.join(' '), changes);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ex = start("basic.cxs.json", "basic.players.json", m_dir.filePath("r.cxdb"), &error);
        QVERIFY2(m_ex, qPrintable(error));
        m_ex->advanceTo(INT_MAX);
    }

    /// A room that drops and replays from seq 1 (or from where it was) folds to the same view.
    void replayBySeq_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("dropAt");  // percent of the room's events received before the drop
        for (const QString &room : kRooms)
            for (int n : {0, 10, 50, 100})
                QTest::newRow(qPrintable(QString("%1 after %2%").arg(room).arg(n))) << room << n;
    }
    void replayBySeq()
    {
        QFETCH(QString, room);
        QFETCH(int, dropAt);
        cd::exercise::LocalRoomEndpoint endpoint(*m_ex, room);
        const std::vector<Event> all = endpoint.eventsSince(0);
        QVERIFY(all.size() >= 10);
        const size_t dropAfter = all.size() * size_t(dropAt) / 100;
        const RoomView once = fold(room, all);
        RoomView again(room);
        for (size_t i = 0; i < dropAfter; ++i)
            QVERIFY(again.apply(all[i]).fresh);
        // The reconnect replays from seq 1 (a window opened again) and then from its last seq.
        for (const Event &e : all)
            again.apply(e);
        for (const Event &e : endpoint.eventsSince(again.lastSeq()))
            QVERIFY(!again.apply(e).fresh);
        QCOMPARE(summary(again), summary(once));
        QCOMPARE(summary(RoomView::fromLog(m_ex->scenario(), room, m_ex->log().read())), summary(once));
    }

    /// Over a played exercise, each room's view agrees with the engine's own fold.
    void agreesWithEngine_data()
    {
        QTest::addColumn<QString>("room");
        for (const QString &room : kRooms)
            QTest::newRow(qPrintable(room)) << room;
    }
    void agreesWithEngine()
    {
        QFETCH(QString, room);
        const RoomView v = RoomView::fromLog(m_ex->scenario(), room, m_ex->log().read());
        const cd::exercise::ExerciseState &st = m_ex->state();
        int delivered = 0, unread = 0, sent = 0;
        QCOMPARE(int(st.mails.held()), st.mails.count());  // the engine holds every mail here
        for (const auto &[id, m] : st.mails.heldMails()) {
            sent += m.from == room;
            if (m.delivered && (m.to.contains(room) || m.cc.contains(room))) {
                ++delivered;
                unread += !m.readBy.contains(room);
            }
        }
        int in = 0, out = 0;
        for (const cd::exercise::RoomMail &m : v.mail().mails())
            ++(m.inbox ? in : out);
        QCOMPARE(in, delivered);
        QCOMPARE(out, sent);
        QCOMPARE(v.mail().unread(), unread);
        int calls = 0;
        for (const cd::exercise::CallState &c : st.calls) {
            using S = cd::exercise::CallStatus;
            const bool callee = c.to == room && c.status != S::Busy && c.status != S::Failed;
            if (c.from != room && !callee)
                continue;
            ++calls;
            const cd::exercise::CallState *mine = v.calls().find(c.id);
            QVERIFY2(mine, qPrintable(c.id));
            QCOMPARE(mine->status, c.status);
        }
        QCOMPARE(int(v.calls().calls.size()), calls);
        for (const auto &[site, pages] : v.pages())
            for (const auto &[path, page] : pages)
                QCOMPARE(page.version, st.pageVersions.at(site + '\n' + path));
        for (const auto &[node, s] : v.status())
            if (s.label != "breach")
                QCOMPARE(s.label, cd::model::toString(st.labels.at(node)));
        for (const cd::exercise::RequestState &r : st.requests)
            if (r.room == room) {
                const auto it = std::find_if(v.requests().requests.begin(), v.requests().requests.end(),
                                             [&](const auto &x) { return x.id == r.id; });
                QVERIFY(it != v.requests().requests.end());
                QCOMPARE(it->status, r.status);
            }
        QCOMPARE(v.ended(), st.ended);
    }

    /// The played exercise exercises every part of the view (else the checks above prove little).
    void playedExerciseIsRich()
    {
        int mails = 0, reads = 0, calls = 0, pages = 0, statuses = 0, hypotheses = 0;
        for (const QString &room : kRooms) {
            const RoomView v = RoomView::fromLog(m_ex->scenario(), room, m_ex->log().read());
            for (const auto &m : v.mail().mails()) {
                ++mails;
                reads += m.inbox && m.read;
            }
            calls += int(v.calls().calls.size());
            pages += int(v.pages().size());
            statuses += int(v.status().size());
            hypotheses += int(v.hypotheses().size());
        }
        QVERIFY(mails > 5);
        QVERIFY(reads > 0);
        QVERIFY(calls > 1);
        QVERIFY(pages > 0);
        QVERIFY(statuses > 0);
        QVERIFY(hypotheses > 0);
    }
};

QTEST_GUILESS_MAIN(TestRoomView)
#include "tst_room_view.moc"
