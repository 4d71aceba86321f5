// crossdrill export DB [--room ID] --format jsonl [-o FILE]
#include "cli/cli.h"
#include "exercise/jsonl.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cd::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "export", "Writes the events of an exercise database: all of them, or those one room could see."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("export", "The exercise database."));
    const QCommandLineOption roomOpt(QStringLiteral("room"),
                                     QCoreApplication::translate("export", "Only what this room could see."),
                                     QStringLiteral("ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QCoreApplication::translate("export", "Output format: jsonl."),
                                       QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption outOpt(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("export", "Write to FILE instead of stdout."),
                                    QStringLiteral("FILE"));
    parser.addOptions({roomOpt, formatOpt, outOpt});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(Usage, QCoreApplication::translate(
                               "export", "usage: crossdrill export DB [--room ID] --format jsonl [-o FILE]"));
    if (parser.value(formatOpt) != QLatin1String("jsonl"))
        return fail(Usage, QCoreApplication::translate("export", "--format: only jsonl is supported, got \"%1\"")
                               .arg(parser.value(formatOpt)));
    const QString path = parser.positionalArguments().front();
    if (!QFileInfo::exists(path))
        return fail(Usage, QCoreApplication::translate("export", "%1: no such file").arg(path));
    try {
        // A reader: opened read-only, never migrated or switched to WAL, nothing left beside it.
        auto log = store::EventLog::open(path, store::Access::Reader);
        const store::ChainCheck chain = log->verifyChain();
        if (!chain.intact) {
            err() << chain.summary(path) << '\n';
            err().flush();
        }
        const scenario::LoadResult loaded = scenario::loadScenario(log->scenarioJson(), path);
        if (!loaded.scenario)
            return fail(BadInput,
                        QCoreApplication::translate("export", "%1: the recorded scenario does not load").arg(path));
        const QString room = parser.value(roomOpt);
        if (parser.isSet(roomOpt) && !loaded.scenario->room(room))
            return fail(BadInput,
                        QCoreApplication::translate("export", "%1: no room \"%2\" in this exercise").arg(path, room));
        if (parser.isSet(outOpt)) {
            QSaveFile file(parser.value(outOpt));
            if (!file.open(QIODevice::WriteOnly))
                return fail(Usage, QStringLiteral("%1: %2").arg(parser.value(outOpt), file.errorString()));
            exercise::exportJsonl(*log, *loaded.scenario, room, file);
            if (!file.commit())
                return fail(Usage, QStringLiteral("%1: %2").arg(parser.value(outOpt), file.errorString()));
        } else {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                return fail(Usage, QStringLiteral("stdout: %1").arg(stdoutFile.errorString()));
            exercise::exportJsonl(*log, *loaded.scenario, room, stdoutFile);
        }
        // The events are written all the same (they are the evidence); the exit status says the
        // log was altered, so a script does not take the export as genuine.
        if (!chain.intact)
            return BadInput;
    } catch (const store::Error &e) {
        return fail(BadInput, e.message());
    }
    return Ok;
}

}  // namespace cd::cli
