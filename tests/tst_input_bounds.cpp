// Hostile input sizes (issue 14 items 5 and 6): "did you mean" stays bounded and still right,
// messages echo at most ~80 characters of a value, and oversized or non-object input is refused
// with one clear error. Asserts results (what is suggested, how long messages are), not time.
#include "model/csvgraph.h"
#include "model/input.h"
#include "scenario/csv.h"
#include "scenario/diagnostic.h"
#include "scenario/loader.h"
#include "scenario/msel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cd;
using scenario::didYouMean;

namespace {

/// The unbounded reference: full Levenshtein, case-insensitive, as the suggestion was defined.
int fullDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                       prev[size_t(j - 1)] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString referenceGuess(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &c : candidates)
        if (const int d = fullDistance(word, c); d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    return best;
}

QString randomWord(QRandomGenerator &rng, int maxLength)
{
    QString w;
    const int n = 1 + int(rng.bounded(maxLength));
    for (int i = 0; i < n; ++i)
        w += QChar(u"abcdeABC-"[rng.bounded(9)]);
    return w;
}

qsizetype longestMessage(const scenario::Diagnostics &ds)
{
    qsizetype longest = 0;
    for (const auto &d : ds)
        longest = std::max(longest, d.format().size());
    return longest;
}

}  // namespace

class TestInputBounds : public QObject
{
    Q_OBJECT

private slots:
    void suggestions_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList rooms{"nisc", "mic", "op-a", "op-b", "ceptoar-power"};
        QTest::newRow("typo") << "ceptoar-powr" << rooms << "ceptoar-power";
        QTest::newRow("case") << "MIC" << rooms << "mic";
        QTest::newRow("first of equals") << "op-c" << rooms << "op-a";
        QTest::newRow("too far") << "zzzzzz" << rooms << "";
        const QString huge(1 << 20, QLatin1Char('x'));
        QTest::newRow("1 MB word") << huge << rooms << "";
        QTest::newRow("1 MB candidate") << "ceptoar-powr" << (QStringList{huge} + rooms) << "ceptoar-power";
    }
    void suggestions()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(didYouMean(word, candidates), expected);
    }

    /// The banded, early-ending distance suggests exactly what the full one did.
    void sameAsUnbounded()
    {
        QRandomGenerator rng(14);
        for (int round = 0; round < 300; ++round) {
            QStringList candidates;
            for (int i = 0; i < 30; ++i)
                candidates << randomWord(rng, 14);
            const QString word = randomWord(rng, 14);
            QCOMPARE(didYouMean(word, candidates), referenceGuess(word, candidates));
        }
    }

    void budgetPerFile()
    {
        const QStringList rooms{"ceptoar-power"};
        const scenario::SuggestionScope scope;
        for (int i = 0; i < scenario::kSuggestMaxCalls; ++i)
            QCOMPARE(didYouMean("ceptoar-powr", rooms), QString("ceptoar-power"));
        QCOMPARE(didYouMean("ceptoar-powr", rooms), QString());
    }

    void echoBounded()
    {
        const QString huge(1 << 20, QLatin1Char('y'));
        QCOMPARE(scenario::echo("short"), QString("short"));
        QCOMPARE(scenario::echo(huge), QString(60, QLatin1Char('y')) + QString::fromUtf8("… (1048576 characters)"));
        const QString bounded = scenario::boundText("unknown room '" + huge + "' (known: a, b)");
        // The run cut is "'yyy...y'" (quotes included): its first 60 characters and its length.
        QCOMPARE(bounded, "unknown room '" + QString(59, QLatin1Char('y')) +
                              QString::fromUtf8("… (1048578 characters)") + " (known: a, b)");
        QCOMPARE_LE(scenario::boundText(QString("word ").repeated(100000)).size(), 2100);
    }

    /// A scenario with a 1 MB room id and 3,000 recipients that are not rooms: every recipient
    /// is reported, each message short, and suggestions stop at the per-file budget.
    void scenarioWithHugeId()
    {
        QFile f(CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray rooms = doc["rooms"].toArray();
        rooms.append(QJsonObject{{"id", QString(1 << 20, QLatin1Char('r'))}, {"name", "Huge"}, {"role", "operator"}});
        doc["rooms"] = rooms;
        QJsonArray injects = doc["injects"].toArray();
        QJsonObject first = injects[0].toObject();
        QJsonArray to;
        for (int i = 0; i < 3000; ++i)
            to.append(QString("op-x%1").arg(i));
        first["to"] = to;
        injects[0] = first;
        doc["injects"] = injects;
        const scenario::LoadResult r = scenario::loadScenario(QJsonDocument(doc).toJson(), "huge.cxs.json");
        QVERIFY(!r.scenario);
        int unknown = 0;
        int suggested = 0;
        for (const auto &d : r.diagnostics) {
            unknown += d.message.contains("unknown") && d.message.contains("'op-x");
            suggested += d.message.contains("did you mean");
        }
        QCOMPARE_GE(unknown, 3000);
        QCOMPARE_LE(suggested, scenario::kSuggestMaxCalls);
        QCOMPARE_LE(longestMessage(r.diagnostics), 2200);
    }

    void edgeListWithHugeId()
    {
        const QByteArray huge(1 << 20, 'n');
        QByteArray edges = "from,to,kind,weight\n";
        for (int i = 0; i < 2000; ++i)
            edges += "a,b" + QByteArray::number(i) + ",power,0.5\n";
        edges += huge + ",a,power,0.5\n";
        const QByteArray nodes = "id,name,sector\na,A,power\nb1,B,power\n" + huge + "x,H,power\n";
        scenario::Diagnostics ds;
        const auto net = model::readEdgeListCsv(edges, "e.csv", &nodes, "n.csv", &ds);
        QVERIFY(!net);
        QVERIFY(!ds.empty());
        QCOMPARE_LE(longestMessage(ds), 2200);
    }

    void refusedBeforeParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top-level array") << "  \n [" + QByteArray("1,").repeated(1000) + "1]"
                                         << "x.json:2:2: error: expected an object, got an array";
        QTest::newRow("top-level string")
            << QByteArray("\"text\"") << "x.json:1:1: error: expected an object, got a string";
        QTest::newRow("over the size limit")
            << "{\"a\":\"" + QByteArray(scenario::kMaxScenarioBytes, 'z') + "\"}"
            << "x.json: error: the file is 33554440 bytes; a scenario may be at most 32 MiB";
        QTest::newRow("too many values") << "{\"a\":[" + QByteArray("0,").repeated(2'100'000) + "0]}"
                                         << "more than 2000000 values in one document";
    }
    void refusedBeforeParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const scenario::LoadResult r = scenario::loadScenario(json, "x.json");
        QVERIFY(!r.scenario);
        QCOMPARE(r.diagnostics.size(), size_t(1));
        QVERIFY2(r.diagnostics[0].format().contains(expected), qPrintable(r.diagnostics[0].format()));
    }

    void csvLimits()
    {
        const scenario::csv::ReadResult cells = scenario::csv::read(QByteArray(",").repeated(1'200'000), "c.csv");
        QCOMPARE(cells.diagnostics.back().message.left(30), QString("more than 1000000 cells: too l"));
        QByteArray ragged = "a,b\n";
        for (int i = 0; i < 1000; ++i)
            ragged += "1\n";
        const scenario::csv::ReadResult r = scenario::csv::read(ragged, "r.csv");
        QCOMPARE(r.diagnostics.size(), size_t(scenario::csv::kMaxErrors + 1));
        QCOMPARE(r.diagnostics.back().message, QString("800 more errors not shown"));
        const scenario::msel::ImportResult big = scenario::msel::importCsv(
            QByteArray(scenario::msel::kMaxMselBytes + 1, 'a'), "m.csv", scenario::Scenario{});
        QCOMPARE(big.diagnostics.size(), size_t(1));
        QVERIFY(big.diagnostics[0].message.startsWith(
            "the file is 16777217 bytes; an MSEL spreadsheet may be at most 16 MiB"));
    }
};

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_input_bounds.moc"
