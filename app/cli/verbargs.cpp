#include "cli/verbargs.h"

#include "cli/cli.h"

#include <QCoreApplication>

namespace cd::cli {

namespace {
struct VerbArgs
{
    Q_DECLARE_TR_FUNCTIONS(VerbArgs)
};
}  // namespace

QString verbHelp(const QCommandLineParser &parser, const QString &command)
{
    // Qt writes "Usage: PROGRAM [options] ..." where PROGRAM is argv[0]; name the verb instead.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("crossdrill ") + command);
    return text;
}

int usageError(const QString &command, const QString &message)
{
    err() << QStringLiteral("crossdrill %1: ").arg(command) << message << '\n'
          << VerbArgs::tr("Try 'crossdrill %1 --help'.").arg(command) << '\n';
    err().flush();
    return Usage;
}

std::optional<int> parseVerbArgs(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    // parse() leaves --help-all (Qt's options too) to the caller; it is help here as well.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        out() << verbHelp(parser, command);
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

}  // namespace cd::cli
