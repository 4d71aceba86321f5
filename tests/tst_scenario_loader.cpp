// The strict loader: a table of malformed scenarios, each made by editing the small valid
// tests/data/scenario/minimal.cxs.json, asserting the one error it must give: line, column (in
// characters), message and JSON path. Plus: all errors in one pass, in-memory validation, and
// no crash on truncated or corrupted input.
#include "scenario/json.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace cd::scenario;

namespace {

QByteArray minimal()
{
    QFile f(QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/minimal.cxs.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// `base` with `from` (which must occur exactly once) replaced by `to`; empty if `from` is not unique.
QByteArray edited(const QByteArray &base, const QByteArray &from, const QByteArray &to)
{
    if (base.count(from) != 1)
        return {};
    QByteArray out = base;
    return out.replace(from, to);
}

/// Every value of a document, as the index path to reach it (array item or member number).
void collect(const json::Value &v, std::vector<std::size_t> &at, std::vector<std::vector<std::size_t>> &out)
{
    if (!at.empty())
        out.push_back(at);
    const std::size_t n = v.isArray() ? v.array.size() : v.object.size();
    for (std::size_t i = 0; i < n; ++i) {
        at.push_back(i);
        collect(v.isArray() ? v.array[i] : v.object[i].value, at, out);
        at.pop_back();
    }
}

json::Value &reach(json::Value &root, const std::vector<std::size_t> &at, std::size_t depth)
{
    json::Value *v = &root;
    for (std::size_t k = 0; k < depth; ++k)
        v = v->isArray() ? &v->array[at[k]] : &v->object[at[k]].value;
    return *v;
}

QString describe(const Diagnostics &d)
{
    QStringList lines;
    for (const Diagnostic &x : d)
        lines.append(x.format() + QStringLiteral("  [") + x.path + QLatin1Char(']'));
    return lines.join('\n');
}

}  // namespace

class TestScenarioLoader final : public QObject
{
    Q_OBJECT
private slots:
    void minimalIsValid()
    {
        const LoadResult r = loadScenario(minimal(), "minimal.cxs.json");
        QCOMPARE(describe(r.diagnostics), QString());
        QVERIFY(r.scenario.has_value());
        const Scenario &s = *r.scenario;
        QCOMPARE(s.meta.durationMin, 120);
        QCOMPARE(s.rooms.size(), std::size_t(3));
        QCOMPARE(s.rooms[2].phoneLines, 2);
        QCOMPARE(s.graph.nodes[0].ratePerH, kInfiniteRate);
        QCOMPARE(s.graph.nodes[1].level->minMinutes, 30);
        QCOMPARE(s.graph.edges[0].autonomyH, 3.0);
        QCOMPARE(s.truth.shocks[0].toMin.value_or(-1), 60);
        QCOMPARE(s.injects[1].delayMin, 5);
        QCOMPARE(int(s.injects[2].when->kind), int(Condition::Kind::Any));
        QCOMPARE(s.injects[2].when->children[1].plusMin, 30);
        QCOMPARE(s.injects[2].page->site, QString("news"));
        QCOMPARE(s.responses[0].effect.edgeTo, QString("telecom"));
        QCOMPARE(s.channels.phone->downAtQ.value_or(-1), 0.5);
        QCOMPARE(s.expectedFlows[0].fromRole, QString("operator"));
        QCOMPARE(s.meta.title.get("en"), QString("Minimal scenario"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("path");
        const QByteArray base = minimal();
        const auto row = [&base](const char *name, const char *from, const char *to, int count, int line, int column,
                                 const char *fragment, const char *path) {
            const QByteArray input = from ? edited(base, from, to) : QByteArray(to);
            QTest::newRow(name) << input << count << line << column << QString::fromUtf8(fragment)
                                << QString::fromUtf8(path);
        };
        row("unknown top-level key", "\"survey\": [", "\"survy\": [", 1, 59, 3,
            "unknown key 'survy'; did you mean 'survey'?", "survy");
        row("unknown inject key", "\"subject\": \"問い合わせ\"", "\"subjct\": \"問い合わせ\"", 1, 39, 6,
            "did you mean 'subject'?", "injects[0].subjct");
        row("unknown key after japanese", "\"body\": \"つながりません\"", "\"bodi\": \"つながりません\"", 1, 39, 26,
            "unknown key 'bodi'; did you mean 'body'?", "injects[0].bodi");
        row("unknown key lists known keys", "\"kind\": \"customer\"", "\"knd\": \"customer\"", 1, 19, 45,
            "(known keys here: id, name, kind)", "personas[0].knd");
        row("wrong type number", "\"phone_lines\": 2", "\"phone_lines\": \"2\"", 1, 16, 102,
            "expected a number, got a string", "rooms[2].phone_lines");
        row("wrong type text", "\"name\": \"NISC\"", "\"name\": 5", 1, 14, 28,
            "expected text: a string or {\"ja\": ..., \"en\": ...}, got a number", "rooms[0].name");
        row("wrong type list", "\"sectors\": [\"telecom\"]", "\"sectors\": \"telecom\"", 1, 15, 65,
            "expected an array, got a string", "rooms[1].sectors");
        row("whole number", "\"within_min\": 30", "\"within_min\": 30.5", 1, 40, 106,
            "expected a whole number, got 30.5", "injects[0].expected[0].within_min");
        row("bad text object", "\"title\": {\"ja\": \"最小シナリオ\", \"en\": \"Minimal scenario\"}", "\"title\": {}",
            1, 5, 14, "text needs \"ja\" or \"en\"", "meta.title");
        row("text member type", "\"en\": \"Telecom\"", "\"en\": [\"Telecom\"]", 1, 24, 52,
            "expected a string, got an array", "graph.nodes[1].name.en");
        row("dangling room", "\"to\": [\"op-telecom-a\"],", "\"to\": [\"op-telcom-a\"],", 1, 38, 96,
            "unknown room 'op-telcom-a'; did you mean 'op-telecom-a'?", "injects[0].to[0]");
        row("dangling node", "{\"from\": \"power\", \"to\": \"telecom\", \"weight\"",
            "{\"from\": \"pwer\", \"to\": \"telecom\", \"weight\"", 2, 28, 16,
            "unknown node 'pwer'; did you mean 'power'?", "graph.edges[0].from");
        row("dangling room sector", "\"sector\": \"telecom\"", "\"sector\": \"telecon\"", 1, 16, 76,
            "unknown node 'telecon'; did you mean 'telecom'?", "rooms[2].sector");
        row("dangling inject", "{\"fired\": \"I-001\"", "{\"fired\": \"I-01\"", 1, 43, 66,
            "unknown inject 'I-01'; did you mean 'I-001'?", "injects[2].when.any[1].fired");
        row("dangling response", "{\"met\": \"E-001\"}", "{\"response\": \"R-genfual\"}", 1, 43, 51,
            "unknown response 'R-genfual'; did you mean 'R-genfuel'?", "injects[2].when.any[0].response");
        row("dangling expected", "{\"met\": \"E-001\"}", "{\"missed\": \"E-002\"}", 1, 43, 49,
            "unknown expected action 'E-002'; did you mean 'E-001'?", "injects[2].when.any[0].missed");
        row("dangling persona", "\"persona:customer-desk\"", "\"persona:customer-dsk\"", 1, 38, 64,
            "unknown persona 'customer-dsk'; did you mean 'customer-desk'?", "injects[0].from");
        row("dangling site", "\"page\": {\"site\": \"news\"", "\"page\": {\"site\": \"nws\"", 1, 44, 42,
            "unknown site 'nws'; did you mean 'news'?", "injects[2].page.site");
        row("dangling flow after", "\"after\": \"first-impact\"", "\"after\": \"I-009\"", 1, 57, 101,
            "unknown inject 'I-009'", "expected_flows[0].after");
        row("dangling effect node", "\"effect\": {\"add_autonomy_h\": 6, \"edge\": [\"power\", \"telecom\"]}",
            "\"effect\": {\"set_shock\": 0.5, \"node\": \"powr\"}", 1, 51, 43,
            "unknown node 'powr'; did you mean 'power'?", "responses[0].effect.node");
        row("dangling site reader", "\"read\": [\"all\"]", "\"read\": [\"all\", \"nic\"]", 1, 47, 68,
            "unknown room 'nic'; did you mean 'nisc'?", "sites[0].read[1]");
        row("duplicate id", "{\"id\": \"I-002\", \"when\"", "{\"id\": \"I-001\", \"when\"", 1, 41, 12,
            "duplicate inject id 'I-001' (first used by injects[0])", "injects[1].id");
        row("duplicate id cascades", "{\"id\": \"mic\", \"name\": \"総務省\"",
            "{\"id\": \"nisc\", \"name\": \"総務省\"", 4, 15, 12, "duplicate room id 'nisc' (first used by rooms[0])",
            "rooms[1].id");
        row("duplicate expected id", "\"script\": \"状況を教えてください\"",
            "\"script\": \"状況を教えてください\", \"expected\": [{\"id\": \"E-001\", \"room\": \"mic\", \"action\": "
            "\"call\", \"within_min\": 5}]",
            1, 42, 84, "duplicate expected id 'E-001' (first used by injects[0].expected[0])",
            "injects[1].expected[0].id");
        row("duplicate key", "\"name\": \"NISC\", \"role\": \"nisc\"}",
            "\"name\": \"NISC\", \"role\": \"nisc\", \"role\": \"agency\"}", 1, 14, 52,
            "duplicate key 'role' (first at line 14, column 36)", "rooms[0].role");
        row("duplicate edge", "\"kind\": \"power\"}\n",
            "\"kind\": \"power\"},\n      {\"from\": \"power\", \"to\": \"telecom\", \"weight\": 0.1}\n", 1, 29, 7,
            "duplicate edge power -> telecom (first is graph.edges[0])", "graph.edges[1]");
        row("integer out of range", "\"within_min\": 30", "\"within_min\": 1e12", 1, 40, 106,
            "number 1000000000000 is out of range", "injects[0].expected[0].within_min");
        row("empty text pair member", "\"en\": \"Telecom\"", "\"en\": \"Telecom\", \"fr\": \"Télécom\"", 1, 24, 63,
            "unknown key 'fr'", "graph.nodes[1].name.fr");
        row("contingency not boolean", "\"channel\": \"phone\"", "\"channel\": \"phone\", \"contingency\": 1", 1, 41,
            117, "expected a boolean, got a number", "injects[1].contingency");
        row("empty optional reference", "\"sector\": \"telecom\"", "\"sector\": \"\"", 1, 16, 76,
            "'sector' is empty; leave the key out instead", "rooms[2].sector");
        row("recipient twice", "\"to\": [\"op-telecom-a\"],", "\"to\": [\"op-telecom-a\"], \"cc\": [\"op-telecom-a\"],",
            1, 38, 120, "room 'op-telecom-a' is already a recipient", "injects[0].cc[0]");
        row("at after duration", "\"at\": \"+00:20\"", "\"at\": \"+03:00\"", 1, 38, 27,
            "at +03:00 is after the end of the exercise (duration +02:00)", "injects[0].at");
        row("bad offset", "\"at\": \"+00:20\"", "\"at\": \"00:20\"", 1, 38, 27, "malformed time offset '00:20'",
            "injects[0].at");
        row("bad offset minutes", "\"lead\": \"+00:30\"", "\"lead\": \"+00:75\"", 1, 50, 80,
            "malformed time offset '+00:75'", "responses[0].lead");
        row("shock ends before start", "\"from\": \"+00:10\", \"to\": \"+01:00\"",
            "\"from\": \"+01:10\", \"to\": \"+01:00\"", 1, 34, 59, "shock ends (+01:00) before it starts (+01:10)",
            "truth.shocks[0].to");
        row("shock after duration", "\"from\": \"+00:10\", \"to\": \"+01:00\"", "\"from\": \"+02:10\"", 1, 34, 43,
            "shock start +02:10 is after the end of the exercise", "truth.shocks[0].from");
        row("weight above 1", "\"weight\": 0.6", "\"weight\": 1.5", 1, 28, 52,
            "weight must be between 0 and 1, got 1.5", "graph.edges[0].weight");
        row("negative autonomy", "\"autonomy_h\": 3", "\"autonomy_h\": -1", 1, 28, 71,
            "autonomy_h must not be negative, got -1", "graph.edges[0].autonomy_h");
        row("negative recharge", "\"autonomy_h\": 3", "\"autonomy_h\": 3, \"recharge_per_h\": -0.5", 1, 28, 92,
            "recharge_per_h must not be negative, got -0.5", "graph.edges[0].recharge_per_h");
        row("negative served", "\"served\": 1000", "\"served\": -5", 1, 23, 68, "served must not be negative, got -5",
            "graph.nodes[0].served");
        row("negative min_units", "\"min_units\": 1000", "\"min_units\": -1", 1, 25, 31,
            "min_units must not be negative, got -1", "graph.nodes[1].level.min_units");
        row("zero rate", "\"rate_per_h\": 2", "\"rate_per_h\": 0", 1, 24, 78,
            "rate_per_h must be positive (or \"inf\"), got 0", "graph.nodes[1].rate_per_h");
        row("bad rate string", "\"rate_per_h\": \"inf\"", "\"rate_per_h\": \"infinite\"", 1, 23, 51,
            "expected a rate per hour: a number or \"inf\", got 'infinite'", "graph.nodes[0].rate_per_h");
        row("shock c above 1", "\"c\": 0.8", "\"c\": 1.2", 1, 34, 30, "c must be between 0 and 1, got 1.2",
            "truth.shocks[0].c");
        row("q_ge out of range", "\"q_ge\": 0.5", "\"q_ge\": 1.5", 1, 41, 57, "q_ge must be between 0 and 1, got 1.5",
            "injects[1].when.q_ge");
        row("down_at_q out of range", "\"down_at_q\": 0.5", "\"down_at_q\": -0.1", 1, 54, 47,
            "down_at_q must be between 0 and 1, got -0.1", "channels.phone.down_at_q");
        row("bad theme", "\"within_min\": 30, \"theme\": 1", "\"within_min\": 30, \"theme\": 7", 1, 40, 119,
            "theme must be one of the five verification themes 1-5, got 7", "injects[0].expected[0].theme");
        row("phone_lines zero", "\"phone_lines\": 2", "\"phone_lines\": 0", 1, 16, 102,
            "phone_lines must be at least 1, got 0", "rooms[2].phone_lines");
        row("step_min zero", "\"duration\": \"+02:00\",", "\"duration\": \"+02:00\", \"step_min\": 0,", 1, 8, 39,
            "step_min must be at least 1, got 0", "meta.step_min");
        row("within_min zero", "\"within_min\": 60", "\"within_min\": 0", 1, 57, 88,
            "within_min must be at least 1, got 0", "expected_flows[0].within_min");
        row("bad id", "{\"id\": \"O1\"", "{\"id\": \"O 1\"", 1, 10, 14,
            "invalid id 'O 1': ids use only A-Z a-z 0-9 _ . -", "meta.objectives[0].id");
        row("inject from a room", "\"persona:customer-desk\"", "\"mic\"", 1, 38, 64,
            "an inject cannot come from room 'mic'", "injects[0].from");
        row("inject from room prefix", "\"persona:customer-desk\"", "\"room:op-telecom-a\"", 1, 38, 64,
            "an inject cannot come from room 'op-telecom-a'", "injects[0].from");
        row("from persona without prefix", "\"persona:customer-desk\"", "\"customer-desk\"", 1, 38, 64,
            "'from' names a persona as \"persona:customer-desk\"", "injects[0].from");
        row("both at and when", "{\"id\": \"I-002\", \"when\"", "{\"id\": \"I-002\", \"at\": \"+00:10\", \"when\"", 1,
            41, 45, "not both", "injects[1].when");
        row("neither at nor when", "\"at\": \"+00:20\", ", "", 1, 38, 5,
            "an inject needs 'at' (a time) or 'when' (a condition)", "injects[0].at");
        row("delay without when", "\"at\": \"+00:20\", ", "\"at\": \"+00:20\", \"delay\": \"+00:05\", ", 1, 38, 46,
            "'delay' only goes with 'when'", "injects[0].delay");
        row("missing required key", "\"channel\": \"mail\", ", "", 1, 38, 5, "missing required key 'channel'",
            "injects[0].channel");
        row("bad condition kind", "{\"node\": \"telecom\", \"q_ge\": 0.5}", "{\"nod\": \"telecom\", \"q_ge\": 0.5}", 1,
            41, 30, "unknown key 'nod'; did you mean 'node'?", "injects[1].when.nod");
        row("misspelt condition kind", "{\"met\": \"E-001\"}", "{\"breech\": \"telecom\"}", 1, 43, 39,
            "unknown key 'breech'; did you mean 'breach'?", "injects[2].when.any[0].breech");
        row("two condition kinds", "{\"met\": \"E-001\"}", "{\"met\": \"E-001\", \"fired\": \"I-001\"}", 1, 43, 46,
            "a condition has one kind: 'fired' and 'met' both given", "injects[2].when.any[0].met");
        row("breach without level", "{\"met\": \"E-001\"}", "{\"breach\": \"power\"}", 1, 43, 49,
            "node 'power' has no verification level", "injects[2].when.any[0].breach");
        row("phone needs to", "\"to\": [\"mic\"], \"script\"", "\"script\"", 1, 41, 5, "a phone inject needs 'to'",
            "injects[1].to");
        row("web needs page site", "\"page\": {\"site\": \"news\", \"path\"", "\"page\": {\"path\"", 1, 44, 33,
            "missing required key 'site'", "injects[2].page.site");
        row("page on mail", "\"body\": \"つながりません\",",
            "\"body\": \"つながりません\", \"page\": {\"site\": \"news\", \"path\": \"/x\"},", 1, 39, 53,
            "'page' only goes with channel \"web\"", "injects[0].page");
        row("unknown role", "\"role\": \"ministry\"", "\"role\": \"ministy\"", 1, 15, 42,
            "unknown role 'ministy'; did you mean 'ministry'?", "rooms[1].role");
        row("unknown channel", "\"channel\": \"web\"", "\"channel\": \"fax\"", 1, 43, 107,
            "unknown channel 'fax' (one of: mail, phone, web)", "injects[2].channel");
        row("unknown edge kind", "\"kind\": \"power\"}", "\"kind\": \"powr\"}", 1, 28, 82,
            "unknown edge kind 'powr'; did you mean 'power'?", "graph.edges[0].kind");
        row("unknown survey type", "\"type\": \"scale5\"", "\"type\": \"scale\"", 1, 60, 49,
            "unknown question type 'scale'; did you mean 'scale5'?", "survey[0].type");
        row("effect edge missing", "\"edge\": [\"power\", \"telecom\"]", "\"edge\": [\"telecom\", \"power\"]", 1, 51,
            46, "no edge telecom -> power in the graph", "responses[0].effect.edge");
        row("effect without kind", "\"effect\": {\"add_autonomy_h\": 6, \"edge\": [\"power\", \"telecom\"]}",
            "\"effect\": {\"edge\": [\"power\", \"telecom\"]}", 1, 51, 16, "an effect needs one of add_autonomy_h",
            "responses[0].effect");
        row("flow from and from_role", "\"from_role\": \"operator\", \"to\": \"mic\"",
            "\"from_role\": \"operator\", \"from\": \"mic\", \"to\": \"mic\"", 1, 57, 5,
            "a flow needs exactly one of 'from_role' and 'from'", "expected_flows[0].from");
        row("first-impact without shocks",
            "\"shocks\": [\n      {\"node\": \"power\", \"c\": 0.8, \"from\": \"+00:10\", \"to\": \"+01:00\"}\n    ]",
            "\"shocks\": []", 1, 55, 101, "'first-impact' needs at least one shock", "expected_flows[0].after");
        row("bad start clock", "\"start\": \"12:30\"", "\"start\": \"25:00\"", 1, 7, 14, "start must be a clock time",
            "meta.start");
        row("wrong format", "\"crossdrill-scenario/1\"", "\"crossdrill-scenario/2\"", 1, 2, 13,
            "unsupported format 'crossdrill-scenario/2'", "format");
        row("missing format", "  \"format\": \"crossdrill-scenario/1\",\n", "", 1, 1, 1,
            "missing required key 'format'", "format");
        row("choice needs options", "\"type\": \"scale5\"", "\"type\": \"choice\"", 1, 60, 5,
            "a choice question needs at least two options", "survey[0].options");
        row("fired waits for itself", "{\"fired\": \"I-001\"", "{\"fired\": \"I-003\"", 1, 43, 66,
            "an inject cannot wait for itself to fire", "injects[2].when.any[1].fired");
        row("expected other action", "\"action\": \"report\"", "\"action\": \"other\"", 1, 40, 69,
            "unknown expected action 'other'", "injects[0].expected[0].action");
        row("syntax trailing comma", "\"theme\": 1}\n  ]\n}", "\"theme\": 1},\n  ]\n}", 1, 61, 3,
            "trailing comma before ']'", "");
        row("syntax unterminated", "\"kind\": \"customer\"}", "\"kind\": \"customer}", 1, 19, 53, "unterminated string",
            "");
        row("root not an object", nullptr, "[1, 2]", 1, 1, 1, "expected an object, got an array", "");
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, count);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        QFETCH(QString, path);
        QVERIFY2(!input.isEmpty(), "the edit did not apply to minimal.cxs.json");
        const LoadResult r = loadScenario(input, "case.cxs.json");
        QVERIFY(!r.scenario.has_value());
        QVERIFY(!r.unreadable);
        // The expected number of errors (1 unless the edit has genuine consequences elsewhere),
        // so that follow-on noise from an already reported value is caught. The first is the one.
        QVERIFY2(int(r.diagnostics.size()) == count, qPrintable(describe(r.diagnostics)));
        const Diagnostic &d = r.diagnostics.front();
        QVERIFY2(d.message.contains(fragment), qPrintable(d.message));
        QCOMPARE(d.path, path);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QCOMPARE(d.file, QString("case.cxs.json"));
        QVERIFY(d.format().startsWith(QStringLiteral("case.cxs.json:%1:%2: error: ").arg(line).arg(column)));
    }

    void allErrorsInOnePass()
    {
        QByteArray input = minimal();
        const std::pair<const char *, const char *> edits[] = {
            {"\"survey\": [", "\"survy\": ["},                                                     // 59:3
            {"\"to\": [\"op-telecom-a\"],", "\"to\": [\"op-telcom-a\"],"},                         // 38
            {"\"weight\": 0.6", "\"weight\": 1.5"},                                                // 28
            {"\"at\": \"+00:20\"", "\"at\": \"20 minutes\""},                                      // 38
            {"{\"id\": \"mic\", \"name\"", "{\"id\": \"nisc\", \"name\""},                         // 15
            {"\"from\": \"control\", \"to\": [\"mic\"]", "\"from\": \"mic\", \"to\": [\"mic\"]"},  // 42
            {"\"q_ge\": 0.5", "\"q_ge\": \"half\""},                                               // 41
            {"確認\", \"theme\": 1", "確認\", \"theme\": 9"},                                      // 10
        };
        for (const auto &[from, to] : edits) {
            QCOMPARE(input.count(from), 1);
            input.replace(from, to);
        }
        const LoadResult r = loadScenario(input, "many.cxs.json");
        QVERIFY(!r.scenario.has_value());
        QStringList got;
        for (const Diagnostic &d : r.diagnostics)
            got.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.path));
        // The contents of an unknown key ("survy") are not checked. rooms[1] became a second "nisc", so "mic" is no
        // longer a room: every use of it is reported too (as a recipient, and as a sender that is neither control nor a
        // persona).
        const QStringList expected{
            "10:50 meta.objectives[0].theme",
            "15:12 rooms[1].id",
            "28:52 graph.edges[0].weight",
            "38:27 injects[0].at",
            "38:100 injects[0].to[0]",
            "40:85 injects[0].expected[0].to",
            "41:57 injects[1].when.q_ge",
            "42:14 injects[1].from",
            "42:28 injects[1].to[0]",
            "57:49 expected_flows[0].to",
            "59:3 survy",
        };
        QCOMPARE(got, expected);
    }

    void inMemoryValidation()
    {
        LoadResult r = loadScenario(minimal(), "minimal.cxs.json");
        QVERIFY(r.scenario.has_value());
        Scenario s = *r.scenario;
        QCOMPARE(validateScenario(s).size(), std::size_t(0));
        s.graph.edges[0].weight = 2;
        s.injects[0].to = QStringList{"nobody"};
        s.injects[1].atMin = 10;
        const Diagnostics d = validateScenario(s, "edited");
        QCOMPARE(d.size(), std::size_t(3));
        QCOMPARE(d[0].path, QString("graph.edges[0].weight"));
        QCOMPARE(d[0].line, 0);
        QCOMPARE(d[0].format(), QString("edited: error: weight must be between 0 and 1, got 2"));
        QCOMPARE(d[1].path, QString("injects[0].to[0]"));
        QCOMPARE(d[2].path, QString("injects[1].when"));
    }

    // A self-dependency is a diagonal entry a*_vv of the IIM (docs/model.md), which the model
    // handles; it is not an error.
    void selfEdgeAllowed()
    {
        const QByteArray input = edited(minimal(), "\"kind\": \"power\"}\n",
                                        "\"kind\": \"power\"},\n      {\"from\": \"telecom\", \"to\": \"telecom\", "
                                        "\"weight\": 0.1}\n");
        QVERIFY(!input.isEmpty());
        const LoadResult r = loadScenario(input, "self.cxs.json");
        QCOMPARE(describe(r.diagnostics), QString());
        QCOMPARE(r.scenario->graph.edges.size(), std::size_t(2));
    }

    void unreadableFile()
    {
        const LoadResult r = loadScenarioFile(QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/no-such-file.cxs.json"));
        QVERIFY(r.unreadable);
        QVERIFY(!r.scenario.has_value());
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QVERIFY(r.diagnostics[0].message.startsWith("cannot read the file"));
    }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        // Inside an object: a top-level array is refused at its first byte (not an object).
        QTest::newRow("arrays") << QByteArray("{\"a\": ") + QByteArray(100000, '[') << "nesting deeper than 256 levels";
        QTest::newRow("top-level array") << QByteArray(100000, '[') << "expected an object, got an array";
        QByteArray conditions = "{\"not\": ";
        QByteArray close = "}";
        for (int i = 0; i < 40; ++i) {
            conditions += "{\"not\": ";
            close += "}";
        }
        conditions += "{\"met\": \"E-001\"}" + close;
        QTest::newRow("conditions") << edited(minimal(), "{\"node\": \"telecom\", \"q_ge\": 0.5}", conditions)
                                    << "conditions nested deeper than 32 levels";
    }
    void deepNesting()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        const LoadResult r = loadScenario(input, "deep.cxs.json");
        QVERIFY(!r.scenario.has_value());
        QVERIFY(!r.diagnostics.empty());
        QVERIFY2(r.diagnostics.front().message.contains(fragment), qPrintable(describe(r.diagnostics)));
    }

    // Every value of the minimal scenario replaced by values of every other type, and every
    // member removed: never a crash; errors are located and carry a path; whatever loads is
    // valid in memory too and survives a save/load round trip.
    void typeConfusion()
    {
        const auto doc = json::parse(minimal());
        QVERIFY(doc.has_value());
        std::vector<std::vector<std::size_t>> locations;
        std::vector<std::size_t> at;
        collect(*doc, at, locations);
        const std::vector<json::Value> replacements{
            json::Value::null(),         json::Value::fromBool(true),      json::Value::fromNumber(0),
            json::Value::fromNumber(-1), json::Value::fromNumber(1e12),    json::Value::fromNumber(0.5),
            json::Value::fromString(""), json::Value::fromString("power"), json::Value::fromString("+00:30"),
            json::Value::makeArray(),    json::Value::makeObject()};
        int loads = 0, accepted = 0;
        const auto check = [&](const json::Value &root) {
            const LoadResult r = loadScenario(json::writePretty(root), "mutant.cxs.json");
            ++loads;
            QCOMPARE(r.scenario.has_value(), !hasErrors(r.diagnostics));
            for (const Diagnostic &d : r.diagnostics) {
                QVERIFY2(d.line >= 1 && d.column >= 1 && !d.path.isEmpty(), qPrintable(describe(r.diagnostics)));
            }
            if (r.scenario) {
                ++accepted;
                QCOMPARE(describe(validateScenario(*r.scenario)), QString());
                const LoadResult again = loadScenario(saveScenario(*r.scenario), "again.cxs.json");
                QVERIFY2(again.scenario.has_value(), qPrintable(describe(again.diagnostics)));
                QVERIFY(*again.scenario == *r.scenario);
            }
        };
        for (const auto &loc : locations) {
            for (const json::Value &replacement : replacements) {
                json::Value root = *doc;
                reach(root, loc, loc.size()) = replacement;
                check(root);
                if (QTest::currentTestFailed())
                    return;
            }
            json::Value root = *doc;
            json::Value &parent = reach(root, loc, loc.size() - 1);
            if (parent.isArray())
                parent.array.erase(parent.array.begin() + static_cast<std::ptrdiff_t>(loc.back()));
            else
                parent.object.erase(parent.object.begin() + static_cast<std::ptrdiff_t>(loc.back()));
            check(root);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d mutants loaded, %d accepted", loads, accepted);
        QVERIFY(accepted < loads);
    }

    // Never a crash and never a half-loaded scenario, whatever the bytes.
    void corruptedInput_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 8; ++seed)
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void corruptedInput()
    {
        QFETCH(int, seed);
        const QByteArray base = minimal();
        QRandomGenerator rng(static_cast<quint32>(seed));
        int loaded = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray input = base;
            if (i % 3 == 0) {
                input.truncate(rng.bounded(static_cast<int>(input.size())));
            } else {
                const int flips = 1 + rng.bounded(4);
                for (int k = 0; k < flips; ++k)
                    input[rng.bounded(static_cast<int>(input.size()))] = static_cast<char>(rng.bounded(256));
            }
            const LoadResult r = loadScenario(input, "fuzz.cxs.json");
            QCOMPARE(r.scenario.has_value(), !hasErrors(r.diagnostics));
            for (const Diagnostic &d : r.diagnostics) {
                QVERIFY(d.line >= 1);
                QVERIFY(d.column >= 1);
            }
            loaded += r.scenario.has_value();
        }
        QVERIFY(loaded < 300);
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenario_loader.moc"
