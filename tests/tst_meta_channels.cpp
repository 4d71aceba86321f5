// meta.channels (docs/scenario-format.md): the channels an exercise allows. Loaded, saved back, checked by the
// validator (injects on another channel are located errors), by the player script loader, by the
// engine (a room's action on another channel is refused), and handed to rooms in the directory.
#include "exercise/playerscript.h"
#include "exercise/roomdirectory.h"
#include "exercisefixture.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

QByteArray minimalWith(const QByteArray &channels)
{
    QFile f(QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/minimal.cxs.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = f.readAll();
    if (channels.isEmpty())
        return json;
    const QByteArray with = QByteArray("\"duration\": \"+02:00\", \"channels\": ") + channels + QByteArray(",");
    return json.replace("\"duration\": \"+02:00\",", with);
}

QString describe(const scenario::Diagnostics &d)
{
    QStringList lines;
    for (const scenario::Diagnostic &x : d)
        lines << x.format() + QStringLiteral("  [") + x.path + QLatin1Char(']');
    return lines.join('\n');
}

}  // namespace

class TestMetaChannels : public QObject
{
    Q_OBJECT

private slots:
    void load_data()
    {
        // minimal.cxs.json has a mail inject (injects[0]), a phone one ([1]) and a web one ([2]).
        QTest::addColumn<QByteArray>("channels");
        QTest::addColumn<QStringList>("errors");  // "PATH: fragment"
        QTest::addColumn<int>("allowed");         // size of meta.channels when valid
        QTest::newRow("absent: all three") << QByteArray() << QStringList{} << 0;
        QTest::newRow("all three listed") << QByteArray("[\"web\", \"mail\", \"phone\"]") << QStringList{} << 3;
        QTest::newRow("mail only")
            << QByteArray("[\"mail\"]")
            << QStringList{"injects[1].channel: this exercise does not allow the phone channel (meta.channels: mail)",
                           "injects[2].channel: this exercise does not allow the web channel (meta.channels: mail)"}
            << 0;
        QTest::newRow("no web") << QByteArray("[\"mail\", \"phone\"]")
                                << QStringList{"injects[2].channel: this exercise does not allow the web channel "
                                               "(meta.channels: mail, phone)"}
                                << 0;
        QTest::newRow("empty") << QByteArray("[]") << QStringList{"meta.channels: channels lists no channel"} << 0;
        QTest::newRow("unknown") << QByteArray("[\"mail\", \"phon\", \"web\"]")
                                 << QStringList{"meta.channels[1]: unknown channel 'phon'"} << 0;
        QTest::newRow("twice") << QByteArray("[\"mail\", \"phone\", \"web\", \"mail\"]")
                               << QStringList{"meta.channels[3]: channel 'mail' is listed twice"} << 0;
        QTest::newRow("not a list") << QByteArray("\"mail\"") << QStringList{"meta.channels: expected an array"} << 0;
    }
    void load()
    {
        QFETCH(QByteArray, channels);
        QFETCH(QStringList, errors);
        QFETCH(int, allowed);
        const scenario::LoadResult r = scenario::loadScenario(minimalWith(channels), "c.cxs.json");
        QStringList got;
        for (const scenario::Diagnostic &d : r.diagnostics) {
            QVERIFY2(d.line > 0, qPrintable(describe(r.diagnostics)));  // located
            got << d.path + QStringLiteral(": ") + d.message;
        }
        QCOMPARE(got.size(), errors.size());
        for (qsizetype i = 0; i < errors.size(); ++i)
            QVERIFY2(got[i].startsWith(errors[i]), qPrintable(got.join('\n')));
        QCOMPARE(r.scenario.has_value(), errors.isEmpty());
        if (r.scenario)
            QCOMPARE(int(r.scenario->meta.channels.size()), allowed);
    }

    void saveRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("channels");
        QTest::addColumn<bool>("written");
        QTest::newRow("absent stays absent") << QByteArray() << false;
        QTest::newRow("order kept") << QByteArray("[\"web\", \"mail\", \"phone\"]") << true;
    }
    void saveRoundTrip()
    {
        QFETCH(QByteArray, channels);
        QFETCH(bool, written);
        const scenario::LoadResult first = scenario::loadScenario(minimalWith(channels), "c.cxs.json");
        QVERIFY(first.scenario);
        const QByteArray saved = scenario::saveScenario(*first.scenario);
        QCOMPARE(saved.contains("\"channels\": [\"web\", \"mail\", \"phone\"]") ||
                     saved.contains("\"channels\": [\n      \"web\",\n      \"mail\",\n      \"phone\"\n    ]"),
                 written);
        const scenario::LoadResult again = scenario::loadScenario(saved, "saved.cxs.json");
        QVERIFY2(again.scenario, qPrintable(describe(again.diagnostics)));
        QVERIFY(*again.scenario == *first.scenario);
    }

    void inMemoryValidation()
    {
        // The editor validates the document in memory after every edit.
        scenario::LoadResult r = scenario::loadScenario(minimalWith({}), "c.cxs.json");
        QVERIFY(r.scenario);
        scenario::Scenario s = *r.scenario;
        s.meta.channels = {scenario::Channel::Mail, scenario::Channel::Web};
        const scenario::Diagnostics d = scenario::validateScenario(s);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].path, QStringLiteral("injects[1].channel"));
        QVERIFY(scenario::hasErrors(d));
    }

    void playerScript()
    {
        scenario::LoadResult r = scenario::loadScenario(minimalWith({}), "c.cxs.json");
        QVERIFY(r.scenario);
        scenario::Scenario s = *r.scenario;
        s.meta.channels = {scenario::Channel::Mail};
        const QByteArray script =
            "[\n"
            "  {\"at\": \"+00:05\", \"room\": \"mic\", \"do\": \"call\", \"to\": \"nisc\"},\n"
            "  {\"at\": \"+00:06\", \"room\": \"control\", \"do\": \"call\", "
            "\"from\": \"persona:customer-desk\", \"to\": \"mic\"},\n"
            "  {\"at\": \"+00:07\", \"room\": \"nisc\", \"do\": \"post\", \"site\": \"news\", "
            "\"path\": \"/x\"},\n"
            "  {\"at\": \"+00:08\", \"room\": \"nisc\", \"do\": \"mail\", \"to\": [\"mic\"]},\n"
            "  {\"at\": \"+00:09\", \"room\": \"nisc\", \"do\": \"hypothesis\", \"text\": \"x\"}\n"
            "]";
        const auto loaded = exercise::loadPlayerScript(script, "p.json", s);
        QVERIFY(!loaded.script);
        QCOMPARE(loaded.errors,
                 QStringList({"p.json:2:3: error: action 1: \"do\": \"call\" uses the phone channel, which this "
                              "exercise does not allow (meta.channels)",
                              "p.json:3:3: error: action 2: \"do\": \"call\" uses the phone channel, which this "
                              "exercise does not allow (meta.channels)",
                              "p.json:4:3: error: action 3: \"do\": \"post\" uses the web channel, which this "
                              "exercise does not allow (meta.channels)"}));
        s.meta.channels.clear();
        QVERIFY(exercise::loadPlayerScript(script, "p.json", s).script);
    }

    void roomDirectoryCarriesChannels()
    {
        scenario::LoadResult r = scenario::loadScenario(minimalWith({}), "c.cxs.json");
        QVERIFY(r.scenario);
        scenario::Scenario s = *r.scenario;
        const auto all = exercise::RoomDirectory::fromScenario(s, "mic");
        QVERIFY(all.allows(scenario::Channel::Phone));
        QVERIFY(!all.toJson().contains("channels"));  // older peers see the directory as before
        s.meta.channels = {scenario::Channel::Mail, scenario::Channel::Web};
        const auto some = exercise::RoomDirectory::fromScenario(s, "mic");
        QVERIFY(some.allows(scenario::Channel::Web));
        QVERIFY(!some.allows(scenario::Channel::Phone));
        const auto back = exercise::RoomDirectory::fromJson(some.toJson());
        QVERIFY(back);
        QVERIFY(*back == some);
        QJsonObject bad = some.toJson();
        bad.insert("channels", QJsonArray{"fax"});
        QVERIFY(!exercise::RoomDirectory::fromJson(bad));
    }

    void engineRefusesAnotherChannel()
    {
        // The bundled 2007 exercise is mail only: a room's call or post is refused, its mail is not.
        QFile f(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/2007-ddos-mail-only.cxs.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        const auto loaded = scenario::loadScenario(json, "2007.cxs.json");
        QVERIFY2(loaded.scenario, qPrintable(describe(loaded.diagnostics)));
        QCOMPARE(loaded.scenario->meta.channels, std::vector<scenario::Channel>{scenario::Channel::Mail});
        QTemporaryDir dir;
        QString error;
        auto ex = exercise::Exercise::start(*loaded.scenario, store::EventLog::create(dir.filePath("x.cxdb"), json),
                                            fixture::options(), &error);
        QVERIFY2(ex, qPrintable(error));
        const QString room = loaded.scenario->rooms[0].id;
        const QString other = loaded.scenario->rooms[1].id;
        const exercise::Outcome call = ex->perform(room, QJsonObject{{"do", "call"}, {"to", other}});
        QVERIFY(!call.ok);
        QCOMPARE(call.message, QStringLiteral("this exercise does not allow the phone channel"));
        const exercise::Outcome mail =
            ex->perform(room, QJsonObject{{"do", "mail"}, {"to", QJsonArray{other}}, {"subject", "s"}, {"body", "b"}});
        QVERIFY2(mail.ok, qPrintable(mail.message));
    }
};

QTEST_GUILESS_MAIN(TestMetaChannels)
#include "tst_meta_channels.moc"
