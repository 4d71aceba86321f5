#pragma once
// The command-line verbs (docs/architecture.md). Each verb lives in its own file and is listed in
// verbs.cpp. Exit codes: 0 success, 1 the input is wrong (with a message naming where),
// 2 usage or I/O.

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace cd::cli {

enum ExitCode : int { Ok = 0, BadInput = 1, Usage = 2 };

struct Verb
{
    const char *name;
    const char *summary;                  ///< one line for `crossdrill --help`
    int (*run)(const QStringList &args);  ///< args[0] is the verb itself
    bool needsGui = false;                ///< creates QApplication instead of QCoreApplication
};

const std::vector<Verb> &verbs();
const Verb *findVerb(const QString &name);

/// stdout / stderr as UTF-8 text streams.
QTextStream &out();
QTextStream &err();
/// Writes `message` (if any) and a newline to stderr and returns `code`: `return fail(Usage, ...)`.
int fail(ExitCode code, const QString &message);

}  // namespace cd::cli
