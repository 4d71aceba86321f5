// Time offsets ("+HH:MM", "+MMm"), enum names and did-you-mean suggestions.
#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QTest>

using namespace cd::scenario;

class TestOffset final : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");  // -1: invalid
        QTest::newRow("zero") << "+00:00" << 0;
        QTest::newRow("hhmm") << "+01:30" << 90;
        QTest::newRow("long") << "+100:05" << 6005;
        QTest::newRow("mins") << "+90m" << 90;
        QTest::newRow("no plus") << "01:30" << -1;
        QTest::newRow("60 minutes") << "+01:60" << -1;
        QTest::newRow("negative") << "-00:10" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("letters") << "+ab:cd" << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const auto got = parseOffset(text);
        QCOMPARE(got.value_or(-1), minutes);
    }
    void format_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0 << "+00:00";
        QTest::newRow("90") << 90 << "+01:30";
        QTest::newRow("360") << 360 << "+06:00";
        QTest::newRow("6005") << 6005 << "+100:05";
    }
    void format()
    {
        QFETCH(int, minutes);
        QFETCH(QString, text);
        QCOMPARE(formatOffset(minutes), text);
        QCOMPARE(parseOffset(text).value_or(-1), minutes);
    }
    void enums_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("report") << "report";
        QTest::newRow("advisory") << "advisory";
        QTest::newRow("hypothesis") << "hypothesis";
    }
    void enums()
    {
        QFETCH(QString, name);
        QCOMPARE(toString(actionFrom(name).value()), name);
        QVERIFY(!actionFrom(name.toUpper()).has_value());
    }
    void suggest_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList keys{"meta", "rooms", "personas", "graph", "truth", "injects"};
        QTest::newRow("typo") << "injcts" << keys << "injects";
        QTest::newRow("case") << "Rooms" << keys << "rooms";
        QTest::newRow("far") << "zzzzzz" << keys << "";
        QTest::newRow("swap") << "truht" << keys << "truth";
    }
    void suggest()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(didYouMean(word, candidates), expected);
    }
};

QTEST_GUILESS_MAIN(TestOffset)
#include "tst_offset.moc"
