// Player scripts: structure errors are reported located (FILE:LINE:COL), all in one pass.
#include "exercise/playerscript.h"
#include "exercisefixture.h"

#include <QTest>

class TestPlayerScript : public QObject
{
    Q_OBJECT

private:
    cd::scenario::Scenario m_scenario;

private slots:
    void initTestCase()
    {
        const auto loaded = cd::scenario::loadScenarioFile(fixture::dataPath("basic.cxs.json"));
        QVERIFY(loaded.scenario);
        m_scenario = *loaded.scenario;
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("syntax") << QByteArray("[\n  {\"at\": \"+00:01\",,}\n]") << QStringList{"s.json:2:"};
        QTest::newRow("not a list") << QByteArray("{}")
                                    << QStringList{"s.json:1:1: error: a player script is a JSON list"};
        QTest::newRow("unknown verb, second action on line 3")
            << QByteArray("[\n  {\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"answer\"},\n"
                          "  {\"at\": \"+00:02\", \"room\": \"nisc\", \"do\": \"dance\"}\n]")
            << QStringList{"s.json:3:3: error: action 2: unknown \"do\": \"dance\""};
        QTest::newRow("bad time") << QByteArray("[{\"at\": \"soon\", \"room\": \"nisc\", \"do\": \"answer\"}]")
                                  << QStringList{"s.json:1:2: error: action 1: \"at\" must be a time"};
        QTest::newRow("after the end") << QByteArray("[{\"at\": \"+09:00\", \"room\": \"nisc\", \"do\": \"answer\"}]")
                                       << QStringList{"is after the end of the exercise"};
        QTest::newRow("unknown room") << QByteArray("[{\"at\": \"+00:01\", \"room\": \"nsic\", \"do\": \"answer\"}]")
                                      << QStringList{"unknown room \"nsic\""};
        QTest::newRow("unknown key") << QByteArray("[{\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"mail\", "
                                                   "\"to\": [\"mic\"], \"sbject\": \"x\"}]")
                                     << QStringList{"unknown key \"sbject\" for \"do\": \"mail\""};
        QTest::newRow("missing key") << QByteArray("[{\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"mail\"}]")
                                     << QStringList{"\"do\": \"mail\" needs \"to\""};
        QTest::newRow("bad type") << QByteArray("[{\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"mail\", "
                                                "\"to\": [\"mic\"], \"cc\": \"op-a\"}]")
                                  << QStringList{"\"cc\" must be a list of strings"};
        QTest::newRow("all problems in one pass")
            << QByteArray("[{\"at\": \"x\", \"room\": \"nobody\", \"do\": \"hypothesis\"}]")
            << QStringList{"\"at\" must be a time", "unknown room \"nobody\"", "needs \"text\""};
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto r = cd::exercise::loadPlayerScript(json, "s.json", m_scenario);
        QVERIFY(!r.script);
        const QString all = r.errors.join('\n');
        for (const QString &e : expected)
            QVERIFY2(all.contains(e), qPrintable(all));
        QCOMPARE(r.errors.size(), expected.size());
    }

    void locatedFarDown_data()
    {
        // 3,000 clean actions, one a line, then the errors: their positions are worked out once
        // for the whole file (loading must not rescan it per action) and must stay exact, the
        // column counting characters, not bytes, after Japanese text.
        QByteArray clean = "[\n";
        for (int i = 0; i < 3000; ++i)
            clean += "  {\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"answer\"},\n";
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two actions on one line, an unknown verb")
            << clean + "  {\"at\": \"+00:01\", \"room\": \"nisc\", \"do\": \"mail\", \"to\": [\"mic\"], "
                       "\"subject\": \"日本語\"}, {\"at\": \"soon\", \"room\": \"nisc\", \"do\": \"answer\"},\n"
                       "  {\"at\": \"+00:02\", \"room\": \"nisc\", \"do\": \"dance\"}\n]"
            << QStringList{"s.json:3002:84: error: action 3002: \"at\" must be a time \"+HH:MM\"",
                           "s.json:3003:3: error: action 3003: unknown \"do\": \"dance\""};
        QTest::newRow("syntax error") << clean + "  {\"at\": \"+00:01\",,}\n]"
                                      << QStringList{"s.json:3002:20: error: unterminated object"};
    }
    void locatedFarDown()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto r = cd::exercise::loadPlayerScript(json, "s.json", m_scenario);
        QVERIFY(!r.script);
        QCOMPARE(r.errors.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(r.errors[i].startsWith(expected[i]), qPrintable(r.errors[i]));
    }

    void sortedByTimeStable()
    {
        const QByteArray json = "[{\"at\": \"+00:05\", \"room\": \"nisc\", \"do\": \"answer\"},"
                                " {\"at\": \"+00:01\", \"room\": \"mic\", \"do\": \"answer\"},"
                                " {\"at\": \"+00:05\", \"room\": \"op-a\", \"do\": \"answer\"}]";
        const auto r = cd::exercise::loadPlayerScript(json, "s.json", m_scenario);
        QVERIFY(r.script);
        QCOMPARE(r.script->actions.size(), size_t(3));
        QCOMPARE(r.script->actions[0].index, 1);
        QCOMPARE(r.script->actions[1].index, 0);
        QCOMPARE(r.script->actions[2].index, 2);
        QVERIFY(!r.script->actions[2].action.contains("room"));
    }

    void bundledScriptLoads()
    {
        const auto r = cd::exercise::loadPlayerScriptFile(fixture::dataPath("basic.players.json"), m_scenario);
        QVERIFY2(r.script, qPrintable(r.errors.join('\n')));
        QCOMPARE(r.script->actions.size(), size_t(33));
    }
};

QTEST_GUILESS_MAIN(TestPlayerScript)
#include "tst_playerscript.moc"
