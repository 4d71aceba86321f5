// crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
// crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
#include "cli/cli.h"
#include "exercise/exercise.h"
#include "exercise/runner.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <climits>

namespace cd::cli {

int runRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "run", "Runs an exercise headless, recording every event in an exercise database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QCoreApplication::translate("run", "The scenario (*.cxs.json) to run."));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QCoreApplication::translate("run", "The new exercise database."),
                                   QStringLiteral("OUT.cxdb"));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"),
                                       QCoreApplication::translate("run", "Continue the exercise recorded in DB."),
                                       QStringLiteral("DB"));
    const QCommandLineOption speedOpt(
        QStringLiteral("speed"),
        QCoreApplication::translate("run", "Exercise minutes per wall minute, 1..600, or max (default 1)."),
        QStringLiteral("N|max"), QStringLiteral("1"));
    const QCommandLineOption playersOpt(QStringLiteral("players"),
                                        QCoreApplication::translate("run", "Replay the scripted room actions."),
                                        QStringLiteral("SCRIPT.json"));
    const QCommandLineOption untilOpt(QStringLiteral("until"),
                                      QCoreApplication::translate("run", "Stop at this exercise time."),
                                      QStringLiteral("+HH:MM"));
    parser.addOptions({dbOpt, resumeOpt, speedOpt, playersOpt, untilOpt});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const bool resuming = parser.isSet(resumeOpt);
    if (resuming ? (!positional.isEmpty() || parser.isSet(dbOpt)) : (positional.size() != 1 || !parser.isSet(dbOpt)))
        return fail(Usage, QCoreApplication::translate(
                               "run", "usage: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] "
                                      "[--players SCRIPT.json] [--until +HH:MM]\n"
                                      "       crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]"));
    exercise::ExerciseOptions options;
    if (!exercise::Clock::parseSpeed(parser.value(speedOpt), &options.speed))
        return fail(Usage, QCoreApplication::translate("run", "--speed: expected 1..600 or max, got \"%1\"")
                               .arg(parser.value(speedOpt)));
    int until = INT_MAX;
    if (parser.isSet(untilOpt)) {
        const auto m = scenario::parseOffset(parser.value(untilOpt));
        if (!m)
            return fail(
                Usage,
                QCoreApplication::translate("run", "--until: expected +HH:MM, got \"%1\"").arg(parser.value(untilOpt)));
        until = *m;
    }

    std::unique_ptr<exercise::Exercise> ex;
    QString error;
    try {
        if (resuming) {
            const QString db = parser.value(resumeOpt);
            if (!QFileInfo::exists(db))
                return fail(Usage, QCoreApplication::translate("run", "%1: no such exercise database").arg(db));
            // The lock is the database's own (store/filelock.h): one engine per file, whatever
            // path reaches it.
            std::unique_ptr<store::EventLog> log;
            try {
                log = store::EventLog::open(db);
            } catch (const store::Busy &e) {
                return fail(Usage, e.message());
            } catch (const store::Error &e) {
                return fail(BadInput, e.message());  // not ours, corrupt, incomplete, or newer
            }
            // Continuing an altered log would chain new events onto it as if it were genuine.
            const store::ChainCheck chain = log->verifyChain();
            if (!chain.intact)
                return fail(BadInput,
                            QCoreApplication::translate("run", "%1; not continuing it").arg(chain.summary(db)));
            ex = exercise::Exercise::resume(std::move(log), options, &error);
            if (!ex)
                return fail(BadInput, error);
        } else {
            const scenario::LoadResult loaded = scenario::loadScenarioFile(positional.front());
            for (const scenario::Diagnostic &d : loaded.diagnostics)
                err() << d.format() << '\n';
            if (!loaded.scenario)
                return fail(loaded.unreadable ? Usage : BadInput, {});
            QFile file(positional.front());
            const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            // Check the script before the database is created, so a bad script leaves nothing behind.
            if (parser.isSet(playersOpt)) {
                const auto script = exercise::loadPlayerScriptFile(parser.value(playersOpt), *loaded.scenario);
                if (!script.script)
                    return fail(script.unreadable ? Usage : BadInput, script.errors.join(QLatin1Char('\n')));
            }
            auto log = store::EventLog::create(parser.value(dbOpt), json);
            ex = exercise::Exercise::start(*loaded.scenario, std::move(log), options, &error);
            if (!ex)
                return fail(BadInput, error);
        }
        if (parser.isSet(playersOpt)) {
            auto script = exercise::loadPlayerScriptFile(parser.value(playersOpt), ex->scenario());
            if (!script.script)
                return fail(script.unreadable ? Usage : BadInput, script.errors.join(QLatin1Char('\n')));
            ex->setScript(std::move(*script.script));
        }
        int refused = 0;
        ex->onRefused([&ex, &refused](const QString &actor, const QString &why) {
            ++refused;
            err() << QCoreApplication::translate("run", "refused at %1: %2: %3")
                         .arg(scenario::formatOffset(ex->minute()), actor, why)
                  << '\n';
            err().flush();
        });
        exercise::runUntil(*ex, until, [](qint64 ms) { QThread::msleep(quint64(ms)); });
        out() << QCoreApplication::translate("run", "%1: exercise time %2%3, %4 events, %5 refused\n")
                     .arg(ex->log().path(), scenario::formatOffset(ex->minute()),
                          ex->ended() ? QCoreApplication::translate("run", " (ended)") : QString())
                     .arg(ex->log().lastSeq())
                     .arg(refused);
        out().flush();
    } catch (const store::Error &e) {
        return fail(Usage, e.message());
    }
    return Ok;
}

}  // namespace cd::cli
