// The server's act path (docs/protocol.md "act", "result", "Group commit"): each result carries
// the seq of the event its act recorded (0 when it recorded nothing), and the acts that arrive
// from all connections within one turn of the event loop are committed in one transaction: a
// burst from several connections takes fewer transactions than acts (one per act on the old
// path, kept behind a switch), every result's seq is the stored event's, and each connection's
// acts are recorded in the order it sent them.
#include "netfixture.h"

using namespace netfixture;
using cd::net::RemoteRoomEndpoint;

namespace {

struct Result
{
    bool ok = false;
    QString message;
    qint64 seq = -1;
};

/// Sends `action` from `c` and waits for its result.
Result act(RemoteRoomEndpoint &c, const QJsonObject &action)
{
    QSignalSpy results(&c, &RemoteRoomEndpoint::resultReceived);
    const QString id = c.send(action);
    Result r;
    if (id.isEmpty())
        return r;
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &args : results)
                if (args.at(0).toString() == id) {
                    r = {args.at(1).toBool(), args.at(2).toString(), args.at(3).toLongLong()};
                    return true;
                }
            return false;
        },
        5000);
    return r;
}

const cd::store::Event *bySeq(const std::vector<cd::store::Event> &events, qint64 seq)
{
    for (const auto &e : events)
        if (e.seq == seq)
            return &e;
    return nullptr;
}

}  // namespace

class TestNetCommit : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesTheSeqOfTheActsEvent_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("ok");
        for (const bool group : {true, false}) {
            const char *path = group ? "group commit" : "one transaction per act";
            QTest::addRow("mail, %s", path)
                << group << QJsonObject{{"do", "mail"}, {"to", QJsonArray{"mic"}}, {"subject", "S"}, {"body", "b"}}
                << "mail.sent" << true;
            QTest::addRow("hypothesis, %s", path)
                << group << QJsonObject{{"do", "hypothesis"}, {"text", "the DNS"}} << "hypothesis.submitted" << true;
            QTest::addRow("call, %s", path)
                << group << QJsonObject{{"do", "call"}, {"to", "mic"}} << "call.ringing" << true;
            QTest::addRow("post refused, %s", path)
                << group
                << QJsonObject{{"do", "post"}, {"site", "portal"}, {"path", "/x"}, {"title", "t"}, {"body", "b"}}
                << "refused" << false;
            QTest::addRow("unknown verb, %s", path) << group << QJsonObject{{"do", "dance"}} << "refused" << false;
        }
    }
    void resultCarriesTheSeqOfTheActsEvent()
    {
        QFETCH(bool, group);
        QFETCH(QJsonObject, action);
        QFETCH(QString, kind);
        QFETCH(bool, ok);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.server->setGroupCommit(group);
        auto opA = s.client("op-a");
        QVERIFY(opA);
        // Something recorded first, so the act's seq is not the log's first or last by chance.
        QVERIFY(s.ex->perform("mic", {{"do", "mail"}, {"to", QJsonArray{"nisc"}}, {"body", "x"}}).ok);
        const Result r = act(*opA, action);
        QCOMPARE(r.ok, ok);
        QVERIFY2(r.seq > 0, qPrintable(QString::number(r.seq)));
        // The event arrived on the room's stream before the result, and is the stored one.
        const cd::store::Event *e = bySeq(opA->eventsSince(0), r.seq);
        QVERIFY(e);
        QCOMPARE(e->kind, kind);
        QCOMPARE(e->actor, QString("op-a"));
        const auto stored = s.ex->log().read(r.seq - 1, 1);
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored.front().kind, kind);
        QCOMPARE(stored.front().actor, QString("op-a"));
    }

    void actThatRecordsNothingCarriesSeqZero()
    {
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.ex->advanceTo(5);  // I-001 is mailed to op-a
        auto opA = s.client("op-a");
        QVERIFY(opA);
        const auto *delivered = fixture::find(opA->eventsSince(0), "mail.delivered", {}, {});
        QVERIFY(delivered);
        const QJsonObject read{{"do", "read"}, {"mail", delivered->payload.value("mail").toString()}};
        const Result first = act(*opA, read);
        QVERIFY(first.ok);
        QVERIFY(first.seq > 0);
        QCOMPARE(s.ex->log().read(first.seq - 1, 1).front().kind, QString("mail.read"));
        const qint64 last = s.ex->log().lastSeq();
        const Result again = act(*opA, read);  // already read: done, nothing recorded
        QVERIFY(again.ok);
        QCOMPARE(again.seq, 0);
        QCOMPARE(s.ex->log().lastSeq(), last);
    }

    void burstFromManyConnectionsIsGroupCommitted_data()
    {
        QTest::addColumn<bool>("group");
        QTest::newRow("group commit") << true;
        QTest::newRow("one transaction per act") << false;
    }
    void burstFromManyConnectionsIsGroupCommitted()
    {
        QFETCH(bool, group);
        Served s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        s.server->setGroupCommit(group);
        const QStringList rooms{"nisc", "mic", "op-a", "op-b"};
        std::vector<std::unique_ptr<RemoteRoomEndpoint>> clients;
        for (int i = 0; i < 8; ++i) {
            clients.push_back(s.client(rooms[i % 4], QString("p%1").arg(i)));
            QVERIFY(clients.back());
        }
        constexpr int kPerClient = 6;
        std::vector<QSignalSpy *> spies;
        std::vector<std::unique_ptr<QSignalSpy>> owned;
        for (auto &c : clients) {
            owned.push_back(std::make_unique<QSignalSpy>(c.get(), &RemoteRoomEndpoint::resultReceived));
            spies.push_back(owned.back().get());
        }
        const qint64 commitsBefore = s.ex->commits();
        const qint64 lastBefore = s.ex->log().lastSeq();
        // All at once, interleaved across connections, without waiting for any result.
        std::vector<QStringList> ids(clients.size());
        for (int k = 0; k < kPerClient; ++k)
            for (size_t i = 0; i < clients.size(); ++i) {
                const QString to = rooms[(int(i) + 1) % 4];
                ids[i] << clients[i]->send({{"do", "mail"},
                                            {"to", QJsonArray{to}},
                                            {"subject", QString("burst %1 %2").arg(i).arg(k)},
                                            {"body", "b"}});
            }
        const int total = int(clients.size()) * kPerClient;
        QVERIFY(QTest::qWaitFor(
            [&] {
                int n = 0;
                for (auto *spy : spies)
                    n += int(spy->size());
                return n == total;
            },
            10000));
        const qint64 transactions = s.ex->commits() - commitsBefore;
        qInfo("%d acts from %zu connections: %lld transactions", total, clients.size(), (long long)transactions);
        if (group)
            QVERIFY2(transactions <= total / 4, qPrintable(QString::number(transactions)));
        else
            QCOMPARE(transactions, qint64(total));
        QCOMPARE(s.server->actsCommitted(), qint64(total));
        QCOMPARE(s.server->actTransactions(), transactions);

        const auto log = s.ex->log().read(lastBefore);
        for (size_t i = 0; i < clients.size(); ++i) {
            QCOMPARE(spies[i]->size(), kPerClient);
            qint64 previous = 0;
            for (int k = 0; k < kPerClient; ++k) {
                const QList<QVariant> &args = spies[i]->at(k);
                QCOMPARE(args.at(0).toString(), ids[i][k]);  // answered in the order sent
                QVERIFY(args.at(1).toBool());
                const qint64 seq = args.at(3).toLongLong();
                QVERIFY2(seq > previous, "recorded in the order the connection sent them");
                previous = seq;
                const cd::store::Event *e = bySeq(log, seq);
                QVERIFY(e);
                QCOMPARE(e->kind, QString("mail.sent"));
                QCOMPARE(e->actor, clients[i]->roomId());
                QCOMPARE(e->payload.value("subject").toString(), QString("burst %1 %2").arg(i).arg(k));
                QCOMPARE(e->payload.value("actor_name").toString(), QString("p%1").arg(i));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNetCommit)
#include "tst_net_commit.moc"
