// A dry run of the bundled present-day scenario (scenarios/nisc-present-cross-sector) with its
// player script, as a controller rehearses it: `crossdrill run --players`, `crossdrill export`,
// then `crossdrill report`. Every scripted action is accepted, every expected flow and action is
// met, NISC finds the cause, the cascade follows the play (the connections cut before the second
// run at +03:30 keep its injects from firing), and the report is made. The figures asserted here
// are the ones in the scenario's sources note ("Rehearsal with the engine").
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

namespace {

const QString kScenario = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-present-cross-sector.cxs.json");
const QString kPlayers = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-present-cross-sector.players.json");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run crossdrill(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSDRILL_BINARY), args);
    if (!p.waitForStarted(-1))
        qFatal("cannot start %s", CROSSDRILL_BINARY);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

class TestPresentRehearsal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Run m_run;
    std::vector<QJsonObject> m_events;

    QStringList payloads(const QString &kind, const QString &key) const
    {
        QStringList out;
        for (const QJsonObject &e : m_events)
            if (e["kind"].toString() == kind)
                out << e["payload"].toObject()[key].toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath("rehearsal.cxdb");
        m_run = crossdrill({"run", kScenario, "--db", db, "--speed", "max", "--players", kPlayers});
        const Run exported = crossdrill({"export", db, "--format", "jsonl"});
        QCOMPARE(exported.code, 0);
        for (const QByteArray &line : exported.out.split('\n'))
            if (!line.trimmed().isEmpty())
                m_events.push_back(QJsonDocument::fromJson(line).object());
    }

    void everyActionAccepted()
    {
        QCOMPARE(QString::fromUtf8(m_run.err), QString());
        QCOMPARE(m_run.code, 0);
        QVERIFY2(m_run.out.contains("exercise time +06:00 (ended)") && m_run.out.trimmed().endsWith(", 0 refused"),
                 m_run.out.constData());
    }

    void flowsMet_data()
    {
        QTest::addColumn<QString>("flow");
        for (const char *f : {"F-op-ministry", "F-ministry-nisc", "F-port-mlit", "F-mlit-nisc", "F-telecom-mic",
                              "F-nisc-ministry", "F-ministry-ceptoar", "F-ceptoar-operator", "F-operator-operator"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void flowsMet()
    {
        QFETCH(QString, flow);
        QCOMPARE(payloads("flow.met", "flow").count(flow), 1);
        QVERIFY(!payloads("flow.missed", "flow").contains(flow));
    }

    void everyExpectedActionMet()
    {
        QCOMPARE(payloads("expected.missed", "expected"), QStringList());
        QCOMPARE(payloads("expected.met", "expected").size(), 25);
    }

    void rootCauseFound()
    {
        QStringList correct;
        for (const QJsonObject &e : m_events) {
            const QJsonObject p = e["payload"].toObject();
            if (e["kind"].toString() == "hypothesis.judged" && p["verdict"].toString() == "correct")
                correct << p["room"].toString();
        }
        QCOMPARE(correct, QStringList{"nisc"});
    }

    // Which injects fire depends on the cascade and on what the players did.
    void injectsFollowThePlay_data()
    {
        QTest::addColumn<QString>("inject");
        QTest::addColumn<bool>("fired");
        QTest::newRow("the provider comes clean after NISC's hypothesis") << "I-041" << true;
        QTest::newRow("news of the breach 20 minutes later") << "I-043" << true;
        QTest::newRow("aviation feels the airport") << "I-030" << true;
        QTest::newRow("the port reopens by hand") << "I-044" << true;
        QTest::newRow("card payments recover") << "I-045" << true;
        QTest::newRow("no second run at logistics") << "I-037" << false;
        QTest::newRow("no second run at the hospital") << "I-038" << false;
        QTest::newRow("no second run at the card company") << "I-039" << false;
        QTest::newRow("the port does not stay shut") << "I-040" << false;
        QTest::newRow("no ship skips the port") << "I-036" << false;
        QTest::newRow("no hint needed for the first report") << "I-060" << false;
        QTest::newRow("no hint needed for the cause") << "I-061" << false;
        QTest::newRow("by-hand contingency stays unfired") << "I-064" << false;
    }
    void injectsFollowThePlay()
    {
        QFETCH(QString, inject);
        QFETCH(bool, fired);
        QCOMPARE(payloads("inject.fired", "inject").contains(inject), fired);
    }

    // 42 of 56: none of the second-run or escalation injects, no contingency (hint) at all.
    void injectsFired()
    {
        const QStringList fired = payloads("inject.fired", "inject");
        QCOMPARE(fired.size(), 42);
        for (const char *hint : {"I-060", "I-061", "I-062", "I-063", "I-064", "I-065"})
            QVERIFY2(!fired.contains(QLatin1String(hint)), hint);
    }

    void mitigationsApplied()
    {
        QStringList applied = payloads("response.applied", "response");
        applied.sort();
        QCOMPARE(applied.size(), 18);
        applied.removeDuplicates();
        QCOMPARE(applied.size(), 18);
    }

    void surveyAnswered() { QCOMPARE(payloads("survey.answered", "room").size(), 8); }

    void reportIsMade()
    {
        const QString db = m_dir.filePath("rehearsal.cxdb");
        const QString out = m_dir.filePath("report.json");
        const Run r = crossdrill({"report", db, "-o", out, "--lang", "en"});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(report["scenario"].toString(), QString("nisc-present-cross-sector"));
        QCOMPARE(report["end_min"].toInt(), 360);
        QCOMPARE(report["first_impact_min"].toInt(), 12);
        QCOMPARE(report["events"].toInt(), int(m_events.size()));
    }
};

QTEST_GUILESS_MAIN(TestPresentRehearsal)
#include "tst_present_rehearsal.moc"
