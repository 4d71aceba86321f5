// The fuzz harnesses (fuzz_*.cpp) in the ordinary build: each is compiled here with its entry
// point renamed and fed, through that same entry point, every file of its seed corpus
// (seeds.txt) and every input that once made it fail (crashes/HARNESS/). The libFuzzer runs
// themselves need clang with ASan and UBSan and minutes per harness, too long for CI on two cores
// (tests/fuzz/README.md); this replay takes seconds, so an input that crashed, leaked into a
// wrong answer or hung stays fixed in every ctest run. A harness aborts on a wrong answer, and
// QtTest then names the input (the data tag) that did it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <glob.h>

#include <cstdint>

extern "C" int cdFuzz_scenario(const uint8_t *data, size_t size);
extern "C" int cdFuzz_msel(const uint8_t *data, size_t size);
extern "C" int cdFuzz_edgelist(const uint8_t *data, size_t size);
extern "C" int cdFuzz_matrix(const uint8_t *data, size_t size);
extern "C" int cdFuzz_graphml(const uint8_t *data, size_t size);
extern "C" int cdFuzz_wire(const uint8_t *data, size_t size);

namespace {

using Entry = int (*)(const uint8_t *, size_t);

const std::map<QString, Entry> &harnesses()
{
    static const std::map<QString, Entry> all = {{"scenario", cdFuzz_scenario}, {"msel", cdFuzz_msel},
                                                 {"edgelist", cdFuzz_edgelist}, {"matrix", cdFuzz_matrix},
                                                 {"graphml", cdFuzz_graphml},   {"wire", cdFuzz_wire}};
    return all;
}

const QString source = QStringLiteral(CROSSDRILL_SOURCE_DIR);

QStringList expand(const QString &pattern)
{
    QStringList out;
    glob_t g{};
    if (glob(QFile::encodeName(source + QLatin1Char('/') + pattern).constData(), 0, nullptr, &g) == 0)
        for (size_t i = 0; i < g.gl_pathc; ++i)
            if (QFileInfo(QFile::decodeName(g.gl_pathv[i])).isFile())
                out << QFile::decodeName(g.gl_pathv[i]);
    globfree(&g);
    return out;
}

/// HARNESS -> its seed files and saved failing inputs.
std::map<QString, QStringList> corpora()
{
    std::map<QString, QStringList> out;
    QFile list(source + QStringLiteral("/tests/fuzz/seeds.txt"));
    if (!list.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &raw : list.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out[line.section(QLatin1Char(' '), 0, 0)] << expand(line.section(QLatin1Char(' '), 1).trimmed());
    }
    for (const auto &[name, entry] : harnesses())
        out[name] << expand(QStringLiteral("tests/fuzz/crashes/%1/*").arg(name));
    return out;
}

}  // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyHarnessHasACorpus()
    {
        const auto all = corpora();
        QCOMPARE(int(all.size()), int(harnesses().size()));  // seeds.txt names no unknown harness
        for (const auto &[name, files] : all) {
            QVERIFY2(harnesses().count(name), qPrintable(name));
            QVERIFY2(!files.isEmpty(), qPrintable(name + QStringLiteral(": no seeds")));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("file");
        for (const auto &[name, files] : corpora())
            for (const QString &file : files)
                QTest::addRow("%s %s", qPrintable(name), qPrintable(QDir(source).relativeFilePath(file)))
                    << name << file;
    }
    void replay()
    {
        QFETCH(QString, harness);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        const QByteArray bytes = f.readAll();
        QCOMPARE(harnesses().at(harness)(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
