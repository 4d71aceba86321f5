#pragma once
// Argument handling shared by the verbs: QCommandLineParser with the verb's own usage line,
// --help printed to stdout (exit 0) and usage errors to stderr (exit 2), never exit().

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::cli {

/// Parses `args` (args[0] is the verb, or the sub-command). Returns an exit code when the verb
/// must stop now (help shown: Ok; bad usage: Usage), nullopt to go on.
/// `command` is what the user typed before the arguments, e.g. "msel export".
std::optional<int> parseVerbArgs(QCommandLineParser &parser, const QStringList &args, const QString &command);

/// Prints "crossdrill COMMAND: MESSAGE" and a pointer to --help on stderr; returns Usage.
int usageError(const QString &command, const QString &message);

/// The help text with "Usage: crossdrill COMMAND ..." as its first line.
QString verbHelp(const QCommandLineParser &parser, const QString &command);

}  // namespace cd::cli
