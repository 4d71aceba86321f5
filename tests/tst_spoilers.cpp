// The spoiler check (docs/scenario-format.md "Injects", validator_spoilers.cpp): `validate` warns where a text
// the rooms see early names a distinctive term that otherwise only the truth names, and an author
// silences a deliberate hit in truth.disclosed. Warnings never stop a scenario from loading.
#include "scenario/loader.h"

#include <QFile>
#include <QTest>

using namespace cd::scenario;

namespace {

/// minimal.cxs.json whose hidden cause names the substation "SUB-7" and firmware 4.2.1, with the
/// edits (each `from` must occur once).
QByteArray scenario(const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    QFile f(QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/minimal.cxs.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = f.readAll();
    json.replace("\"root_cause\": \"変電所の故障\"",
                 "\"root_cause\": {\"ja\": \"変電所「SUB-7」の制御装置(版4.2.1)の故障\", "
                 "\"en\": \"A fault in the controller (version 4.2.1) of substation SUB-7\"}");
    for (const auto &[from, to] : edits) {
        if (json.count(from) != 1)
            return {};
        json.replace(from, to);
    }
    return json;
}

const QByteArray kResponseName = "\"name\": \"発電機燃料の追加\"";
const QByteArray kInjectSubject = "\"subject\": \"問い合わせ\"";
const QByteArray kTruthShocks = "\"shocks\": [";

}  // namespace

class TestSpoilers : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("warnings");  // "PATH: 'TERM'"
        QTest::newRow("nothing room-visible names it") << scenario({}) << QStringList{};
        QTest::newRow("a response names it") << scenario({{kResponseName, "\"name\": \"SUB-7を切り離す\""}})
                                             << QStringList{"responses[0].name: 'SUB-7'"};
        QTest::newRow("whole word, any case") << scenario({{kResponseName, "\"name\": \"Isolate sub-7 now\""}})
                                              << QStringList{"responses[0].name: 'SUB-7'"};
        QTest::newRow("not part of another word")
            << scenario({{kResponseName, "\"name\": \"SUB-70 の点検\""}}) << QStringList{};
        QTest::newRow("a version number")
            << scenario({{kResponseName, "\"name\": \"4.2.1 を戻す\""}}) << QStringList{"responses[0].name: '4.2.1'"};
        QTest::newRow("a quoted term in a room name")
            << scenario({{"\"name\": \"NISC\"", "\"name\": \"NISC (SUB-7 担当)\""}})
            << QStringList{"rooms[0].name: 'SUB-7'"};
        QTest::newRow("a persona name") << scenario({{"\"name\": \"顧客窓口\"", "\"name\": \"SUB-7 保守窓口\""}})
                                        << QStringList{"personas[0].name: 'SUB-7'"};
        QTest::newRow("a page published at the start")
            << scenario({{"\"read\": [\"all\"]}", "\"read\": [\"all\"], \"pages\": [{\"path\": \"/\", \"title\": "
                                                  "\"t\", \"body\": \"SUB-7 の案内\"}]}"}})
            << QStringList{"sites[0].pages[0].body: 'SUB-7'"};
        QTest::newRow("an inject with no reveal declared")
            << scenario({{kInjectSubject, "\"subject\": \"SUB-7 について\""}})
            << QStringList{"injects[0].subject: 'SUB-7'"};
        QTest::newRow("the inject declared to reveal it")
            << scenario({{kInjectSubject, "\"subject\": \"SUB-7 について\""},
                         {kTruthShocks, "\"disclosed\": [{\"term\": \"SUB-7\", \"in\": \"inject:I-001\"}], "
                                        "\"shocks\": ["}})
            << QStringList{};
        QTest::newRow("conditional injects after a declared reveal")
            << scenario({{"\"title\": \"通信障害\"", "\"title\": \"SUB-7 で障害\""},
                         {kTruthShocks, "\"disclosed\": [{\"term\": \"SUB-7\", \"in\": \"inject:I-001\"}], "
                                        "\"shocks\": ["}})
            << QStringList{};
        QTest::newRow("a conditional inject, no reveal declared")
            << scenario({{"\"title\": \"通信障害\"", "\"title\": \"SUB-7 で障害\""}})
            << QStringList{"injects[2].page.title: 'SUB-7'"};
        QTest::newRow("silenced in that place")
            << scenario({{kResponseName, "\"name\": \"SUB-7を切り離す\""},
                         {kTruthShocks, "\"disclosed\": [{\"term\": \"sub-7\", \"in\": \"response:R-genfuel\"}], "
                                        "\"shocks\": ["}})
            << QStringList{};
        QTest::newRow("silenced elsewhere only")
            << scenario({{kResponseName, "\"name\": \"SUB-7を切り離す\""},
                         {kTruthShocks, "\"disclosed\": [{\"term\": \"SUB-7\", \"in\": \"site:news\"}], "
                                        "\"shocks\": ["}})
            << QStringList{"responses[0].name: 'SUB-7'"};
        QTest::newRow("silenced everywhere")
            << scenario({{kResponseName, "\"name\": \"SUB-7を切り離す\""},
                         {kTruthShocks, "\"disclosed\": [{\"term\": \"SUB-7\"}], \"shocks\": ["}})
            << QStringList{};
        QTest::newRow("public vocabulary is not distinctive")
            << scenario({{kResponseName, "\"name\": \"SUB-7を切り離す\""},
                         {"\"en\": \"Minimal scenario\"", "\"en\": \"Minimal scenario at SUB-7\""}})
            << QStringList{};
    }
    void check()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, warnings);
        QVERIFY2(!json.isEmpty(), "an edit did not apply to minimal.cxs.json");
        const LoadResult r = loadScenario(json, "s.cxs.json");
        QVERIFY2(r.scenario, r.diagnostics.empty() ? "" : qPrintable(r.diagnostics.front().format()));
        QStringList got;
        for (const Diagnostic &d : r.diagnostics) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QVERIFY(d.line > 0);
            QVERIFY(d.format().startsWith(QStringLiteral("s.cxs.json:%1:%2: warning: ").arg(d.line).arg(d.column)));
            QVERIFY2(d.message.contains("truth.disclosed"), qPrintable(d.message));
            const qsizetype q = d.message.indexOf('\'');
            got << d.path + QStringLiteral(": ") + d.message.mid(q, d.message.indexOf('\'', q + 1) - q + 1);
        }
        QCOMPARE(got, warnings);
    }

    void badDisclosures_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown inject") << QByteArray("{\"term\": \"SUB-7\", \"in\": \"inject:I-00l\"}")
                                        << "unknown inject 'I-00l'; did you mean 'I-001'?";
        QTest::newRow("unknown kind") << QByteArray("{\"term\": \"SUB-7\", \"in\": \"page:news\"}")
                                      << "'in' is one of inject:ID, site:ID, response:ID, room:ID or persona:ID";
        QTest::newRow("empty term") << QByteArray("{\"term\": \" \"}") << "empty term";
        QTest::newRow("unknown key") << QByteArray("{\"term\": \"SUB-7\", \"at\": \"site:news\"}")
                                     << "unknown key 'at'";
    }
    void badDisclosures()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        const LoadResult r =
            loadScenario(scenario({{kTruthShocks, "\"disclosed\": [" + entry + "], \"shocks\": ["}}), "s.cxs.json");
        QVERIFY(!r.scenario);
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QVERIFY2(r.diagnostics[0].message.contains(message), qPrintable(r.diagnostics[0].message));
        QVERIFY(r.diagnostics[0].path.startsWith("truth.disclosed[0]"));
    }

    void bundled2008()
    {
        // The bundled 2008 exercise validates without a warning; with its old response name
        // ("... isolate the CTS-9000", offered from minute 0) it warns there.
        const LoadResult r =
            loadScenarioFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json"));
        QVERIFY(r.scenario);
        QCOMPARE(r.diagnostics.size(), std::size_t(0));
        Scenario s = *r.scenario;
        s.responses[0].name.en = QStringLiteral("Switch to an independent time source and isolate the CTS-9000");
        const Diagnostics d = validateScenario(s);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].path, QStringLiteral("responses[0].name"));
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestSpoilers)
#include "tst_spoilers.moc"
