// A dry run of the bundled scenario with its player script, as a controller rehearses it:
// `crossdrill run --players` then `crossdrill export`. Every scripted action is accepted, every
// official information-sharing flow (検証課題1) is met in its window, and the cascade reacts to
// the players: the mitigations taken before 15:30 keep the second-stage injects from firing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

namespace {

const QString kScenario = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
const QString kPlayers = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.players.json");

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
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

class TestBundledRehearsal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Run m_run;
    std::vector<QJsonObject> m_events;

    std::vector<QJsonObject> events(const QString &kind) const
    {
        std::vector<QJsonObject> out;
        std::copy_if(m_events.begin(), m_events.end(), std::back_inserter(out),
                     [&](const QJsonObject &e) { return e["kind"].toString() == kind; });
        return out;
    }
    QStringList payloads(const QString &kind, const QString &key) const
    {
        QStringList out;
        for (const QJsonObject &e : events(kind))
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
        QCOMPARE(m_run.err, QByteArray());
        QCOMPARE(m_run.code, 0);
        QVERIFY2(m_run.out.contains("(ended)") && m_run.out.contains(", 0 refused"), m_run.out.constData());
    }

    void flowsMet_data()
    {
        QTest::addColumn<QString>("flow");
        for (const char *f : {"F-op-ministry", "F-ministry-nisc", "F-power-meti", "F-meti-nisc", "F-nisc-ministry",
                              "F-ministry-ceptoar", "F-ceptoar-operator", "F-operator-operator"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void flowsMet()
    {
        QFETCH(QString, flow);
        QCOMPARE(payloads("flow.met", "flow").count(flow), 1);
    }

    void noExpectedActionMissed()
    {
        QCOMPARE(payloads("expected.missed", "expected"), QStringList());
        QCOMPARE_GE(events("expected.met").size(), std::size_t(25));
    }

    void rootCauseFound()
    {
        QStringList correct;
        for (const QJsonObject &e : events("hypothesis.judged")) {
            const QJsonObject p = e["payload"].toObject();
            if (p["verdict"].toString() == "correct")
                correct << p["room"].toString();
        }
        QVERIFY2(correct.contains("nisc"), qPrintable(correct.join(',')));
    }

    // Which injects fire depends on the cascade and on what the players did.
    void injectsFollowThePlay_data()
    {
        QTest::addColumn<QString>("inject");
        QTest::addColumn<bool>("fired");
        QTest::newRow("vendor comes clean after NISC's hypothesis") << "I-042" << true;
        QTest::newRow("aviation's paper buffer ran out") << "I-030" << true;
        QTest::newRow("telecom breach reported by the news") << "I-041" << true;
        QTest::newRow("news of telecom recovery after the mitigation") << "I-045" << true;
        QTest::newRow("no load shedding: power went manual before 15:30") << "I-037" << false;
        QTest::newRow("no pump stations on generators") << "I-038" << false;
        QTest::newRow("no authentication collapse at 15:30") << "I-039" << false;
        QTest::newRow("no missed same-day cut-off") << "I-040" << false;
        QTest::newRow("no hint needed for the first report") << "I-060" << false;
        QTest::newRow("no hint needed for the cause") << "I-062" << false;
        QTest::newRow("by-hand contingency stays unfired") << "I-066" << false;
    }
    void injectsFollowThePlay()
    {
        QFETCH(QString, inject);
        QFETCH(bool, fired);
        QCOMPARE(payloads("inject.fired", "inject").contains(inject), fired);
    }

    void mitigationsApplied()
    {
        QStringList applied = payloads("response.applied", "response");
        applied.sort();
        QCOMPARE(applied,
                 QStringList({"R-air-manual", "R-bank-backup", "R-bank-timesrc", "R-bts-genset", "R-hosp-emr",
                              "R-hosp-fuel", "R-power-manual", "R-rail-timesrc", "R-sec-timesrc", "R-tel-timesrc"}));
    }

    void surveyAnswered()
    {
        QStringList rooms = payloads("survey.answered", "room");
        rooms.sort();
        QCOMPARE(rooms, QStringList({"cep-banking", "fsa", "mic", "nisc", "op-minato-bank", "op-sakuradai-hosp",
                                     "op-toto-power", "op-toto-telecom"}));
    }
};

QTEST_GUILESS_MAIN(TestBundledRehearsal)
#include "tst_bundled_rehearsal.moc"
