// Crash safety in process: the live state is a fold over the log. A log cut at any commit
// boundary (a process killed between two minutes' batches), resumed with the same player script,
// ends with exactly the events of an uninterrupted run (apart from wall times); nothing recorded is
// done twice.
#include "exercisefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace fixture;

class TestResume : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<Event> m_full;
    QByteArray m_scenarioJson;

    /// A database holding the scenario and the first `count` events of the full run.
    QString cutLog(size_t count, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto log = cd::store::EventLog::create(path, m_scenarioJson);
        std::vector<Event> head(m_full.begin(), m_full.begin() + qsizetype(count));
        log->append(head);
        return path;
    }

    static std::unique_ptr<Exercise> resume(const QString &path, QString *error,
                                            const QString &script = "basic.players.json")
    {
        auto ex = Exercise::resume(cd::store::EventLog::open(path), options(), error);
        if (!ex)
            return ex;
        auto s = cd::exercise::loadPlayerScriptFile(dataPath(script), ex->scenario());
        if (!s.script) {
            *error = s.errors.join('\n');
            return nullptr;
        }
        ex->setScript(std::move(*s.script));
        return ex;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto ex = start("basic.cxs.json", "basic.players.json", m_dir.filePath("full.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(INT_MAX);
        m_full = ex->log().read();
        m_scenarioJson = ex->log().scenarioJson();
        QVERIFY(m_full.size() > 50);
    }

    void resumeAtEveryMinuteBoundary_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("nothing committed yet") << 0;
        // The engine commits one batch per minute: a kill can only cut between two minutes.
        for (size_t i = 0; i + 1 < m_full.size(); ++i)
            if (m_full[i].minute != m_full[i + 1].minute)
                QTest::newRow(qPrintable(QString("after minute %1 (seq %2)").arg(m_full[i].minute).arg(m_full[i].seq)))
                    << int(i + 1);
    }
    void resumeAtEveryMinuteBoundary()
    {
        QFETCH(int, count);
        const QString path = cutLog(size_t(count), QString("cut-%1.cxdb").arg(count));
        QString error;
        auto ex = resume(path, &error);
        QVERIFY2(ex, qPrintable(error));
        if (count > 0)
            QCOMPARE(ex->minute(), m_full[size_t(count) - 1].minute);
        ex->advanceTo(INT_MAX);
        const auto events = ex->log().read();
        QCOMPARE(events.size(), m_full.size());
        for (size_t i = 0; i < events.size(); ++i)
            QVERIFY2(events[i].sameApartFromWallTime(m_full[i]),
                     qPrintable(QString("seq %1: %2 vs %3").arg(i + 1).arg(events[i].kind, m_full[i].kind)));
        QCOMPARE(ex->log().metaValue("resumes"), QString("1"));
        QVERIFY(ex->log()
                    .metaValue("resume.1")
                    .startsWith(QString("minute=%1 ").arg(count ? m_full[size_t(count) - 1].minute : 0)));
        // The recorded prefix kept its wall times: nothing was rewritten.
        for (size_t i = 0; i < size_t(count); ++i)
            QCOMPARE(events[i].wallMs, m_full[i].wallMs);
    }

    /// Declined calls (decline.players.json: a room declines, the white cell declines as a
    /// persona) fold back on resume: the declined call holds no line (the next call to the room
    /// rings, not busy) and is never missed or declined twice.
    void declinedCallsResume_data()
    {
        QTest::addColumn<int>("cutMinute");  ///< the log holds every minute up to this one
        for (int minute : {20, 21, 22, 23, 24})
            QTest::newRow(qPrintable(QString("cut after minute %1").arg(minute))) << minute;
    }
    void declinedCallsResume()
    {
        QFETCH(int, cutMinute);
        QString error;
        auto full = start("basic.cxs.json", "decline.players.json",
                          m_dir.filePath(QString("decline-full-%1.cxdb").arg(cutMinute)), &error);
        QVERIFY2(full, qPrintable(error));
        full->advanceTo(40);
        const auto expected = full->log().read();
        const Event *declined = find(expected, "call.declined", "from", "op-a");
        QVERIFY(declined);
        QCOMPARE(declined->minute, 21);
        QCOMPARE(declined->audience, QStringList({"nisc", "op-a"}));
        const Event *persona = find(expected, "call.declined", "to", "persona:customer");
        QVERIFY(persona);
        QCOMPARE(persona->audience, QStringList{"op-a"});
        const Event *after = find(expected, "call.ringing", "from", "mic");
        QVERIFY(after);
        QCOMPARE(after->minute, 22);  // rang: the declined call freed NISC's only line
        QCOMPARE(find(expected, "call.busy", {}, {}), nullptr);
        QCOMPARE(find(expected, "call.missed", "call", declined->payload.value("call").toString()), nullptr);

        size_t count = 0;
        while (count < expected.size() && expected[count].minute <= cutMinute)
            ++count;
        const QString path = m_dir.filePath(QString("decline-cut-%1.cxdb").arg(cutMinute));
        {
            auto log = cd::store::EventLog::create(path, m_scenarioJson);
            std::vector<Event> head(expected.begin(), expected.begin() + qsizetype(count));
            log->append(head);
        }
        auto ex = resume(path, &error, "decline.players.json");
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(40);
        const auto events = ex->log().read();
        QCOMPARE(events.size(), expected.size());
        for (size_t i = 0; i < events.size(); ++i)
            QVERIFY2(events[i].sameApartFromWallTime(expected[i]),
                     qPrintable(QString("seq %1: %2 vs %3").arg(i + 1).arg(events[i].kind, expected[i].kind)));
    }

    void resumeEndedDoesNothing()
    {
        const QString path = cutLog(m_full.size(), "ended.cxdb");
        QString error;
        auto ex = resume(path, &error);
        QVERIFY2(ex, qPrintable(error));
        QCOMPARE(ex->ended(), true);
        ex->advanceTo(INT_MAX);
        QCOMPARE(ex->log().lastSeq(), qint64(m_full.size()));
        const auto o = ex->perform("op-a", QJsonObject{{"do", "hypothesis"}, {"text", "late"}});
        QCOMPARE(o.message, QString("the exercise has ended"));
    }

    void resumeRebuildsState()
    {
        const QString path = cutLog(m_full.size(), "state.cxdb");
        QString error;
        auto ex = resume(path, &error);
        QVERIFY2(ex, qPrintable(error));
        QCOMPARE(ex->state().mails.count(), 10);
        QCOMPARE(ex->state().expectations.at("E-SECRET-1"), QString("met"));
        QCOMPARE(ex->state().appliedResponses.count("R-auto"), size_t(1));
        QCOMPARE(int(ex->state().appliedScript.size()), 33);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
