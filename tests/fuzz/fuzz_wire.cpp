// libFuzzer harness: what a peer's message goes through before any socket or engine state
// (simcore/net/protocol.h, exercise/roomdirectory.h): the JSON object, an event in both the
// plain and the "all rooms" form, a room directory, and the join URL and --listen parsers.
// A decoded event must encode back to an object that decodes to the same event.
#include "exercise/roomdirectory.h"
#include "fuzzcommon.h"
#include "net/protocol.h"

#include <QHostAddress>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = cd::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(in);
    QString room, token, host;
    QHostAddress address;
    quint16 port = 0;
    cd::net::parseJoinUrl(text, &room, &token);
    cd::net::parseListen(text, &host, &address, &port);
    const QJsonDocument doc = QJsonDocument::fromJson(in);
    if (!doc.isObject())
        return 0;
    const QJsonObject m = doc.object();
    const QJsonArray allRooms =
        cd::net::roomIdList({QStringLiteral("nisc"), QStringLiteral("mic"), QStringLiteral("op-a")});
    for (const QJsonArray &rooms : {QJsonArray(), allRooms}) {
        const QJsonObject o =
            m.value(QLatin1String("event")).isObject() ? m.value(QLatin1String("event")).toObject() : m;
        if (const auto e = cd::net::eventFromJson(o, rooms)) {
            const auto back = cd::net::eventFromJson(cd::net::eventToJson(*e, rooms), rooms);
            if (!back || !back->sameApartFromWallTime(*e))
                std::abort();  // the encoding must be lossless
        }
    }
    QString error;
    cd::exercise::RoomDirectory::fromJson(m.value(QLatin1String("directory")).toObject(), &error);
    cd::exercise::RoomDirectory::fromJson(m, &error);
    return 0;
}
