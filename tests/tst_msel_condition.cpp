// The MSEL's condition column (simcore/scenario/mselcondition.h): each kind of condition reads
// and writes in words and back to the same JSON, a bad cell says what and where, a condition
// the words cannot say stays in details, and the bundled scenario's sheet (with the header of
// before the column, too) imports to the same injects.
#include "scenario/csv.h"
#include "scenario/loader.h"
#include "scenario/msel.h"
#include "scenario/mselcondition.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd::scenario;

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
}  // namespace

class TestMselCondition final : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<QByteArray>("json");  // the inject's when / delay / contingency
        QTest::addColumn<QString>("cell");
        QTest::newRow("none") << QByteArray("{}") << "";
        QTest::newRow("by hand") << QByteArray(R"({"contingency":true})") << "by hand";
        QTest::newRow("node") << QByteArray(R"({"when":{"node":"power","q_ge":0.5}})") << "when power q>=0.5";
        QTest::newRow("breach") << QByteArray(R"({"when":{"breach":"water"}})") << "when breach water";
        QTest::newRow("fired plus, delay")
            << QByteArray(R"({"when":{"fired":"I-003","plus":"+00:30"},"delay":"+00:10"})")
            << "when fired I-003 +00:30 delay +00:10";
        QTest::newRow("met") << QByteArray(R"({"when":{"met":"E-003"}})") << "when met E-003";
        QTest::newRow("missed") << QByteArray(R"({"when":{"missed":"E-003"}})") << "when missed E-003";
        QTest::newRow("response") << QByteArray(R"({"when":{"response":"R-1"}})") << "when response R-1";
        QTest::newRow("nested") << QByteArray(R"({"when":{"all":[{"breach":"power"},{"not":{"met":"E-1"}},)"
                                              R"({"any":[{"node":"gas","q_ge":0.25},{"fired":"I-2"}]}]}})")
                                << "when all(breach power; not(met E-1); any(gas q>=0.25; fired I-2))";
        QTest::newRow("by hand or when") << QByteArray(R"({"contingency":true,"when":{"missed":"E-9"}})")
                                         << "by hand, or when missed E-9";
    }
    void words()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, cell);
        QCOMPARE(msel::conditionCell(object(json)), std::optional<QString>(cell));
        QString error;
        const auto back = msel::parseConditionCell(cell, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, object(json));
    }

    void looseSpelling_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("spaces around >=")
            << "When power q >= 0.5" << QByteArray(R"({"when":{"node":"power","q_ge":0.5}})");
        QTest::newRow("≥") << "when power q≥0.5" << QByteArray(R"({"when":{"node":"power","q_ge":0.5}})");
        QTest::newRow("upper case") << "BY HAND" << QByteArray(R"({"contingency":true})");
        QTest::newRow("Excel-ish offset")
            << "when fired I-1 +30m" << QByteArray(R"({"when":{"fired":"I-1","plus":"+00:30"}})");
    }
    void looseSpelling()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, json);
        QString error;
        const auto got = msel::parseConditionCell(cell, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(*got, object(json));
    }

    void badCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("error");
        QTest::newRow("no keyword") << "power q>=0.5"
                                    << "expected 'by hand' or 'when ...' (at character 1)";
        QTest::newRow("unclosed") << "when all(breach a; met b"
                                  << "expected ';' or ')' (at character 25)";
        QTest::newRow("no number") << "when power q>=x"
                                   << "expected a number after 'q>=' (at character 16)";
        QTest::newRow("bad delay") << "when met E-1 delay soon"
                                   << "expected a delay like +00:10 (at character 20)";
        QTest::newRow("trailing") << "by hand please"
                                  << "unexpected 'please' (at character 9)";
    }
    void badCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, error);
        QString got;
        QCOMPARE(msel::parseConditionCell(cell, &got), std::nullopt);
        QCOMPARE(got, error);
    }

    void unsayableStaysInDetails()
    {
        // A delay without a condition, and an id the words would read as a keyword.
        QCOMPARE(msel::conditionCell(object(R"({"delay":"+00:05"})")), std::nullopt);
        QCOMPARE(msel::conditionCell(object(R"({"when":{"met":"a b"}})")), std::nullopt);
        QCOMPARE(msel::conditionCell(object(R"({"when":{"node":"breach","q_ge":0.5}})")), std::nullopt);
    }

    void bundledRoundTrip_data()
    {
        QTest::addColumn<bool>("oldHeader");
        QTest::newRow("with the condition column") << false;
        QTest::newRow("header of before the column") << true;
    }
    void bundledRoundTrip()
    {
        QFETCH(bool, oldHeader);
        const LoadResult loaded =
            loadScenarioFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json"));
        QVERIFY(loaded.scenario);
        std::vector<QStringList> rows = msel::exportRows(*loaded.scenario);
        const int condition = int(msel::columns().indexOf("condition"));
        int worded = 0;
        for (size_t r = 1; r < rows.size(); ++r)
            worded += rows[r][condition].isEmpty() ? 0 : 1;
        QVERIFY2(worded >= 3, qPrintable(QString::number(worded)));  // its conditional and by-hand injects
        if (oldHeader) {
            // The old sheet: no condition column, the conditions as JSON in details.
            for (size_t r = 0; r < rows.size(); ++r) {
                const QString words = rows[r].takeAt(condition);
                if (r == 0 || words.isEmpty())
                    continue;
                QJsonObject details = object(rows[r].last().toUtf8());
                const QJsonObject keys = *msel::parseConditionCell(words, nullptr);
                for (auto it = keys.begin(); it != keys.end(); ++it)
                    details.insert(it.key(), it.value());
                rows[r].last() = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
            }
            QCOMPARE(rows.front().contains("condition"), false);
        }
        const msel::ImportResult back = msel::importCsv(csv::write(rows), "m.csv", *loaded.scenario);
        QVERIFY2(back.scenario, back.diagnostics.empty() ? "" : qPrintable(back.diagnostics.front().format()));
        QCOMPARE(back.scenario->injects.size(), loaded.scenario->injects.size());
        QVERIFY(back.scenario->injects == loaded.scenario->injects);
        QCOMPARE(msel::exportCsv(*back.scenario), msel::exportCsv(*loaded.scenario));
    }
};

QTEST_GUILESS_MAIN(TestMselCondition)
#include "tst_msel_condition.moc"
