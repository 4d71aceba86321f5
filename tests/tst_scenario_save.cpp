// The saver: load -> save -> load gives an equal scenario, save bytes are stable, text is kept
// as written (Japanese unescaped), and the minimal scenario saves to its golden file.
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::scenario;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString dataPath(const char *name)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/") + QLatin1String(name);
}

QString describe(const Diagnostics &d)
{
    QStringList lines;
    for (const Diagnostic &x : d)
        lines.append(x.format());
    return lines.join('\n');
}

/// A scenario that exercises every optional field the saver writes.
Scenario everything()
{
    const LoadResult base = loadScenarioFile(dataPath("minimal.cxs.json"));
    Scenario s = base.scenario.value_or(Scenario{});
    s.meta.summary = Text::fromPair("概要", QString());
    s.meta.stepMin = 5;
    s.meta.kind = ExerciseKind::Tabletop;
    s.graph.nodes[0].initial = 0.125;
    s.graph.nodes[0].notes = Text::fromPlain("source: \"METI\" 2008\nline two\ttab");
    s.graph.nodes[1].level->text = Text::fromPair(QString(), "no outage over 30 min");
    s.graph.edges[0].rechargePerH = 0.5;
    s.graph.edges[0].notes = Text::fromPlain("battery 3h");
    Inject extra;
    extra.id = "I-004";
    extra.contingency = true;
    extra.channel = Channel::Mail;
    extra.from = "control";
    extra.to = {"nisc"};
    extra.cc = {"mic", "op-telecom-a"};
    extra.attachments = {"files/map.png"};
    extra.controlNotes = Text::fromPlain("hint");
    Condition notMet;
    notMet.kind = Condition::Kind::Not;
    Condition missed;
    missed.kind = Condition::Kind::Missed;
    missed.ref = "E-001";
    notMet.children.push_back(missed);
    Condition all;
    all.kind = Condition::Kind::All;
    all.children.push_back(notMet);
    Condition resp;
    resp.kind = Condition::Kind::Response;
    resp.ref = "R-genfuel";
    all.children.push_back(resp);
    Condition breach;
    breach.kind = Condition::Kind::Breach;
    breach.ref = "telecom";
    all.children.push_back(breach);
    extra.when = all;
    s.injects.push_back(extra);
    Response r2;
    r2.id = "R-rate";
    r2.name = Text::fromPlain("rate");
    r2.rooms = {"all"};
    r2.approval = Approval::Control;
    r2.effect.kind = Effect::Kind::SetRate;
    r2.effect.value = kInfiniteRate;
    r2.effect.node = "telecom";
    s.responses.push_back(r2);
    ChannelRealism mail;
    mail.node = "telecom";
    mail.delayMinPerQ = 30;
    s.channels.mail = mail;
    Page page;
    page.site = "news";
    page.path = "/index";
    page.title = Text::fromPlain("top");
    s.sites[0].pages.push_back(page);
    s.sites[0].post = {"nisc"};
    SurveyQuestion q;
    q.id = "Q2";
    q.text = Text::fromPlain("which?");
    q.type = QuestionType::Choice;
    q.options = {Text::fromPlain("a"), Text::fromPair("い", "b")};
    s.survey.push_back(q);
    return s;
}

}  // namespace

class TestScenarioSave final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("minimal") << readFile(dataPath("minimal.cxs.json"));
        QTest::newRow("everything") << saveScenario(everything());
        const QByteArray bundled =
            readFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json"));
        if (!bundled.isEmpty())
            QTest::newRow("bundled") << bundled;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, input);
        const LoadResult first = loadScenario(input, "in.cxs.json");
        QVERIFY2(first.scenario.has_value(), qPrintable(describe(first.diagnostics)));
        const QByteArray saved = saveScenario(*first.scenario);
        const LoadResult second = loadScenario(saved, "saved.cxs.json");
        QVERIFY2(second.scenario.has_value(), qPrintable(describe(second.diagnostics)));
        QVERIFY(*second.scenario == *first.scenario);
        QCOMPARE(saveScenario(*second.scenario), saved);
    }

    void everythingIsValid()
    {
        const Diagnostics d = validateScenario(everything());
        QCOMPARE(describe(d), QString());
    }

    void golden()
    {
        const LoadResult loaded = loadScenarioFile(dataPath("minimal.cxs.json"));
        QVERIFY2(loaded.scenario.has_value(), qPrintable(describe(loaded.diagnostics)));
        if (qEnvironmentVariableIsSet("CROSSDRILL_UPDATE_GOLDEN")) {  // regenerate, then review the diff
            QFile out(dataPath("minimal.saved.cxs.json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(saveScenario(*loaded.scenario));
        }
        const QByteArray expected = readFile(dataPath("minimal.saved.cxs.json"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QString::fromUtf8(saveScenario(*loaded.scenario)), QString::fromUtf8(expected));
    }

    void japaneseUnescaped()
    {
        const LoadResult loaded = loadScenarioFile(dataPath("minimal.cxs.json"));
        QVERIFY(loaded.scenario.has_value());
        const QByteArray saved = saveScenario(*loaded.scenario);
        QVERIFY(saved.contains("\"ja\": \"最小シナリオ\""));
        QVERIFY(!saved.contains("\\u"));
        QCOMPARE(loaded.scenario->meta.title.get("ja"), QString("最小シナリオ"));
        QCOMPARE(loaded.scenario->rooms[1].name.plain, QString("総務省"));
    }

    void fileIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Scenario s = everything();
        const QString path = dir.filePath("out.cxs.json");
        QString error;
        QVERIFY2(saveScenarioFile(s, path, &error), qPrintable(error));
        QCOMPARE(readFile(path), saveScenario(s));
        const LoadResult back = loadScenarioFile(path);
        QVERIFY(back.scenario.has_value());
        QVERIFY(*back.scenario == s);
        QVERIFY(!saveScenarioFile(s, dir.filePath("missing-dir/out.cxs.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void injectJson()
    {
        const LoadResult loaded = loadScenarioFile(dataPath("minimal.cxs.json"));
        QVERIFY(loaded.scenario.has_value());
        const QJsonObject o = injectToJson(loaded.scenario->injects[1]);
        QCOMPARE(o.value("id").toString(), QString("I-002"));
        QCOMPARE(o.value("delay").toString(), QString("+00:05"));
        QCOMPARE(o.value("when").toObject().value("q_ge").toDouble(), 0.5);
        QCOMPARE(o.value("channel").toString(), QString("phone"));
        QVERIFY(!o.contains("at"));
        QVERIFY(!o.contains("cc"));
    }

    void defaultsOmitted_data()
    {
        QTest::addColumn<QByteArray>("absent");
        QTest::newRow("step_min") << QByteArray("\"step_min\"");
        QTest::newRow("recharge") << QByteArray("\"recharge_per_h\"");
        QTest::newRow("approval") << QByteArray("\"approval\"");
        QTest::newRow("contingency") << QByteArray("\"contingency\"");
        QTest::newRow("cc") << QByteArray("\"cc\"");
        QTest::newRow("float noise") << QByteArray("0000000");
        QTest::newRow("integer with .0") << QByteArray(".0,");
    }
    void defaultsOmitted()
    {
        QFETCH(QByteArray, absent);
        const LoadResult loaded = loadScenarioFile(dataPath("minimal.cxs.json"));
        QVERIFY(loaded.scenario.has_value());
        const QByteArray saved = saveScenario(*loaded.scenario);
        QCOMPARE(saved.indexOf(absent), -1);
    }
};

QTEST_GUILESS_MAIN(TestScenarioSave)
#include "tst_scenario_save.moc"
