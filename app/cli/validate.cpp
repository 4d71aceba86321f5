// crossdrill validate FILE...: loads each scenario with the strict loader, prints every
// diagnostic to stderr and one summary line per file to stdout.
#include "cli/cli.h"
#include "cli/verbargs.h"
#include "scenario/loader.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd::cli {

namespace {
struct Validate
{
    Q_DECLARE_TR_FUNCTIONS(Validate)
};
}  // namespace

int runValidate(const QStringList &args)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Validate::tr("Check scenario files (*.cxs.json). Every problem is printed to stderr as "
                     "FILE:LINE:COL: error: MESSAGE, and one summary line per file to stdout.\n\n"
                     "Exit codes: 0 every file is valid; 1 a file is invalid; 2 usage error or a file "
                     "that cannot be read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Validate::tr("scenario files to check"),
                                 QStringLiteral("FILE..."));
    if (const auto stop = parseVerbArgs(parser, args, command))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(command, Validate::tr("no scenario file given"));

    int code = Ok;
    for (const QString &file : files) {
        const scenario::LoadResult result = scenario::loadScenarioFile(file);
        for (const scenario::Diagnostic &d : result.diagnostics)
            err() << d.format() << '\n';
        err().flush();
        if (result.unreadable) {
            out() << Validate::tr("%1: unreadable").arg(file) << '\n';
            code = Usage;
        } else if (result.scenario) {
            out() << Validate::tr("%1: ok (%2 rooms, %3 injects)")
                         .arg(file)
                         .arg(result.scenario->rooms.size())
                         .arg(result.scenario->injects.size())
                  << '\n';
        } else {
            const auto errors = std::count_if(result.diagnostics.begin(), result.diagnostics.end(), [](const auto &d) {
                return d.severity == scenario::Diagnostic::Severity::Error;
            });
            out() << Validate::tr("%1: invalid (%2 errors)").arg(file).arg(errors) << '\n';
            code = std::max<int>(code, BadInput);
        }
        out().flush();
    }
    return code;
}

}  // namespace cd::cli
