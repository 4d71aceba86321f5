// crossdrill join URL [--name NAME]: opens a remote room's window (the player RoomWindow) connected
// to `crossdrill serve`, with the connection state in its status bar; with a seat's URL, the
// control console for that seat's role, or an observer's read-only views of its rooms
// (control/remote/seatconsole.h).
#include "cli/cli.h"
#include "cli/verbargs.h"
#include "control/remote/seatconsole.h"
#include "control/translations.h"
#include "net/protocol.h"
#include "net/remoteroomendpoint.h"
#include "room/remote/remoteroom.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSslCertificate>
#include <QUrl>

namespace cd::cli {

namespace {
struct Join
{
    Q_DECLARE_TR_FUNCTIONS(Join)
};
}  // namespace

int runJoin(const QStringList &args)
{
    // The room window speaks the user's language, as the console does.
    gui::Translations translations;
    translations.apply(gui::Translations::preferredLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(Join::tr("Opens a remote room's window, or a control-team seat's console, "
                                              "connected to an exercise server."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 Join::tr("The room's join URL (ws://HOST:PORT/room/ROOM?token=TOKEN) or the "
                                          "seat's (ws://HOST:PORT/seat/SEAT?token=TOKEN)."));
    const QCommandLineOption nameOpt(QStringLiteral("name"), Join::tr("Your name, recorded with what you do."),
                                     QStringLiteral("NAME"));
    parser.addOption(nameOpt);
    const QCommandLineOption caOpt(QStringLiteral("ca-cert"),
                                   Join::tr("Also trust this PEM certificate for wss:// (a server with a "
                                            "self-signed certificate)."),
                                   QStringLiteral("FILE"));
    parser.addOption(caOpt);
    if (const auto stop = parseVerbArgs(parser, args, QStringLiteral("join")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("join"), Join::tr("expected one join URL"));
    const QString text = parser.positionalArguments().front();
    QString room, seat, token;
    const bool isRoom = net::parseJoinUrl(text, &room, &token);
    if ((!isRoom && !net::parseSeatUrl(text, &seat, &token)) || token.isEmpty())
        return usageError(QStringLiteral("join"),
                          Join::tr("\"%1\" is not a join URL (ws://HOST:PORT/room/ROOM?token=TOKEN "
                                   "or ws://HOST:PORT/seat/SEAT?token=TOKEN)")
                              .arg(text));
    if (parser.value(nameOpt).size() > net::kMaxNameChars)
        return usageError(QStringLiteral("join"), Join::tr("--name: at most %1 characters").arg(net::kMaxNameChars));

    net::RemoteRoomEndpoint endpoint(QUrl(text), parser.value(nameOpt));
    if (parser.isSet(caOpt)) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(parser.value(caOpt), QSsl::Pem);
        if (ca.isEmpty())
            return usageError(QStringLiteral("join"),
                              Join::tr("--ca-cert: no PEM certificate in \"%1\"").arg(parser.value(caOpt)));
        endpoint.addCaCertificates(ca);
    }
    if (!isRoom) {
        gui::SeatConsole console(endpoint);
        console.show();
        endpoint.open();
        return QApplication::exec();
    }
    gui::RemoteRoom remote(endpoint);
    remote.show();
    endpoint.open();
    return QApplication::exec();
}

}  // namespace cd::cli
