// RFC 4180 reader and writer (simcore/scenario/csv.h): quoting, line endings, BOM, Japanese,
// spreadsheet row numbers and located errors.
#include "scenario/csv.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cd::scenario;

namespace {
QStringList formatted(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.format();
    return out;
}
}  // namespace

class TestCsv final : public QObject
{
    Q_OBJECT
private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("numbers");
        using Rows = QList<QStringList>;
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\n1,2\r\n")
                             << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << Rows{} << QList<int>{};
        QTest::newRow("empty") << QByteArray() << Rows{} << QList<int>{};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << Rows{{"a", "b", "c"}, {"", "", ""}}
                                      << QList<int>{1, 2};
        QTest::newRow("trailing comma") << QByteArray("a,b,\n") << Rows{{"a", "b", ""}} << QList<int>{1};
        QTest::newRow("quoted comma") << QByteArray("a,\"x, y\"\n") << Rows{{"a", "x, y"}} << QList<int>{1};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << Rows{{"say \"hi\"", "\""}}
                                       << QList<int>{1};
        QTest::newRow("quoted empty") << QByteArray("\"\",a\n") << Rows{{"", "a"}} << QList<int>{1};
        QTest::newRow("embedded LF") << QByteArray("h1,h2\n\"line1\nline2\",x\nlast,y\n")
                                     << Rows{{"h1", "h2"}, {"line1\nline2", "x"}, {"last", "y"}} << QList<int>{1, 2, 3};
        QTest::newRow("embedded CRLF kept")
            << QByteArray("h\r\n\"a\r\nb\"\r\n") << Rows{{"h"}, {"a\r\nb"}} << QList<int>{1, 2};
        QTest::newRow("blank lines counted")
            << QByteArray("h,i\n\n1,2\r\n\r\n3,4\n") << Rows{{"h", "i"}, {"1", "2"}, {"3", "4"}} << QList<int>{1, 3, 5};
        QTest::newRow("bare quote literal") << QByteArray("a,5\"3\n") << Rows{{"a", "5\"3"}} << QList<int>{1};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{" a ", " b "}} << QList<int>{1};
        QTest::newRow("Japanese") << QByteArray("件名,本文\n\"停電、復旧見込み\",\"「至急」\n連絡\"\n")
                                  << Rows{{"件名", "本文"}, {"停電、復旧見込み", "「至急」\n連絡"}} << QList<int>{1, 2};
    }
    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, numbers);
        const csv::ReadResult got = csv::read(input, "t.csv");
        QCOMPARE(formatted(got.diagnostics), QStringList());
        QList<QStringList> gotRows;
        QList<int> gotNumbers;
        for (const csv::Row &r : got.rows) {
            gotRows << r.fields;
            gotNumbers << r.number;
        }
        QCOMPARE(gotRows, rows);
        QCOMPARE(gotNumbers, numbers);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("unterminated") << QByteArray("a,b\n1,\"open\n2,3\n")
                                      << QStringList{"t.csv:2:2: error: unterminated quoted field: the quote opened "
                                                     "on line 2 of the file is never closed, so nothing after it "
                                                     "can be read"};
        QTest::newRow("unterminated after multi-line cell")
            << QByteArray("a,b\n\"x\ny\",1\n\n3,\"z\n")
            << QStringList{"t.csv:4:2: error: unterminated quoted field: the quote opened on line 5 of the file is "
                           "never closed, so nothing after it can be read"};
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,1\n")
            << QStringList{"t.csv:2:1: error: text after the closing quote of a quoted field (a quote inside a "
                           "quoted field is written as two quotes: \"\")"};
        QTest::newRow("ragged short") << QByteArray("a,b,c\n1,2,3\n1,2\n")
                                      << QStringList{"t.csv:3: error: this row has 2 fields but the header (row 1) "
                                                     "has 3"};
        QTest::newRow("ragged long, every row")
            << QByteArray("a\n1,2\n3\n4,5,6\n")
            << QStringList{"t.csv:2: error: this row has 2 fields but the header (row 1) has 1",
                           "t.csv:4: error: this row has 3 fields but the header (row 1) has 1"};
        QTest::newRow("invalid byte") << QByteArray("a,b\nok,bad\xFF\n")
                                      << QStringList{"t.csv:2:2: error: invalid UTF-8 in this field (save the "
                                                     "spreadsheet as \"CSV UTF-8\")"};
        QTest::newRow("truncated sequence") << QByteArray("a,b\n\xE3\x81,x")
                                            << QStringList{"t.csv:2:1: error: invalid UTF-8 in this field (save the "
                                                           "spreadsheet as \"CSV UTF-8\")"};
        // "停電" in Shift_JIS, as Excel saves a plain "CSV" on a Japanese Windows.
        QTest::newRow("Shift_JIS") << QByteArray("id,subject\nI-1,\x92\xE2\x93\x64\n")
                                   << QStringList{"t.csv:2:2: error: invalid UTF-8 in this field (save the "
                                                  "spreadsheet as \"CSV UTF-8\")"};
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, messages);
        QCOMPARE(formatted(csv::read(input, "t.csv").diagnostics), messages);
    }

    void write_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QByteArray>("bytes");
        using Rows = QList<QStringList>;
        QTest::newRow("plain") << Rows{{"a", "b"}, {"1", ""}}
                               << QByteArray("\xEF\xBB\xBF"
                                             "a,b\r\n1,\r\n");
        QTest::newRow("needs quotes") << Rows{{"x, y", "say \"hi\"", "l1\nl2", "cr\r"}}
                                      << QByteArray("\xEF\xBB\xBF\"x, y\",\"say \"\"hi\"\"\",\"l1\nl2\",\"cr\r\"\r\n");
        QTest::newRow("Japanese unquoted") << Rows{{"件名", "停電"}} << QByteArray("\xEF\xBB\xBF件名,停電\r\n");
        QTest::newRow("single empty field") << Rows{{"h"}, {""}} << QByteArray("\xEF\xBB\xBFh\r\n\"\"\r\n");
        QTest::newRow("no rows") << Rows{} << QByteArray("\xEF\xBB\xBF");
    }
    void write()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QByteArray, bytes);
        const std::vector<QStringList> table(rows.begin(), rows.end());
        QCOMPARE(csv::write(table), bytes);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        using Rows = QList<QStringList>;
        QTest::newRow("nasty") << Rows{{"id", "text", "more"},
                                       {"1", "\"quoted\", with comma", "multi\r\nline\nmixed\r"},
                                       {"2", "", " spaced "},
                                       {"3", "「日本語」、読点,comma", "\"\""}};
        QTest::newRow("one column") << Rows{{"h"}, {""}, {"x"}, {""}};
    }
    void roundTrip()
    {
        QFETCH(QList<QStringList>, rows);
        const QByteArray bytes = csv::write(std::vector<QStringList>(rows.begin(), rows.end()));
        const csv::ReadResult got = csv::read(bytes);
        QCOMPARE(formatted(got.diagnostics), QStringList());
        QList<QStringList> back;
        for (const csv::Row &r : got.rows)
            back << r.fields;
        QCOMPARE(back, rows);
    }

    /// Random byte soups over the characters that matter: reading never crashes, every error is
    /// located, and whatever reads cleanly is written back and read again unchanged.
    void randomInputs()
    {
        static const QByteArray tokens[] = {",", "\"", "\r", "\n", "a", " ", "あ", "\xFF"};
        QRandomGenerator random(20081210);  // fixed seed: the same inputs on every run
        int clean = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray input;
            const int size = random.bounded(30);
            for (int k = 0; k < size; ++k)
                input += tokens[random.bounded(int(std::size(tokens)))];
            const csv::ReadResult got = csv::read(input, "r.csv");
            for (const Diagnostic &d : got.diagnostics)
                QVERIFY2(d.line >= 1, qPrintable(d.format()));
            if (!got.diagnostics.empty() || got.rows.empty())
                continue;
            ++clean;
            std::vector<QStringList> table;
            for (const csv::Row &r : got.rows)
                table.push_back(r.fields);
            const csv::ReadResult again = csv::read(csv::write(table));
            QCOMPARE(formatted(again.diagnostics), QStringList());
            QCOMPARE(again.rows.size(), table.size());
            for (std::size_t r = 0; r < table.size(); ++r)
                QCOMPARE(again.rows[r].fields, table[r]);
        }
        QCOMPARE_GT(clean, 200);  // the property was exercised, not skipped
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
