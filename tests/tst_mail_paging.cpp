// The engine's bounded mail state (issue 14 item 7, mailbook.h): the live state holds only the
// most recent delivered mails; a reply, forward or read mark naming an older one pages it in from
// the log. Every run here is compared with the same run holding every mail: the log, event for
// event, must be the same, so trimming changes memory and nothing else.
#include "exercise/json.h"
#include "exercisefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fixture;
using cd::exercise::ExerciseOptions;

namespace {

constexpr size_t kHoldAll = 1000000;

std::unique_ptr<Exercise> startHolding(const QString &db, size_t held)
{
    QFile f(dataPath("basic.cxs.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read basic.cxs.json");
    const QByteArray json = f.readAll();
    const auto loaded = cd::scenario::loadScenario(json, "basic.cxs.json");
    ExerciseOptions o = options();
    o.mailsHeld = held;
    QString error;
    auto ex = Exercise::start(*loaded.scenario, cd::store::EventLog::create(db, json), o, &error);
    if (!ex)
        qFatal("cannot start: %s", qPrintable(error));
    ex->advanceTo(0);
    return ex;
}

QJsonObject mail(const QString &to, int n)
{
    return {{"do", "mail"}, {"to", QJsonArray{to}}, {"subject", QString("m%1").arg(n)}, {"body", "b"}};
}

/// kind, actor and payload of every event: what must not depend on how many mails are held.
QStringList digest(Exercise &ex)
{
    QStringList out;
    for (const Event &e : ex.log().read())
        out << QString("%1 %2 %3 %4")
                   .arg(e.seq)
                   .arg(e.kind, e.actor, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    return out;
}

int countEvents(Exercise &ex, const QString &kind, const QString &actor, const QString &mailId)
{
    int n = 0;
    for (const Event &e : ex.log().read())
        n += e.kind == kind && e.actor == actor && e.payload.value("mail").toString() == mailId;
    return n;
}

}  // namespace

class TestMailPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_db = 0;
    QString nextDb() { return m_dir.filePath(QString("p%1.cxdb").arg(++m_db)); }

    /// op-a mails op-b `n` times; the first mail's id.
    static QString sendMany(Exercise &ex, int n)
    {
        QString first;
        for (int i = 1; i <= n; ++i) {
            const auto o = ex.perform("op-a", mail("op-b", i));
            if (!o.ok)
                qFatal("mail refused: %s", qPrintable(o.message));
            if (first.isEmpty())
                for (const Event &e : ex.log().read(o.seq - 1, 1))
                    first = e.payload.value("mail").toString();
        }
        return first;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void actionsOnAnOldMail_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("reply by the recipient") << "op-b"
                                                << "reply" << true << "";
        QTest::newRow("reply to all") << "op-b"
                                      << "reply_all" << true << "";
        QTest::newRow("forward") << "op-b"
                                 << "forward" << true << "";
        QTest::newRow("read mark") << "op-b"
                                   << "read" << true << "";
        QTest::newRow("the sender replies") << "op-a"
                                            << "reply" << true << "";
        QTest::newRow("a room not on it") << "mic"
                                          << "reply" << false << "unknown mail \"%1\"";
        QTest::newRow("the sender cannot mark it read") << "op-a"
                                                        << "read" << false << "unknown mail \"%1\" in the inbox";
    }
    void actionsOnAnOldMail()
    {
        QFETCH(QString, actor);
        QFETCH(QString, verb);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        QStringList logs;
        for (const size_t held : {size_t(2), kHoldAll}) {
            auto ex = startHolding(nextDb(), held);
            const QString first = sendMany(*ex, 12);
            QCOMPARE(ex->state().mails.count(), 12);
            QCOMPARE(ex->state().mails.find(first) == nullptr, held == 2);  // dropped, or held
            QJsonObject action{{"mail", first}};
            if (verb != "read")
                action.insert("body", "answer");
            if (verb == "reply_all") {
                action.insert("do", "reply");
                action.insert("all", true);
            } else {
                action.insert("do", verb);
            }
            if (verb == "forward")
                action.insert("to", QJsonArray{"nisc"});
            const auto o = ex->perform(actor, action);
            QCOMPARE(o.ok, ok);
            QCOMPARE(o.message, message.isEmpty() ? QString() : message.arg(first));
            // A second read mark of the same mail records nothing more.
            if (verb == "read") {
                const auto again = ex->perform(actor, action);
                QCOMPARE(again.seq, ok ? qint64(0) : ex->log().lastSeq());
                QCOMPARE(countEvents(*ex, "mail.read", actor, first), ok ? 1 : 0);
            }
            // Then one more new mail: its generated id follows on as before.
            QVERIFY(ex->perform("op-b", mail("op-a", 99)).ok);
            QVERIFY(ex->state().mails.held() <= (held == 2 ? size_t(3) : size_t(20)));
            logs << digest(*ex).join('\n');
        }
        QCOMPARE(logs[0], logs[1]);
    }

    void readTwiceInOneHeldTurn()
    {
        // Both read marks are recorded before either is committed (the server's group commit):
        // the second finds the first among the events not yet written, and records nothing.
        auto ex = startHolding(nextDb(), 2);
        const QString first = sendMany(*ex, 6);
        QVERIFY(!ex->state().mails.find(first));
        ex->holdCommits(true);
        const auto one = ex->perform("op-b", {{"do", "read"}, {"mail", first}});
        QVERIFY(one.ok && one.seq > 0);
        const auto two = ex->perform("op-b", {{"do", "read"}, {"mail", first}});
        QVERIFY(two.ok);
        QCOMPARE(two.seq, qint64(0));
        ex->commitHeld();
        ex->holdCommits(false);
        QCOMPARE(countEvents(*ex, "mail.read", "op-b", first), 1);
    }

    void heldStaysBounded_data()
    {
        QTest::addColumn<int>("mails");
        QTest::addColumn<int>("held");
        QTest::newRow("10 mails, 3 held") << 10 << 3;
        QTest::newRow("200 mails, 16 held") << 200 << 16;
    }
    void heldStaysBounded()
    {
        QFETCH(int, mails);
        QFETCH(int, held);
        auto ex = startHolding(nextDb(), size_t(held));
        sendMany(*ex, mails);
        QCOMPARE(ex->state().mails.count(), mails);
        QCOMPARE(ex->state().mails.held(), size_t(held));
    }

    void resumeHoldsOnlyRecentMails()
    {
        const QString db = nextDb();
        QString first;
        {
            auto ex = startHolding(db, kHoldAll);
            first = sendMany(*ex, 30);
        }
        QString error;
        ExerciseOptions o = options();
        o.mailsHeld = 4;
        auto ex = Exercise::resume(cd::store::EventLog::open(db), o, &error);
        QVERIFY2(ex, qPrintable(error));
        QCOMPARE(ex->state().mails.count(), 30);
        QCOMPARE(ex->state().mails.held(), size_t(4));
        QVERIFY(!ex->state().mails.find(first));
        const auto reply = ex->perform("op-b", {{"do", "reply"}, {"mail", first}, {"body", "late"}});
        QVERIFY2(reply.ok, qPrintable(reply.message));
        const std::vector<Event> last = ex->log().read(reply.seq - 1, 1);
        QCOMPARE(last.front().payload.value("reply_to").toString(), first);
        QCOMPARE(last.front().payload.value("mail").toString(), QString("mail-31"));
    }
};

QTEST_GUILESS_MAIN(TestMailPaging)
#include "tst_mail_paging.moc"
