#include "cli/cli.h"

#include <cstdio>

namespace cd::cli {

// One declaration per verb file.
int runValidate(const QStringList &args);
int runMsel(const QStringList &args);
int runRun(const QStringList &args);
int runExport(const QStringList &args);
int runAnalyze(const QStringList &args);
int runReport(const QStringList &args);
int runServe(const QStringList &args);
int runJoin(const QStringList &args);

const std::vector<Verb> &verbs()
{
    static const std::vector<Verb> table{
        {"validate", "check scenario files", &runValidate},
        {"msel", "export or import the MSEL spreadsheet (CSV)", &runMsel},
        {"run", "run an exercise headless (or --resume one) into an exercise database", &runRun},
        {"export", "write an exercise's events (all, or one room's) as JSON Lines", &runExport},
        {"analyze", "interdependency analysis (static or dynamic) of a scenario or a graph", &runAnalyze},
        {"report", "write the after-action report (JSON, HTML, Markdown or PDF)", &runReport, true},
        {"serve", "run an exercise as a server for remote rooms (prints each room's join URL)", &runServe},
        {"join", "open a remote room's window connected to an exercise server", &runJoin, true},
    };
    return table;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : verbs())
        if (name == QLatin1String(v.name))
            return &v;
    return nullptr;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(ExitCode code, const QString &message)
{
    if (!message.isEmpty())
        err() << message << '\n';
    err().flush();
    return code;
}

}  // namespace cd::cli
