// crossdrill msel export SCENARIO -o CSV | msel import CSV --into SCENARIO -o OUT
// The MSEL spreadsheet round trip (simcore/scenario/msel.h has the column convention).
// Output files are written atomically: on any error nothing is written.
#include "scenario/msel.h"

#include "cli/cli.h"
#include "cli/verbargs.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace cd::cli {

namespace {

struct Msel
{
    Q_DECLARE_TR_FUNCTIONS(Msel)
};

const QString kStdio = QStringLiteral("-");

void print(const scenario::Diagnostics &diagnostics)
{
    for (const scenario::Diagnostic &d : diagnostics)
        err() << d.format() << '\n';
    err().flush();
}

/// Loads a scenario for the verb; on failure prints why and sets `code`.
std::optional<scenario::Scenario> load(const QString &path, int &code)
{
    scenario::LoadResult result = scenario::loadScenarioFile(path);
    print(result.diagnostics);
    if (!result.scenario)
        code = result.unreadable ? Usage : BadInput;
    return std::move(result.scenario);
}

/// The whole file, or stdin for "-"; nullopt (with a message) when it cannot be read.
std::optional<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    const bool opened = path == kStdio ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        err() << Msel::tr("%1: error: cannot read the file: %2").arg(path, file.errorString()) << '\n';
        err().flush();
        return std::nullopt;
    }
    return file.readAll();
}

/// Writes atomically (QSaveFile), or to stdout for "-"; false (with a message) on failure.
bool writeOutput(const QString &path, const QByteArray &bytes)
{
    QString problem;
    if (path == kStdio) {
        out().flush();
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            problem = file.errorString();
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            problem = file.errorString();
    }
    if (problem.isEmpty())
        return true;
    err() << Msel::tr("%1: error: cannot write the file: %2").arg(path, problem) << '\n';
    err().flush();
    return false;
}

const char *const kExitCodes =
    QT_TRANSLATE_NOOP("Msel", "Exit codes: 0 success; 1 the input is wrong (every problem is printed to stderr, as "
                              "FILE:ROW: error: MESSAGE for a spreadsheet row or FILE:LINE:COL: error: MESSAGE for a "
                              "scenario, and nothing is written); 2 usage error or a file that cannot be read or "
                              "written.");

QCommandLineOption outputOption(const QString &what)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Msel::tr("write %1 to FILE atomically ('-': standard output)").arg(what),
                              QStringLiteral("FILE"));
}

int runMselExport(const QStringList &args)
{
    const QString command = QStringLiteral("msel export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Msel::tr("Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per "
                 "inject.") +
        QStringLiteral("\n\n") + Msel::tr(kExitCodes));
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), Msel::tr("the scenario file (*.cxs.json)"));
    const QCommandLineOption output = outputOption(Msel::tr("the CSV"));
    parser.addOption(output);
    if (const auto stop = parseVerbArgs(parser, args, command))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(command, Msel::tr("expected exactly one SCENARIO, got %1").arg(positional.size()));
    if (!parser.isSet(output))
        return usageError(command, Msel::tr("missing -o CSV (use -o - for standard output)"));

    int code = Ok;
    const auto s = load(positional.first(), code);
    if (!s)
        return code;
    if (!writeOutput(parser.value(output), scenario::msel::exportCsv(*s)))
        return Usage;
    if (parser.value(output) != kStdio) {
        out() << Msel::tr("%1: %2 injects").arg(parser.value(output)).arg(s->injects.size()) << '\n';
        out().flush();
    }
    return Ok;
}

int runImport(const QStringList &args)
{
    const QString command = QStringLiteral("msel import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Msel::tr("Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result "
                 "as 'validate' does, and write the new scenario to OUT. SCENARIO itself is not changed "
                 "(unless OUT names it).") +
        QStringLiteral("\n\n") + Msel::tr(kExitCodes));
    parser.addPositionalArgument(QStringLiteral("CSV"), Msel::tr("the MSEL spreadsheet ('-': standard input)"));
    const QCommandLineOption into(QStringLiteral("into"), Msel::tr("the scenario that receives the injects"),
                                  QStringLiteral("SCENARIO"));
    const QCommandLineOption output = outputOption(Msel::tr("the new scenario"));
    parser.addOption(into);
    parser.addOption(output);
    if (const auto stop = parseVerbArgs(parser, args, command))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(command, Msel::tr("expected exactly one CSV, got %1").arg(positional.size()));
    if (!parser.isSet(into))
        return usageError(command, Msel::tr("missing --into SCENARIO"));
    if (!parser.isSet(output))
        return usageError(command, Msel::tr("missing -o OUT (use -o - for standard output)"));

    const QString csvPath = positional.first();
    const auto csv = readInput(csvPath);
    if (!csv)
        return Usage;
    int code = Ok;
    const auto s = load(parser.value(into), code);
    if (!s)
        return code;
    const scenario::msel::ImportResult result = scenario::msel::importCsv(*csv, csvPath, *s, parser.value(into));
    print(result.diagnostics);
    if (!result.scenario)
        return BadInput;
    if (!writeOutput(parser.value(output), scenario::saveScenario(*result.scenario)))
        return Usage;
    if (parser.value(output) != kStdio) {
        out() << Msel::tr("%1: %2 injects from %3")
                     .arg(parser.value(output))
                     .arg(result.scenario->injects.size())
                     .arg(csvPath)
              << '\n';
        out().flush();
    }
    return Ok;
}

int overview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Msel::tr("Export or import the MSEL spreadsheet (CSV) of a scenario.\n\n"
                                              "  crossdrill msel export SCENARIO -o CSV\n"
                                              "  crossdrill msel import CSV --into SCENARIO -o OUT\n\n"
                                              "'crossdrill msel export --help' and 'crossdrill msel import "
                                              "--help' describe each.") +
                                     QStringLiteral("\n\n") + Msel::tr(kExitCodes));
    parser.addPositionalArgument(QStringLiteral("command"), Msel::tr("export or import"),
                                 QStringLiteral("export|import"));
    if (const auto stop = parseVerbArgs(parser, args, QStringLiteral("msel")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    return usageError(QStringLiteral("msel"),
                      positional.isEmpty()
                          ? Msel::tr("missing command: export or import")
                          : Msel::tr("unknown command '%1': export or import").arg(positional.first()));
}

}  // namespace

int runMsel(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("export"))
        return runMselExport(args.mid(1));
    if (sub == QLatin1String("import"))
        return runImport(args.mid(1));
    return overview(args);
}

}  // namespace cd::cli
