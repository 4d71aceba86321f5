// The exercise clock and the headless runner, on a fake wall clock (no sleeps).
#include "exercise/clock.h"
#include "exercise/runner.h"
#include "exercisefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>

using cd::exercise::Clock;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void dueMinute_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("due");
        QTest::newRow("x1, 59.9 s") << 1.0 << qint64(59900) << 0;
        QTest::newRow("x1, 60 s") << 1.0 << qint64(60000) << 1;
        QTest::newRow("x60, 1 s") << 60.0 << qint64(1000) << 1;
        QTest::newRow("x60, 1 min") << 60.0 << qint64(60000) << 60;
        QTest::newRow("x600, 0.1 s") << 600.0 << qint64(100) << 1;
        QTest::newRow("max") << Clock::kMax << qint64(0) << INT_MAX;
    }
    void dueMinute()
    {
        QFETCH(double, speed);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, due);
        qint64 now = 1000;
        Clock clock([&now] { return now; });
        clock.start(0, speed);
        now += elapsedMs;
        QCOMPARE(clock.dueMinute(), due);
    }

    void pauseResumeSpeed()
    {
        qint64 now = 0;
        Clock clock([&now] { return now; });
        clock.start(10, 60);  // a minute per second
        now += 5000;
        QCOMPARE(clock.dueMinute(), 15);
        clock.pause();
        now += 100000;
        QCOMPARE(clock.dueMinute(), 15);
        QCOMPARE(clock.msUntil(16), -1);
        clock.resume();
        now += 2000;
        QCOMPARE(clock.dueMinute(), 17);
        clock.setSpeed(600);
        QCOMPARE(clock.msUntil(18), 100);
        now += 1000;
        QCOMPARE(clock.dueMinute(), 27);
    }

    void parseSpeed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("speed");
        QTest::newRow("1") << "1" << true << 1.0;
        QTest::newRow("600") << "600" << true << 600.0;
        QTest::newRow("max") << "max" << true << Clock::kMax;
        QTest::newRow("0") << "0" << false << 0.0;
        QTest::newRow("601") << "601" << false << 0.0;
        QTest::newRow("fast") << "fast" << false << 0.0;
    }
    void parseSpeed()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, speed);
        double got = -1;
        QCOMPARE(Clock::parseSpeed(text, &got), ok);
        if (ok)
            QCOMPARE(got, speed);
    }

    /// The runner waits on the clock: at x60 a 2-hour exercise takes 120 s of (fake) wall time,
    /// and every event's wall time follows the exercise minute.
    void runnerPacesTheExercise()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<qint64>(1700000000000);
        auto options = fixture::options();
        options.now = [now] { return *now; };
        options.speed = 60;
        QFile f(fixture::dataPath("basic.cxs.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        const auto loaded = cd::scenario::loadScenario(json, "basic");
        QVERIFY(loaded.scenario);
        QString error;
        auto ex = cd::exercise::Exercise::start(
            *loaded.scenario, cd::store::EventLog::create(dir.filePath("p.cxdb"), json), options, &error);
        QVERIFY2(ex, qPrintable(error));
        qint64 slept = 0;
        cd::exercise::runUntil(*ex, 30, [&](qint64 ms) {
            slept += ms;
            *now += ms;
        });
        QCOMPARE(ex->minute(), 30);
        QCOMPARE(slept, 30000);
        for (const auto &e : ex->log().read())
            QCOMPARE(e.wallMs, 1700000000000 + e.minute * 1000);
        ex->clock().pause();
        cd::exercise::runUntil(*ex, 60, [](qint64) { QFAIL("a paused clock must not wait"); });
        QCOMPARE(ex->minute(), 30);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
