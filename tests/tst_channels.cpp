// Channel realism (docs/scenario-format.md `channels`): mail is delayed by delay_min_per_q * q of its node
// and delivered later, never lost; the phone fails while the node's q >= down_at_q.
#include "exercisefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace fixture;

class TestChannels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<Event> m_events;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto ex = start("realism.cxs.json", "realism.players.json", m_dir.filePath("r.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(INT_MAX);
        m_events = ex->log().read();
    }

    void timeline_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("minute");
        QTest::newRow("healthy network: mail on time") << "mail.delivered"
                                                       << "subject"
                                                       << "before" << 2;
        QTest::newRow("healthy network: call rings") << "call.ringing"
                                                     << "call"
                                                     << "call-1" << 3;
        QTest::newRow("q=0.9: mail delayed 18 min") << "mail.delivered"
                                                    << "subject"
                                                    << "during" << 38;
        QTest::newRow("delay recorded for control") << "mail.delayed"
                                                    << "mail"
                                                    << "mail-2" << 20;
        QTest::newRow("inject mail delayed too") << "mail.delivered"
                                                 << "mail"
                                                 << "I-1" << 48;
        QTest::newRow("q=0.9: no dial tone") << "call.failed"
                                             << "call"
                                             << "call-2" << 25;
        QTest::newRow("recovered: call rings") << "call.ringing"
                                               << "call"
                                               << "call-3" << 45;
    }
    void timeline()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, minute);
        const Event *e = find(m_events, kind, key, value);
        QVERIFY2(e, qPrintable(kind + " " + value));
        QCOMPARE(e->minute, minute);
    }

    void neverLost()
    {
        int sent = 0;
        int delivered = 0;
        for (const Event &e : m_events) {
            sent += e.kind == "mail.sent";
            delivered += e.kind == "mail.delivered";
        }
        QCOMPARE(sent, 3);
        QCOMPARE(delivered, sent);
    }

    void failedCallOnlyToCaller()
    {
        const Event *e = find(m_events, "call.failed", "call", "call-2");
        QVERIFY(e);
        QCOMPARE(e->audience, QStringList{"op-a"});
    }

    void delayIsControlOnly()
    {
        const Event *e = find(m_events, "mail.delayed", "mail", "mail-2");
        QVERIFY(e);
        QCOMPARE(e->audience, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
