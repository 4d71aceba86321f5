// MSEL spreadsheet export/import (simcore/scenario/msel.h): the round trip, the column
// convention, and bad rows reported as FILE:ROW: error: COLUMN: MESSAGE.
#include "scenario/csv.h"
#include "scenario/loader.h"
#include "scenario/msel.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd::scenario;

namespace {

const QString kScenarioPath = QStringLiteral(CROSSDRILL_TEST_DATA "/msel/small.cxs.json");

Scenario small()
{
    LoadResult r = loadScenarioFile(kScenarioPath);
    if (!r.scenario) {
        for (const Diagnostic &d : r.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        qFatal("tests/data/msel/small.cxs.json does not load");
    }
    return *r.scenario;
}

QStringList formatted(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.format();
    return out;
}

/// The exported rows of small.cxs.json, header first: row N of the sheet is rows[N - 1].
std::vector<QStringList> exported()
{
    return msel::exportRows(small());
}

int column(const char *name)
{
    return static_cast<int>(msel::columns().indexOf(QString::fromLatin1(name)));
}

QJsonObject details(const QStringList &row)
{
    return QJsonDocument::fromJson(row[column("details")].toUtf8()).object();
}

}  // namespace

class TestMsel final : public QObject
{
    Q_OBJECT
private slots:
    void header()
    {
        QCOMPARE(msel::columns().join(','), "id,time,condition,channel,from,to,cc,subject,body,expected_action,"
                                            "expected_room,expected_within_min,theme,control_notes,details");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("msel/small") << kScenarioPath;
        QTest::newRow("scenario/minimal") << QStringLiteral(CROSSDRILL_TEST_DATA "/scenario/minimal.cxs.json");
        // Every bundled scenario, once it exists.
        const QDir bundled(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios"));
        for (const QString &name : bundled.entryList({"*.cxs.json"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable("bundled/" + name)) << bundled.filePath(name);
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const LoadResult loaded = loadScenarioFile(path);
        QCOMPARE(formatted(loaded.diagnostics), QStringList());
        const Scenario &original = *loaded.scenario;
        const QByteArray first = msel::exportCsv(original);
        const msel::ImportResult imported = msel::importCsv(first, "m.csv", original, "s.json");
        QCOMPARE(formatted(imported.diagnostics), QStringList());
        QVERIFY(imported.scenario.has_value());
        QCOMPARE(imported.scenario->injects.size(), original.injects.size());
        for (std::size_t i = 0; i < original.injects.size(); ++i)
            QCOMPARE(imported.scenario->injects[i], original.injects[i]);
        QCOMPARE(*imported.scenario, original);
        QCOMPARE(msel::exportCsv(*imported.scenario), first);
    }

    /// A spreadsheet cut short anywhere is reported, never a crash or a silent partial import.
    void truncatedFiles()
    {
        const QByteArray full = msel::exportCsv(small());
        const Scenario into = small();
        for (qsizetype size = 0; size < full.size(); size += 5) {
            const msel::ImportResult r = msel::importCsv(full.left(size), "m.csv", into, "s.json");
            if (r.scenario) {  // the cut fell between rows: every complete row is imported
                QVERIFY2(r.diagnostics.empty(), qPrintable(formatted(r.diagnostics).join('\n')));
                QCOMPARE_LE(r.scenario->injects.size(), into.injects.size());
                for (std::size_t i = 0; i < r.scenario->injects.size(); ++i)
                    QCOMPARE(r.scenario->injects[i].id, into.injects[i].id);
            } else {
                QVERIFY2(hasErrors(r.diagnostics), qPrintable(QString::number(size)));
                for (const Diagnostic &d : r.diagnostics)
                    QVERIFY2(d.file == "m.csv" || d.file == "s.json", qPrintable(d.format()));
            }
        }
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("cell");
        QTest::newRow("id") << 2 << "id"
                            << "I-001";
        QTest::newRow("time") << 2 << "time"
                              << "+00:10";
        QTest::newRow("time of a condition") << 5 << "time"
                                             << "";
        // The condition in words (mselcondition.h), not in details.
        QTest::newRow("condition") << 5 << "condition"
                                   << "when any(telecom q>=0.5; fired I-002 +00:30) delay +00:05";
        QTest::newRow("by hand") << 6 << "condition"
                                 << "by hand, or when missed E-001";
        QTest::newRow("no condition") << 2 << "condition"
                                      << "";
        QTest::newRow("channel") << 3 << "channel"
                                 << "phone";
        QTest::newRow("from") << 2 << "from"
                              << "persona:customer-desk";
        QTest::newRow("to") << 2 << "to"
                            << "op-telecom-a";
        QTest::newRow("cc joined") << 2 << "cc"
                                   << "mic;nisc";
        QTest::newRow("no cc") << 3 << "cc"
                               << "";
        QTest::newRow("subject ja") << 2 << "subject"
                                    << "「至急」通信障害, 問い合わせ多数";
        QTest::newRow("subject plain") << 3 << "subject"
                                       << "Press call, \"quotes\" and commas";
        QTest::newRow("body ja multi-line") << 2 << "body"
                                            << "複数の地域で通話ができません。\n詳細は添付の地図を参照してください。";
        QTest::newRow("body plain") << 5 << "body"
                                    << "line one\nline two, with comma";
        QTest::newRow("expected_action") << 2 << "expected_action"
                                         << "report";
        QTest::newRow("expected_room") << 2 << "expected_room"
                                       << "op-telecom-a";
        QTest::newRow("expected_within_min") << 2 << "expected_within_min"
                                             << "30";
        QTest::newRow("theme") << 3 << "theme"
                               << "3";
        QTest::newRow("no expected") << 4 << "expected_action"
                                     << "";
        QTest::newRow("control_notes ja") << 2 << "control_notes"
                                          << "停滞したら「総務省へ連絡」と促す";
        QTest::newRow("control_notes plain") << 5 << "control_notes"
                                             << "plain notes";
    }
    void cells()
    {
        QFETCH(int, row);
        QFETCH(QString, columnName);
        QFETCH(QString, cell);
        const std::vector<QStringList> rows = exported();
        QCOMPARE(rows.size(), std::size_t(6));
        QCOMPARE(rows[row - 1][column(columnName.toLatin1())], cell);
    }

    void detailsColumn_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json");  // the value of `key` in details; empty: absent
        QTest::newRow("subject en") << 2 << "subject" << QByteArray("{\"en\":\"URGENT: \\\"outage\\\", many calls\"}");
        QTest::newRow("body en with CRLF")
            << 2 << "body"
            << QByteArray("{\"en\":\"Calls fail in several areas.\\r\\nSee the attached map, please.\"}");
        QTest::newRow("expected beyond the first")
            << 2 << "expected"
            << QByteArray(
                   "[{\"id\":\"E-001\",\"to\":\"mic\"},{\"action\":\"advisory\",\"id\":\"E-002\",\"room\":\"mic\","
                   "\"theme\":2,\"to\":\"nisc\",\"within_min\":60}]");
        QTest::newRow("attachments") << 2 << "attachments" << QByteArray("[\"files/outage-map.png\"]");
        QTest::newRow("no id") << 2 << "id" << QByteArray();
        QTest::newRow("no plain subject") << 3 << "subject" << QByteArray();
        QTest::newRow("script") << 3 << "script"
                                << QByteArray("{\"en\":\"What caused the outage?\",\"ja\":\"停電の原因は何ですか？\"}");
        QTest::newRow("page") << 4 << "page"
                              << QByteArray("{\"body\":{\"en\":\"The outage "
                                            "spreads\",\"ja\":\"停電が拡大\"},\"path\":\"/"
                                            "outage\",\"site\":\"news\",\"title\":\"Outage spreads\"}");
        // In the condition column instead.
        QTest::newRow("when") << 5 << "when" << QByteArray();
        QTest::newRow("delay") << 5 << "delay" << QByteArray();
        QTest::newRow("contingency") << 6 << "contingency" << QByteArray();
        QTest::newRow("bilingual with empty ja") << 6 << "body" << QByteArray("{\"en\":\"Any news?\"}");
    }
    void detailsColumn()
    {
        QFETCH(int, row);
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        const QJsonObject d = details(exported()[row - 1]);
        if (json.isEmpty()) {
            QVERIFY2(!d.contains(key), qPrintable(key));
            return;
        }
        const QJsonValue v = d.value(key);
        const QByteArray got = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                               : v.isObject()
                                   ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        QCOMPARE(got, json);
    }

    void edits_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("subjectJa");
        QTest::addColumn<QString>("subjectEn");
        QTest::addColumn<int>("atMin");  // -1: no "at"
        QTest::newRow("edit the Japanese subject") << 2 << "subject"
                                                   << "「訂正」通信障害"
                                                   << "「訂正」通信障害"
                                                   << "URGENT: \"outage\", many calls" << 10;
        QTest::newRow("Excel time H:MM") << 2 << "time"
                                         << "0:20"
                                         << "「至急」通信障害, 問い合わせ多数"
                                         << "URGENT: \"outage\", many calls" << 20;
        QTest::newRow("Excel time H:MM:SS") << 2 << "time"
                                            << "1:05:00"
                                            << "「至急」通信障害, 問い合わせ多数"
                                            << "URGENT: \"outage\", many calls" << 65;
        QTest::newRow("minutes") << 2 << "time"
                                 << "+90m"
                                 << "「至急」通信障害, 問い合わせ多数"
                                 << "URGENT: \"outage\", many calls" << 90;
    }
    void edits()
    {
        QFETCH(int, row);
        QFETCH(QString, columnName);
        QFETCH(QString, cell);
        QFETCH(QString, subjectJa);
        QFETCH(QString, subjectEn);
        QFETCH(int, atMin);
        std::vector<QStringList> rows = exported();
        rows[row - 1][column(columnName.toLatin1())] = cell;
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small());
        QCOMPARE(formatted(r.diagnostics), QStringList());
        const Inject &inject = r.scenario->injects[row - 2];
        QCOMPARE(inject.subject.ja, subjectJa);
        QCOMPARE(inject.subject.en, subjectEn);
        QCOMPARE(inject.atMin.value_or(-1), atMin);
    }

    void addEnglishToPlainText()
    {
        std::vector<QStringList> rows = exported();
        rows[2][column("details")] = "{\"expected\":[{\"id\":\"E-003\"}],\"script\":{\"ja\":\"停電の原因は何ですか？\","
                                     "\"en\":\"What caused the outage?\"},\"subject\":{\"en\":\"Press call (en)\"}}";
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small());
        QCOMPARE(formatted(r.diagnostics), QStringList());
        QCOMPARE(r.scenario->injects[1].subject,
                 Text::fromPair("Press call, \"quotes\" and commas", "Press call (en)"));
    }

    void reorderAndBlankRows()
    {
        std::vector<QStringList> rows = exported();
        std::swap(rows[1], rows[2]);
        rows.push_back(QStringList(msel::columns().size()));  // an empty row, as Excel leaves them
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small());
        QCOMPARE(formatted(r.diagnostics), QStringList());
        QCOMPARE(r.scenario->injects.size(), std::size_t(5));
        QCOMPARE(r.scenario->injects[0].id, "I-002");
        QCOMPARE(r.scenario->injects[1].id, "I-001");
    }

    void emptyExtraColumnsAreIgnored()
    {
        std::vector<QStringList> rows = exported();
        for (QStringList &row : rows)
            row << ""
                << "";
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small());
        QCOMPARE(formatted(r.diagnostics), QStringList());
        QCOMPARE(r.scenario->injects, small().injects);
    }

    void badCells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("unknown channel") << 2 << "channel"
                                         << "fax"
                                         << QStringList{"m.csv:2: error: channel: unknown channel 'fax'; one of: "
                                                        "mail, phone, web"};
        QTest::newRow("misspelt channel") << 3 << "channel"
                                          << "phnoe"
                                          << QStringList{"m.csv:3: error: channel: unknown channel 'phnoe'; one of: "
                                                         "mail, phone, web (did you mean 'phone'?)"};
        QTest::newRow("bad time") << 3 << "time"
                                  << "soon"
                                  << QStringList{"m.csv:3: error: time: 'soon' is not a time offset; write +HH:MM "
                                                 "(e.g. +00:20), or leave it empty and give a condition"};
        QTest::newRow("minutes out of range") << 3 << "time"
                                              << "+00:75"
                                              << QStringList{"m.csv:3: error: time: '+00:75' is not a time offset; "
                                                             "write +HH:MM (e.g. +00:20), or leave it empty and give "
                                                             "a condition"};
        QTest::newRow("within_min not a number") << 2 << "expected_within_min"
                                                 << "3O"
                                                 << QStringList{"m.csv:2: error: expected_within_min: '3O' is not a "
                                                                "whole number of minutes"};
        QTest::newRow("within_min fraction") << 2 << "expected_within_min"
                                             << "2.5"
                                             << QStringList{"m.csv:2: error: expected_within_min: '2.5' is not a "
                                                            "whole number of minutes"};
        QTest::newRow("theme not a number") << 3 << "theme"
                                            << "high"
                                            << QStringList{"m.csv:3: error: theme: 'high' is not a verification "
                                                           "theme number (1 to 5)"};
        QTest::newRow("misspelt action")
            << 2 << "expected_action"
            << "reprot"
            << QStringList{"m.csv:2: error: expected_action: unknown action 'reprot'; one of: report, advisory, "
                           "query, call, post, hypothesis, request (did you mean 'report'?)"};
        QTest::newRow("empty id") << 4 << "id"
                                  << "" << QStringList{"m.csv:4: error: id: empty; every inject needs an id"};
        QTest::newRow("details not JSON") << 5 << "details"
                                          << "{\"when\": oops}"
                                          << QStringList{"m.csv:5: error: details: not valid JSON: illegal number "
                                                         "at character 10"};
        QTest::newRow("details not an object") << 5 << "details"
                                               << "[1]"
                                               << QStringList{"m.csv:5: error: details: must be a JSON object {...} "
                                                              "or empty"};
        QTest::newRow("key in column and details")
            << 3 << "details"
            << "{\"from\":\"control\",\"script\":\"x\"}"
            << QStringList{"m.csv:3: error: from: also given in details as 'from'; keep only one of them"};
        QTest::newRow("Japanese in column and details")
            << 2 << "details"
            << "{\"subject\":{\"ja\":\"x\",\"en\":\"y\"}}"
            << QStringList{"m.csv:2: error: subject: the Japanese text is both in this column and in details "
                           "(subject.ja); keep it in the column only"};
        QTest::newRow("several problems, one pass") << 2 << "channel"
                                                    << "fax"
                                                    << QStringList{"m.csv:2: error: channel: unknown channel 'fax'; "
                                                                   "one of: mail, phone, web"};
    }
    void badCells()
    {
        QFETCH(int, row);
        QFETCH(QString, columnName);
        QFETCH(QString, cell);
        QFETCH(QStringList, messages);
        std::vector<QStringList> rows = exported();
        rows[row - 1][column(columnName.toLatin1())] = cell;
        if (columnName == "details")  // a new details cell says all the rest, conditions too
            rows[row - 1][column("condition")].clear();
        if (QByteArray(QTest::currentDataTag()) == "several problems, one pass") {
            rows[3][column("time")] = "later";
            rows[4][column("theme")] = "x";
            messages << "m.csv:4: error: time: 'later' is not a time offset; write +HH:MM (e.g. +00:20), or leave "
                        "it empty and give a condition"
                     << "m.csv:5: error: theme: 'x' is not a verification theme number (1 to 5)";
        }
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small(), "s.json");
        QCOMPARE(formatted(r.diagnostics), messages);
        QVERIFY(!r.scenario);
    }

    void invalidResult_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("unknown room") << 2 << "to"
                                      << "op-telecom-b;op-power-a"
                                      << QStringList{"m.csv:2: error: to: unknown room 'op-telecom-b'; did you mean "
                                                     "'op-telecom-a'?"};
        QTest::newRow("from a room") << 3 << "from"
                                     << "mic"
                                     << QStringList{"m.csv:3: error: from: an inject cannot come from room 'mic': "
                                                    "rooms speak for themselves during play; use \"control\" or a "
                                                    "persona (\"persona:ID\")"};
        QTest::newRow("unknown expected room") << 3 << "expected_room"
                                               << "op-gas"
                                               << QStringList{"m.csv:3: error: expected_room: unknown room 'op-gas' "
                                                              "(known: nisc, mic, op-telecom-a, op-power-a)"};
        QTest::newRow("first expected action without a room")
            << 3 << "expected_room"
            << "" << QStringList{"m.csv:3: error: expected_room: missing required key 'room'"};
        QTest::newRow("phone with cc") << 3 << "cc"
                                       << "nisc" << QStringList{"m.csv:3: error: cc: a phone call has no 'cc'"};
        QTest::newRow("duplicate id") << 4 << "id"
                                      << "I-002"
                                      << QStringList{
                                             "m.csv:4: error: id: duplicate inject id 'I-002' (first used by row 3)"};
        QTest::newRow("duplicate expected id")
            << 3 << "details"
            << "{\"expected\":[{\"id\":\"E-001\"}],\"script\":\"x\"}"
            << QStringList{"m.csv:3: error: details: duplicate expected id 'E-001' (first used by row 2 (details))"};
        QTest::newRow("condition in details") << 5 << "details"
                                              << "{\"when\":{\"node\":\"gas\",\"q_ge\":0.5}}"
                                              << QStringList{"m.csv:5: error: details: unknown node 'gas' (known: "
                                                             "power, telecom)"};
        QTest::newRow("unknown key in details")
            << 6 << "details"
            << "{\"contingency\":true,\"when\":{\"missed\":\"E-001\"},\"atachments\":[]}"
            << QStringList{"m.csv:6: error: details: unknown key 'atachments'; did you mean 'attachments'? (known "
                           "keys here: id, at, when, delay, contingency, channel, from, to, cc, subject, body, "
                           "script, page, attachments, expected, control_notes)"};
        QTest::newRow("time and condition") << 5 << "time"
                                            << "+00:30"
                                            << QStringList{"m.csv:5: error: condition: an inject fires either at a "
                                                           "time ('at') or on a condition ('when'), not both"};
    }
    void invalidResult()
    {
        QFETCH(int, row);
        QFETCH(QString, columnName);
        QFETCH(QString, cell);
        QFETCH(QStringList, messages);
        std::vector<QStringList> rows = exported();
        rows[row - 1][column(columnName.toLatin1())] = cell;
        if (columnName == "details")  // a new details cell says all the rest, conditions too
            rows[row - 1][column("condition")].clear();
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small(), "s.json");
        QCOMPARE(formatted(r.diagnostics), messages);
        QVERIFY(!r.scenario);
    }

    void removedInjectBreaksScenario()
    {
        std::vector<QStringList> rows = exported();
        rows.erase(rows.begin() + 1);  // I-001: the flow F-1 and I-005's condition name it
        const msel::ImportResult r = msel::importCsv(csv::write(rows), "m.csv", small(), "s.json");
        QCOMPARE(formatted(r.diagnostics),
                 (QStringList{"m.csv:5: error: details: unknown expected action 'E-001'; did you mean 'E-003'?",
                              "s.json: error: expected_flows[0].after: unknown inject 'I-001'; did you mean "
                              "'I-002'? (with the injects of m.csv)"}));
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("messages");
        const QByteArray header = "id,time,channel,from,to,cc,subject,body,expected_action,expected_room,"
                                  "expected_within_min,theme,control_notes,details\r\n";
        const QByteArray good = "I-9,+00:10,mail,control,nisc,,s,b,,,,,,\r\n";
        // The messages name the header with the condition column (mselcondition.h); a sheet with
        // the header of before it is still read (the "named extra column" cases below).
        const QString want = "the header must be: " + msel::columns().join(',');
        QTest::newRow("empty") << QByteArray()
                               << QStringList{"m.csv: error: no header row; the first row must be: " +
                                              msel::columns().join(',')};
        QTest::newRow("misspelt header") << QByteArray("id,time,chanel,from,to,cc,subject,body,expected_action,"
                                                       "expected_room,expected_within_min,theme,control_notes,"
                                                       "details\n")
                                         << QStringList{"m.csv:1: error: column 3 of the header is 'chanel' but "
                                                        "must be 'condition'; " +
                                                        want};
        QTest::newRow("short header") << QByteArray("id,time\n")
                                      << QStringList{"m.csv:1: error: the header has no column 3 'condition'; " + want};
        // An old sheet gets its condition column first: the columns after it count one more.
        QTest::newRow("named extra column")
            << QByteArray("id,time,channel,from,to,cc,subject,body,expected_action,expected_room,"
                          "expected_within_min,theme,control_notes,details,notes\n")
            << QStringList{"m.csv:1: error: column 16 of the header is 'notes' but the MSEL has 15 columns; " + want};
        QTest::newRow("value in an unnamed extra column")
            << QByteArray(header).replace("details", "details,,") + "I-9,+00:10,mail,control,nisc,,s,b,,,,,,,x,\r\n"
            << QStringList{"m.csv:2: error: column 16: a value after the last column (details) would be lost; move "
                           "it into a column or into details"};
        QTest::newRow("short header, rows not called ragged")
            << QByteArray("id,time,channel\r\n") + good + good
            << QStringList{"m.csv:1: error: column 3 of the header is 'channel' but must be 'condition'; " + want};
        QTest::newRow("ragged row") << header + good + "I-10,+00:20,mail\r\n"
                                    << QStringList{"m.csv:3: error: this row has 3 fields but the header (row 1) "
                                                   "has 14"};
        QTest::newRow("unterminated quote")
            << header + good + "I-10,+00:20,mail,control,nisc,,\"open,b,,,,,,\r\n"
            << QStringList{"m.csv:3: error: column 7: unterminated quoted field: the quote opened on line 3 of the "
                           "file is never closed, so nothing after it can be read"};
        QTest::newRow("Shift_JIS") << header + "I-9,+00:10,mail,control,nisc,,\x92\xE2\x93\x64,b,,,,,,\r\n"
                                   << QStringList{"m.csv:2: error: column 7: invalid UTF-8 in this field (save the "
                                                  "spreadsheet as \"CSV UTF-8\")"};
    }
    void badFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, messages);
        const msel::ImportResult r = msel::importCsv(bytes, "m.csv", small(), "s.json");
        QCOMPARE(formatted(r.diagnostics), messages);
        QVERIFY(!r.scenario);
    }

    void rowNumbersCountSpreadsheetRows()
    {
        // Row 2 (I-001) has cells spanning several lines; a blank line makes row 3 empty.
        QByteArray bytes = msel::exportCsv(small());
        bytes.replace("\r\nI-002,", "\r\n\r\nI-002,");
        bytes.replace(",phone,", ",fone,");
        const msel::ImportResult r = msel::importCsv(bytes, "m.csv", small(), "s.json");
        QCOMPARE(formatted(r.diagnostics),
                 QStringList{"m.csv:4: error: channel: unknown channel 'fone'; one of: mail, phone, web (did you "
                             "mean 'phone'?)"});
    }
};

QTEST_GUILESS_MAIN(TestMsel)
#include "tst_msel.moc"
