// crossdrill serve SCENARIO|DB --listen HOST:PORT [--db OUT.cxdb] [--web-port P] [--resume]
//                  [--speed N|max] [--tls-cert F --tls-key F] [--reissue ROOM|SEAT]...
//                  [--seat ID=ROLE[:LIST]]... [--paused]
// Runs an exercise headless as a server for remote rooms and the control team's seats and prints
// each room's join URL and each seat's line "seat ID ROLE URL" (docs/protocol.md "Seats").
#include "cli/cli.h"
#include "cli/verbargs.h"
#include "control/joinhandouts.h"
#include "control/translations.h"
#include "exercise/exercise.h"
#include "exercise/seats.h"
#include "net/exerciseserver.h"
#include "net/exerciseticker.h"
#include "net/protocol.h"
#include "net/tlsfiles.h"
#include "net/tokens.h"
#include "net/webportal.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

namespace cd::cli {

namespace {

struct Serve
{
    Q_DECLARE_TR_FUNCTIONS(Serve)
};

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = g_stop + 1;
}

/// --handouts DIR: the links just issued, as a CSV and printable sheets with QR codes
/// (control/joinhandouts.h). A failure is said and serving goes on: the URLs are printed anyway.
/// A seat's handout line: its id, URL and role, named by its rooms' or personas' names.
control::JoinLink seatLink(const scenario::Scenario &s, const QString &id, const QString &spec, const QString &url)
{
    QStringList ja, en;
    QString error;
    if (const auto seat = exercise::seatFromSpec(id, spec, s, &error))
        for (const QString &item : seat->list) {
            const scenario::Persona *p = seat->role == exercise::SeatRole::WhiteCell ? s.persona(item) : nullptr;
            const scenario::Room *r = p ? nullptr : s.room(item);
            const scenario::Text name = p ? p->name : r ? r->name : scenario::Text::fromPlain(item);
            ja << name.get(QStringLiteral("ja"));
            en << name.get(QStringLiteral("en"));
        }
    return {id, scenario::Text::fromPair(ja.join(QStringLiteral("、")), en.join(QStringLiteral(", "))), url, {}, spec};
}

/// `seats`: the seats' links issued now (seatLink()).
void writeHandouts(const QString &dir, const scenario::Scenario &s, const QMap<QString, QString> &joinUrls,
                   const QMap<QString, QString> &browserUrls, const std::vector<control::JoinLink> &seats = {})
{
    if (dir.isEmpty())
        return;
    std::vector<control::JoinLink> links;
    for (const scenario::Room &r : s.rooms)
        if (joinUrls.contains(r.id))
            links.push_back({r.id, r.name, joinUrls.value(r.id), browserUrls.value(r.id), {}});
    const int rooms = int(links.size());
    links.insert(links.end(), seats.begin(), seats.end());
    const QString lang = gui::Translations::systemLanguage();
    QString error;
    if (!control::writeJoinHandouts(dir, s.meta.title.get(lang), links, lang, &error))
        err() << Serve::tr("--handouts: %1").arg(error) << '\n';
    else if (seats.empty())
        err() << Serve::tr("join links of %n room(s) written to %1 (join-links.csv, join-handouts.html)", nullptr,
                           rooms)
                     .arg(QDir(dir).absolutePath())
              << '\n';
    else
        err() << Serve::tr("join links of %1 rooms and %2 seats written to %3 (join-links.csv, join-handouts.html)")
                     .arg(rooms)
                     .arg(seats.size())
                     .arg(QDir(dir).absolutePath())
              << '\n';
    err().flush();
}

/// `serve DB --reissue ROOM` alone: writes new tokens beside a running server (which notices
/// within a second and closes the old token's connections) without running an engine, so it
/// takes no engine lock and appends nothing. The URL uses --listen as given.
int reissueOnly(const QString &input, const QStringList &ids, const QString &host, quint16 port, bool tls,
                const QString &handouts)
{
    if (!QFileInfo::exists(input))
        return fail(Usage, Serve::tr("%1: no such exercise database").arg(input));
    try {
        auto log = store::EventLog::open(input, store::Access::Reader);
        const scenario::LoadResult loaded = scenario::loadScenario(log->scenarioJson(), input);
        if (!loaded.scenario)
            return fail(BadInput, Serve::tr("%1: the recorded scenario does not load").arg(input));
        if (log->schemaVersion() < 4)
            return fail(BadInput, Serve::tr("%1: has no room tokens yet; serve it with --resume first").arg(input));
        net::TokenStore tokens(input);
        QMap<QString, QString> seats;  // id -> spec
        if (log->schemaVersion() >= 8)
            for (const net::StoredSeat &seat : tokens.seats())
                seats.insert(seat.id, seat.spec);
        for (const QString &id : ids)
            if (!loaded.scenario->room(id) && !seats.contains(id))
                return fail(BadInput, Serve::tr("--reissue: no room or seat \"%1\" in this exercise").arg(id));
        QMap<QString, QString> issued;
        std::vector<control::JoinLink> seatLinks;
        for (const QString &id : ids) {
            if (loaded.scenario->room(id)) {
                issued.insert(id, net::joinUrl(host, port, tls, id, tokens.issue(id)));
                out() << issued.value(id) << '\n';
            } else {
                const QString url = net::seatUrl(host, port, tls, id, tokens.issueSeat(id, seats.value(id)));
                out() << "seat " << id << ' ' << seats.value(id) << ' ' << url << '\n';
                seatLinks.push_back(seatLink(*loaded.scenario, id, seats.value(id), url));
            }
        }
        out().flush();
        writeHandouts(handouts, *loaded.scenario, issued, {}, seatLinks);
    } catch (const store::Error &e) {
        return fail(BadInput, e.message());
    }
    return Ok;
}

/// A store::Error (disk full, I/O error) is caught where the engine is called, at the boundary
/// of the Qt slot (the ticker's minute, a room's act): nothing of it was committed. Every room
/// is told (close code 4011, docs/protocol.md), the loop ends and serve exits non-zero (`exitCode`);
/// the database holds every event committed before and continues with --resume.
void stopOnStorageFailure(net::ExerciseTicker &ticker, net::ExerciseServer &server, const QString &listen,
                          int *exitCode)
{
    const auto stop = [&ticker, &server, listen, exitCode](const QString &message) {
        if (*exitCode != Ok)
            return;
        *exitCode = Usage;
        ticker.stop();
        const QString db = server.exercise().log().path();
        err() << Serve::tr("%1: could not record the exercise, stopping: %2").arg(db, message) << '\n'
              << Serve::tr("Everything recorded before is kept; when the disk is fixed, continue with "
                           "crossdrill serve %1 --resume --listen %2")
                     .arg(db, listen)
              << '\n';
        err().flush();
        server.failStorage(message);
        // End the loop once every room has completed the close handshake (or been aborted after
        // 5 s): a process that exits with a room's unread acts in its socket resets that
        // connection, and the room would lose the close frame that says why.
        auto *wait = new QTimer(&ticker);
        const qint64 since = QDateTime::currentMSecsSinceEpoch();
        QObject::connect(wait, &QTimer::timeout, &ticker, [&server, since] {
            if (server.connectionCount() == 0 || QDateTime::currentMSecsSinceEpoch() - since > 6000)
                QCoreApplication::quit();
        });
        wait->start(50);
    };
    QObject::connect(&ticker, &net::ExerciseTicker::storageFailed, &ticker, stop);
    QObject::connect(&server, &net::ExerciseServer::storageFailed, &ticker, stop);
}

/// SIGINT or SIGTERM: the acts already received are committed and answered, every room is
/// closed with 4010 "the server is stopping" (docs/protocol.md) and the loop ends once the rooms
/// have gone (at most 3 s), so serve exits 0 with every event on disk. A second signal ends the
/// loop at once.
void stopOnSignal(net::ExerciseTicker &ticker, net::ExerciseServer &server)
{
    auto *watch = new QTimer(&ticker);
    QObject::connect(watch, &QTimer::timeout, &ticker, [&ticker, &server, watch, stopping = qint64(-1)]() mutable {
        if (g_stop == 0)
            return;
        if (stopping < 0) {
            stopping = QDateTime::currentMSecsSinceEpoch();
            ticker.stop();
            err() << Serve::tr("stopping: closing %n connection(s)", nullptr, server.connectionCount()) << '\n';
            err().flush();
            server.close();
            watch->setInterval(50);
            return;
        }
        if (server.connectionCount() == 0 || g_stop > 1 || QDateTime::currentMSecsSinceEpoch() - stopping > 3000)
            QCoreApplication::quit();
    });
    watch->start(200);
}

}  // namespace

int runServe(const QStringList &args)
{
    // Each connection is a file descriptor: allow as many as the system lets this user have.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    // Its messages, --help and the handouts in the system's language (LANG, LANGUAGE).
    gui::Translations translations;
    translations.apply(gui::Translations::systemLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Serve::tr("Runs an exercise headless as a server for remote rooms and prints each room's join URL."));
    parser.addPositionalArgument(QStringLiteral("input"), Serve::tr("A scenario (*.cxs.json), or an exercise database "
                                                                    "with --resume or --reissue."));
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       Serve::tr("Address and port to serve rooms on (port 0: "
                                                 "any free port)."),
                                       QStringLiteral("HOST:PORT"));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   Serve::tr("The new exercise database (default: the scenario's name, .cxdb)."),
                                   QStringLiteral("OUT.cxdb"));
    const QCommandLineOption webOpt(QStringLiteral("web-port"),
                                    Serve::tr("Also serve the rooms' web portal on this "
                                              "port."),
                                    QStringLiteral("P"));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"), Serve::tr("Continue the exercise recorded in DB."));
    const QCommandLineOption speedOpt(QStringLiteral("speed"),
                                      Serve::tr("Exercise minutes per wall minute, 1..600, or max (default 1)."),
                                      QStringLiteral("N|max"), QStringLiteral("1"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     Serve::tr("PEM certificate: serve wss:// and "
                                               "https://."),
                                     QStringLiteral("F"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"), Serve::tr("PEM private key of --tls-cert."),
                                    QStringLiteral("F"));
    const QCommandLineOption reissueOpt(QStringLiteral("reissue"),
                                        Serve::tr("Issue a new token for a room or seat, revoking the old one "
                                                  "(repeatable). Without --resume, prints the new URL and exits."),
                                        QStringLiteral("ROOM|SEAT"));
    const QCommandLineOption seatOpt(QStringLiteral("seat"),
                                     Serve::tr("A control-team seat (repeatable): controller, "
                                               "whitecell:PERSONA,..., evaluator:ROOM,... or observer:ROOM,...; "
                                               "kept in the database, so it survives --resume."),
                                     QStringLiteral("ID=ROLE[:LIST]"));
    const QCommandLineOption handoutsOpt(QStringLiteral("handouts"),
                                         Serve::tr("Also write the join links issued now to DIR: a CSV and printable "
                                                   "sheets with QR codes, one per room."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption pausedOpt(
        QStringLiteral("paused"), Serve::tr("Start with the clock stopped: rooms and seats connect first (a lobby) "
                                            "and a controller seat starts it."));
    parser.addOptions(
        {listenOpt, dbOpt, webOpt, resumeOpt, speedOpt, certOpt, keyOpt, reissueOpt, seatOpt, handoutsOpt, pausedOpt});
    if (const auto stop = parseVerbArgs(parser, args, QStringLiteral("serve")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(listenOpt))
        return usageError(QStringLiteral("serve"),
                          Serve::tr("expected one scenario or database and --listen HOST:PORT"));
    QString host;
    QHostAddress address;
    quint16 port = 0;
    if (!net::parseListen(parser.value(listenOpt), &host, &address, &port))
        return usageError(QStringLiteral("serve"),
                          Serve::tr("--listen: expected HOST:PORT, got \"%1\"").arg(parser.value(listenOpt)));
    int webPort = -1;
    if (parser.isSet(webOpt)) {
        bool ok = false;
        webPort = parser.value(webOpt).toInt(&ok);
        if (!ok || webPort < 0 || webPort > 65535)
            return usageError(QStringLiteral("serve"),
                              Serve::tr("--web-port: expected 0..65535, got \"%1\"").arg(parser.value(webOpt)));
    }
    if (parser.isSet(certOpt) != parser.isSet(keyOpt))
        return usageError(QStringLiteral("serve"), Serve::tr("--tls-cert and --tls-key go together"));
    exercise::ExerciseOptions options;
    if (!exercise::Clock::parseSpeed(parser.value(speedOpt), &options.speed))
        return usageError(QStringLiteral("serve"),
                          Serve::tr("--speed: expected 1..600 or max, got \"%1\"").arg(parser.value(speedOpt)));
    QSslConfiguration ssl;
    if (parser.isSet(certOpt)) {
        QString error;
        if (!net::loadTlsFiles(parser.value(certOpt), parser.value(keyOpt), &ssl, &error))
            return fail(Usage, error);
    }

    const QString input = positional.front();
    const bool resuming = parser.isSet(resumeOpt);
    const QStringList reissue = parser.values(reissueOpt);
    if (!resuming && !reissue.isEmpty())
        return reissueOnly(input, reissue, host, port, parser.isSet(certOpt), parser.value(handoutsOpt));
    std::unique_ptr<exercise::Exercise> ex;
    // The seats are checked against the scenario before anything is created or resumed.
    QList<exercise::Seat> seats;
    const auto parseSeats = [&](const scenario::Scenario &s, QString *error) {
        for (const QString &arg : parser.values(seatOpt)) {
            const std::optional<exercise::Seat> seat = exercise::parseSeat(arg, s, error);
            if (!seat) {
                *error = Serve::tr("--seat: %1").arg(*error);
                return false;
            }
            seats << *seat;
        }
        return true;
    };
    // One engine per database (as `run` does): the lock is the database file's own
    // (store/filelock.h), taken by EventLog::open and create for whatever path reaches the file.
    try {
        QString error;
        if (resuming) {
            if (!QFileInfo::exists(input))
                return fail(Usage, Serve::tr("%1: no such exercise database").arg(input));
            std::unique_ptr<store::EventLog> log;
            try {
                log = store::EventLog::open(input);
            } catch (const store::Busy &e) {
                return fail(Usage, e.message());
            } catch (const store::Error &e) {
                return fail(BadInput, e.message());
            }
            const store::ChainCheck chain = log->verifyChain();
            if (!chain.intact)
                return fail(BadInput, Serve::tr("%1; not continuing it").arg(chain.summary(input)));
            ex = exercise::Exercise::resume(std::move(log), options, &error);
            if (!ex)
                return fail(BadInput, error);
            if (!parseSeats(ex->scenario(), &error))
                return fail(Usage, error);
        } else {
            const scenario::LoadResult loaded = scenario::loadScenarioFile(input);
            for (const scenario::Diagnostic &d : loaded.diagnostics)
                err() << d.format() << '\n';
            if (!loaded.scenario)
                return fail(loaded.unreadable ? Usage : BadInput, {});
            if (!parseSeats(*loaded.scenario, &error))
                return fail(Usage, error);
            QString db = parser.value(dbOpt);
            if (db.isEmpty()) {
                db = QFileInfo(input).fileName();
                db = db.left(db.indexOf(QLatin1Char('.')) > 0 ? db.indexOf(QLatin1Char('.')) : db.size()) +
                     QStringLiteral(".cxdb");
            }
            QFile file(input);
            const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            ex = exercise::Exercise::start(*loaded.scenario, store::EventLog::create(db, json), options, &error);
            if (!ex)
                return fail(BadInput, error);
        }

        if (parser.isSet(pausedOpt) && !ex->clock().isPaused() && !ex->ended()) {
            ex->pause();  // recorded (clock.paused): the lobby is part of the exercise's record
            err() << Serve::tr("the clock is stopped until a controller seat starts it") << '\n';
            err().flush();
        }
        net::ExerciseServer server(*ex);
        server.setPublicHost(host);
        if (parser.isSet(certOpt))
            server.setTls(ssl);
        const QMap<QString, QString> seatsIssued = server.addSeats(seats);
        QStringList knownSeats;
        for (const exercise::Seat &seat : server.seats())
            knownSeats << seat.id;
        for (const QString &id : reissue)
            if (!ex->scenario().room(id) && !knownSeats.contains(id))
                return fail(BadInput, Serve::tr("--reissue: no room or seat \"%1\" in this exercise").arg(id));
        if (!server.listen(address, port, &error))
            return fail(Usage, error);
        QMap<QString, QString> issued, seatTokens = seatsIssued;
        for (const QString &id : reissue) {
            if (ex->scenario().room(id))
                issued.insert(id, server.reissueToken(id));
            else
                seatTokens.insert(id, server.reissueSeat(id));
        }
        issued.insert(server.issueTokens(false));
        std::unique_ptr<net::WebPortal> portal;
        if (webPort >= 0) {
            portal = std::make_unique<net::WebPortal>(server);
            if (parser.isSet(certOpt))
                portal->setTls(ssl);
            if (!portal->listen(address, quint16(webPort), &error))
                return fail(Usage, error);
        }
        QMap<QString, QString> joinUrls, browserUrls;
        for (const scenario::Room &r : ex->scenario().rooms) {
            if (issued.contains(r.id)) {
                joinUrls.insert(r.id, server.joinUrl(r.id, issued.value(r.id)));
                out() << joinUrls.value(r.id) << '\n';
            } else {
                err() << Serve::tr("%1: its token is unchanged (issue a new one with --reissue %1)").arg(r.id) << '\n';
            }
        }
        if (portal)
            for (const scenario::Room &r : ex->scenario().rooms)
                if (issued.contains(r.id)) {
                    browserUrls.insert(r.id, portal->roomUrl(r.id, issued.value(r.id)));
                    out() << browserUrls.value(r.id) << '\n';
                }
        std::vector<control::JoinLink> seatLinks;
        for (const exercise::Seat &seat : server.seats()) {
            if (seatTokens.contains(seat.id)) {
                const QString url = server.seatUrl(seat.id, seatTokens.value(seat.id));
                out() << "seat " << seat.id << ' ' << seat.spec() << ' ' << url << '\n';
                seatLinks.push_back(seatLink(ex->scenario(), seat.id, seat.spec(), url));
            } else
                err() << Serve::tr("seat %1: its token is unchanged (issue a new one with --reissue %1)").arg(seat.id)
                      << '\n';
        }
        out().flush();
        writeHandouts(parser.value(handoutsOpt), ex->scenario(), joinUrls, browserUrls, seatLinks);
        err() << Serve::tr("serving %1 (exercise time %2) on port %3%4")
                     .arg(ex->log().path(), scenario::formatOffset(std::max(0, ex->minute())))
                     .arg(server.port())
                     .arg(portal ? Serve::tr(", web portal on port %1").arg(portal->port()) : QString())
              << '\n';
        err().flush();

        net::ExerciseTicker ticker(*ex);
        QObject::connect(&ticker, &net::ExerciseTicker::ended, &ticker, [] {
            err() << Serve::tr("the exercise has ended; still serving the rooms' records (Ctrl+C to stop)") << '\n';
            err().flush();
        });
        int exitCode = Ok;
        stopOnStorageFailure(ticker, server, parser.value(listenOpt), &exitCode);
        // The benchmark measures the old path (each act its own transaction) through this switch.
        if (qEnvironmentVariable("CROSSDRILL_SERVE_COMMIT") == QLatin1String("per-act"))
            server.setGroupCommit(false);
        ticker.start();
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        stopOnSignal(ticker, server);
        QCoreApplication::exec();
        ticker.stop();
        server.close();
        err() << Serve::tr("stopped: %1 actions from rooms recorded in %2 transactions")
                     .arg(server.actsCommitted())
                     .arg(server.actTransactions())
              << '\n';
        err().flush();
        if (exitCode != Ok)
            return exitCode;
    } catch (const store::Error &e) {
        return fail(Usage, e.message());
    }
    return Ok;
}

}  // namespace cd::cli
