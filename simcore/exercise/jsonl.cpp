#include "exercise/jsonl.h"

#include "exercise/visibility.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::exercise {

QByteArray eventLine(const store::Event &e, bool withAudience)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},        {QStringLiteral("wall_ms"), e.wallMs},
                  {QStringLiteral("minute"), e.minute},  {QStringLiteral("t"), scenario::formatOffset(e.minute)},
                  {QStringLiteral("actor"), e.actor},    {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("payload"), e.payload}};
    if (withAudience)
        o.insert(QStringLiteral("audience"), QJsonArray::fromStringList(e.audience));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

qint64 exportJsonl(store::EventLog &log, const scenario::Scenario &s, const QString &room, QIODevice &out)
{
    qint64 n = 0;
    const std::vector<store::Event> events = room.isEmpty() ? log.read() : log.readVisibleTo(room);
    for (const store::Event &e : events) {
        if (!room.isEmpty() && !visibleTo(s, e, room))
            continue;
        out.write(eventLine(e, room.isEmpty()));
        ++n;
    }
    return n;
}

}  // namespace cd::exercise
