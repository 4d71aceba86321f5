// The `validate` and `msel` verbs run as a user runs them (QProcess on the built crossdrill):
// exit codes, the exact error lines, --help, and the MSEL round trip through files.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(CROSSDRILL_TEST_DATA "/msel");
const QString kSmall = kData + "/small.cxs.json";
const QString kInvalid = kData + "/invalid.cxs.json";

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run crossdrill(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CROSSDRILL_BINARY), args);
    if (!p.waitForStarted(-1))
        qFatal("cannot start %s", CROSSDRILL_BINARY);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray firstLine(const QByteArray &text)
{
    return text.left(text.indexOf('\n'));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCliScenario final : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        const QByteArray ok = kSmall.toUtf8() + ": ok (4 rooms, 5 injects)\n";
        const QByteArray invalid = kInvalid.toUtf8() + ": invalid (3 errors)\n";
        const QByteArray f = kInvalid.toUtf8();
        const QByteArray errors =
            f + ":9:5: error: missing required key 'channel'\n" + f +
            ":9:35: error: unknown key 'chanel'; did you mean 'channel'? (known keys here: id, at, when, delay, "
            "contingency, channel, from, to, cc, subject, body, script, page, attachments, expected, control_notes)\n" +
            f + ":9:79: error: unknown room 'nsic'; did you mean 'nisc'?\n";
        const QByteArray missing = kData.toUtf8() + "/missing.cxs.json";
        const QByteArray unreadable = missing + ": error: cannot read the file: No such file or directory\n";
        QTest::newRow("valid") << QStringList{kSmall} << 0 << ok << QByteArray();
        QTest::newRow("invalid") << QStringList{kInvalid} << 1 << invalid << errors;
        QTest::newRow("missing") << QStringList{QString::fromUtf8(missing)} << 2 << missing + ": unreadable\n"
                                 << unreadable;
        QTest::newRow("valid and invalid") << QStringList{kSmall, kInvalid} << 1 << ok + invalid << errors;
        QTest::newRow("missing wins") << QStringList{QString::fromUtf8(missing), kSmall, kInvalid} << 2
                                      << missing + ": unreadable\n" + ok + invalid << unreadable + errors;
    }
    void validate()
    {
        QFETCH(QStringList, files);
        QFETCH(int, code);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        const Run r = crossdrill(QStringList{"validate"} + files);
        QCOMPARE(r.err, err);
        QCOMPARE(r.out, out);
        QCOMPARE(r.code, code);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("usage");  // the first line of stdout
        QTest::newRow("validate") << QStringList{"validate", "--help"}
                                  << QByteArray("Usage: crossdrill validate [options] FILE...");
        QTest::newRow("validate --help-all")
            << QStringList{"validate", "--help-all"} << QByteArray("Usage: crossdrill validate [options] FILE...");
        QTest::newRow("msel") << QStringList{"msel", "--help"}
                              << QByteArray("Usage: crossdrill msel [options] export|import");
        QTest::newRow("msel export") << QStringList{"msel", "export", "--help"}
                                     << QByteArray("Usage: crossdrill msel export [options] SCENARIO");
        QTest::newRow("msel import") << QStringList{"msel", "import", "-h"}
                                     << QByteArray("Usage: crossdrill msel import [options] CSV");
    }
    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, usage);
        const Run r = crossdrill(args);
        QCOMPARE(firstLine(r.out), usage);
        QCOMPARE(r.out.count("Exit codes: 0"), 1);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.code, 0);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("firstError");
        QTest::newRow("validate nothing")
            << QStringList{"validate"} << QByteArray("crossdrill validate: no scenario file given");
        QTest::newRow("validate bad option")
            << QStringList{"validate", "--frob", kSmall} << QByteArray("crossdrill validate: Unknown option 'frob'.");
        QTest::newRow("msel nothing") << QStringList{"msel"}
                                      << QByteArray("crossdrill msel: missing command: export or import");
        QTest::newRow("msel unknown") << QStringList{"msel", "merge"}
                                      << QByteArray("crossdrill msel: unknown command 'merge': export or import");
        QTest::newRow("export without -o") << QStringList{"msel", "export", kSmall}
                                           << QByteArray("crossdrill msel export: missing -o CSV (use -o - for "
                                                         "standard output)");
        QTest::newRow("export two files") << QStringList{"msel", "export", kSmall, kSmall, "-o", "-"}
                                          << QByteArray("crossdrill msel export: expected exactly one SCENARIO, "
                                                        "got 2");
        QTest::newRow("import without --into") << QStringList{"msel", "import", "x.csv", "-o", "-"}
                                               << QByteArray("crossdrill msel import: missing --into SCENARIO");
        QTest::newRow("import unreadable csv")
            << QStringList{"msel", "import", kData + "/none.csv", "--into", kSmall, "-o", "-"}
            << kData.toUtf8() + "/none.csv: error: cannot read the file: No such file or "
                                "directory";
        QTest::newRow("export to a missing directory")
            << QStringList{"msel", "export", kSmall, "-o", kData + "/no-such-dir/out.csv"}
            << kData.toUtf8() + "/no-such-dir/out.csv: error: cannot write the file: No such file or directory";
        QTest::newRow("export unreadable scenario")
            << QStringList{"msel", "export", kData + "/none.cxs.json", "-o", "-"}
            << kData.toUtf8() + "/none.cxs.json: error: cannot read the file: No such file or directory";
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, firstError);
        const Run r = crossdrill(args);
        QCOMPARE(firstLine(r.err), firstError);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.code, 2);
    }

    void mselRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv1 = dir.filePath("msel.csv");
        const QString imported = dir.filePath("imported.cxs.json");
        const QString csv2 = dir.filePath("again.csv");

        Run r = crossdrill({"msel", "export", kSmall, "-o", csv1});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, csv1.toUtf8() + ": 5 injects\n");
        QCOMPARE(r.code, 0);
        const QByteArray first = readAll(csv1);
        QCOMPARE(first.left(3), QByteArray("\xEF\xBB\xBF"));

        r = crossdrill({"msel", "export", kSmall, "-o", "-"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, first);

        r = crossdrill({"msel", "import", csv1, "--into", kSmall, "-o", imported});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, imported.toUtf8() + ": 5 injects from " + csv1.toUtf8() + "\n");
        QCOMPARE(r.code, 0);

        r = crossdrill({"validate", imported});
        QCOMPARE(r.code, 0);
        r = crossdrill({"msel", "export", imported, "-o", csv2});
        QCOMPARE(r.code, 0);
        QCOMPARE(readAll(csv2), first);

        // Standard input and output.
        r = crossdrill({"msel", "import", "-", "--into", kSmall, "-o", "-"}, first);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readAll(imported));
    }

    void mselImportBadRowsWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath("bad.csv");
        const QString out = dir.filePath("out.cxs.json");
        Run r = crossdrill({"msel", "export", kSmall, "-o", csv});
        QCOMPARE(r.code, 0);
        QByteArray bytes = readAll(csv);
        bytes.replace(",phone,", ",fax,");
        bytes.replace("+01:00,,web", "soon,,web");  // time, condition (empty), channel
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        r = crossdrill({"msel", "import", csv, "--into", kSmall, "-o", out});
        QCOMPARE(r.err, csv.toUtf8() + ":3: error: channel: unknown channel 'fax'; one of: mail, phone, web\n" +
                            csv.toUtf8() +
                            ":4: error: time: 'soon' is not a time offset; write +HH:MM (e.g. +00:20), or leave it "
                            "empty and give a condition\n");  // the condition column (or its details)
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.code, 1);
        QVERIFY2(!QFile::exists(out), "nothing is written on error");
    }

    void mselExportInvalidScenario()
    {
        const Run r = crossdrill({"msel", "export", kInvalid, "-o", "-"});
        const QByteArray expected = kInvalid.toUtf8() + ":9:5: error: missing required key 'channel'";
        QCOMPARE(firstLine(r.err).left(expected.size()), expected);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
