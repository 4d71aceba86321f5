// A remote room's clock moves with the server's exercise clock (docs/protocol.md "clock"), not
// only when the room receives an event: the welcome carries the clock, the endpoint counts on
// at its speed between the server's clock messages, and stops when the clock is paused or the
// exercise ends. Time is injected on both sides, so nothing sleeps for exercise minutes.
#include "netfixture.h"

using namespace netfixture;
using cd::net::ClockInfo;
using cd::net::RemoteRoomEndpoint;

class TestNetClock : public QObject
{
    Q_OBJECT

private:
    /// A connected client of `room` whose clock counts with `now` (ms).
    static std::unique_ptr<RemoteRoomEndpoint> client(Served &s, const QString &room, std::shared_ptr<qint64> now)
    {
        auto c = std::make_unique<RemoteRoomEndpoint>(QUrl(s.url(room)), QString());
        c->setTimeSource([now] { return *now; });
        QSignalSpy synced(c.get(), &RemoteRoomEndpoint::synced);
        c->open();
        if (!synced.wait(5000))
            return nullptr;
        return c;
    }

private slots:
    void clockJsonRoundTrips_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("speed");
        QTest::newRow("running x10") << int(ClockInfo::Running) << 10.0;
        QTest::newRow("paused x1") << int(ClockInfo::Paused) << 1.0;
        QTest::newRow("ended at max") << int(ClockInfo::Ended) << 0.0;
    }
    void clockJsonRoundTrips()
    {
        QFETCH(int, state);
        QFETCH(double, speed);
        ClockInfo c;
        c.minute = 42;
        c.speed = speed;
        c.state = ClockInfo::State(state);
        c.msToNext = 1234;
        const auto back = ClockInfo::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back->minute, 42);
        QCOMPARE(back->speed, speed);
        QCOMPARE(int(back->state), state);
        QCOMPARE(back->msToNext, qint64(1234));
        QVERIFY(!ClockInfo::fromJson({{"minute", 1}, {"speed", "fast"}, {"state", "running"}, {"ms_to_next", 0}}));
        QVERIFY(!ClockInfo::fromJson({{"minute", 1}, {"speed", 1}, {"state", "stopped"}, {"ms_to_next", 0}}));
    }

    void minuteAfterCountsOnAtTheSpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("msToNext");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("minute");
        QTest::newRow("x10, before the next minute") << 10.0 << qint64(6000) << qint64(5999) << 10;
        QTest::newRow("x10, at the next minute") << 10.0 << qint64(6000) << qint64(6000) << 11;
        QTest::newRow("x10, no news from the server: at most one on") << 10.0 << qint64(6000) << qint64(60000) << 11;
        QTest::newRow("x60, 2 s past the next") << 60.0 << qint64(500) << qint64(2500) << 13;
        QTest::newRow("x600, capped 3 s past") << 600.0 << qint64(0) << qint64(60000) << 41;
        QTest::newRow("max: the server's minute") << 0.0 << qint64(0) << qint64(60000) << 10;
    }
    void minuteAfterCountsOnAtTheSpeed()
    {
        QFETCH(double, speed);
        QFETCH(qint64, msToNext);
        QFETCH(qint64, elapsed);
        QFETCH(int, minute);
        ClockInfo c;
        c.minute = 10;
        c.speed = speed;
        c.msToNext = msToNext;
        QCOMPARE(c.minuteAfter(elapsed), minute);
        c.state = ClockInfo::Paused;
        QCOMPARE(c.minuteAfter(elapsed), 10);
    }

    void quietRoomClockMovesAtX10()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.ex->setSpeed(10);  // control-only: op-a hears nothing of it but its clock
        auto now = std::make_shared<qint64>(0);
        auto opA = client(s, "op-a", now);
        QVERIFY(opA);
        QVERIFY(opA->clock());
        QCOMPARE(opA->clock()->speed, 10.0);
        QCOMPARE(int(opA->clock()->state), int(ClockInfo::Running));
        const int start = opA->exerciseMinute();
        QCOMPARE(start, s.ex->minute());
        const qint64 seq = opA->lastSeq();
        QSignalSpy ticks(opA.get(), &RemoteRoomEndpoint::clockChanged);
        // The wall time until the next minute at x10 (six seconds a minute; the fixture's clock
        // stood at minute 0 before the speed changed, hence "until" rather than 6 s).
        const qint64 toNext = s.ex->clock().msUntil(start + 1);
        QVERIFY2(toNext >= 6000, qPrintable(QString::number(toNext)));
        *now += toNext - 100;
        QCOMPARE(opA->exerciseMinute(), start);
        *now += 200;  // the minute is due: the room's clock shows it, with no event for the room
        QCOMPARE(opA->exerciseMinute(), start + 1);
        QVERIFY(ticks.wait(3000));  // the endpoint's own once-a-second check
        QCOMPARE(ticks.last().at(0).toInt(), start + 1);
        QCOMPARE(opA->lastSeq(), seq);

        // The server processes the minute and says so; the count goes on from there.
        s.ex->advanceTo(start + 1);
        QVERIFY(QTest::qWaitFor([&] { return opA->clock()->minute == start + 1; }, 3000));
        QCOMPARE(opA->exerciseMinute(), start + 1);
        *now += s.ex->clock().msUntil(start + 2) + 100;
        QCOMPARE(opA->exerciseMinute(), start + 2);

        // Paused: the clock stops at once, however long the pause.
        s.ex->pause();
        QVERIFY(QTest::qWaitFor([&] { return opA->clock()->state == ClockInfo::Paused; }, 3000));
        const int paused = opA->exerciseMinute();
        *now += 600000;
        QCOMPARE(opA->exerciseMinute(), paused);
        s.ex->resumeClock();
        QVERIFY(QTest::qWaitFor([&] { return opA->clock()->state == ClockInfo::Running; }, 3000));

        // Ended: stopped for good.
        s.ex->end();
        QVERIFY(QTest::qWaitFor([&] { return opA->clock()->state == ClockInfo::Ended; }, 3000));
        const int ended = opA->exerciseMinute();
        *now += 600000;
        QCOMPARE(opA->exerciseMinute(), ended);
    }
};

QTEST_GUILESS_MAIN(TestNetClock)
#include "tst_net_clock.moc"
