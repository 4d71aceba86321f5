#include "exercise/roomdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::exercise {

namespace {
bool listed(const QStringList &list, const QString &room)
{
    return list.contains(room) || list.contains(QLatin1String("all"));
}

QJsonValue textToJson(const scenario::Text &t)
{
    if (!t.bilingual)
        return t.plain;
    return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

std::optional<scenario::Text> textFromJson(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return scenario::Text{};
    if (v.isString())
        return scenario::Text::fromPlain(v.toString());
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const QJsonValue ja = o.value(QLatin1String("ja"));
    const QJsonValue en = o.value(QLatin1String("en"));
    if ((!ja.isUndefined() && !ja.isString()) || (!en.isUndefined() && !en.isString()))
        return std::nullopt;
    return scenario::Text::fromPair(ja.toString(), en.toString());
}

// Reads the array `key` of `o` item by item with `read`; false (and `error`) on a wrong shape.
template<typename T, typename Read>
bool readArray(const QJsonObject &o, const char *key, std::vector<T> *out, QString *error, Read read)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        *error = QStringLiteral("directory: \"%1\" is not an array").arg(QLatin1String(key));
        return false;
    }
    int i = 0;
    for (const QJsonValue &item : v.toArray()) {
        std::optional<T> t = item.isObject() ? read(item.toObject()) : std::nullopt;
        if (!t) {
            *error = QStringLiteral("directory: \"%1\"[%2] is malformed").arg(QLatin1String(key)).arg(i);
            return false;
        }
        out->push_back(std::move(*t));
        ++i;
    }
    return true;
}

bool isStringOrAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isString();
}

bool isBoolOrAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isBool();
}

std::optional<RoomDirectory::Party> partyFromJson(const QJsonObject &o)
{
    const auto name = textFromJson(o.value(QLatin1String("name")));
    const QJsonValue id = o.value(QLatin1String("id"));
    const QJsonValue persona = o.value(QLatin1String("persona"));
    if (!id.isString() || !name || !isBoolOrAbsent(persona))
        return std::nullopt;
    return RoomDirectory::Party{id.toString(), *name, persona.toBool()};
}

QJsonObject partyToJson(const RoomDirectory::Party &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), textToJson(p.name)}};
    if (p.persona)
        o.insert(QStringLiteral("persona"), true);
    return o;
}
}  // namespace

QStringList RoomDirectory::roomIds() const
{
    QStringList out;
    for (const Party &p : parties)
        if (!p.persona)
            out << p.id;
    return out;
}

RoomDirectory RoomDirectory::fromScenario(const scenario::Scenario &s, const QString &room)
{
    RoomDirectory d;
    d.room = room;
    if (const scenario::Room *r = s.room(room)) {
        d.roomName = r->name;
        QStringList own = r->sectors;
        if (!r->sector.isEmpty() && !own.contains(r->sector))
            own.prepend(r->sector);
        for (const QString &id : own)
            if (const scenario::Node *n = s.node(id))
                d.sectors.push_back({n->id, n->name, false});
    }
    d.title = s.meta.title;
    d.start = s.meta.start;
    for (const scenario::Room &r : s.rooms)
        d.parties.push_back({r.id, r.name, false});
    for (const scenario::Persona &p : s.personas)
        d.parties.push_back({QStringLiteral("persona:") + p.id, p.name, true});
    for (const scenario::Site &site : s.sites)
        if (listed(site.read, room))
            d.sites.push_back({site.id, site.name, listed(site.post, room)});
    for (const scenario::Response &r : s.responses)
        if (r.rooms.isEmpty() || listed(r.rooms, room))
            d.responses.push_back({r.id, r.name, r.approval == scenario::Approval::Control});
    d.survey = s.survey;
    for (const scenario::Channel c : s.meta.channels)
        d.channels << scenario::toString(c);
    return d;
}

QString RoomDirectory::nameOf(const QString &id, const QString &lang) const
{
    if (id == QLatin1String("control") || id == QLatin1String("system"))
        return QCoreApplication::translate("cd::gui::RoomDirectory", "Control (事務局)");
    for (const Party &p : parties)
        if (p.id == id)
            return p.name.isEmpty() ? id : p.name.get(lang);
    return id;
}

QJsonObject RoomDirectory::toJson() const
{
    QJsonArray parties, sectors, sites, responses, survey;
    for (const Party &p : this->parties)
        parties.append(partyToJson(p));
    for (const Party &p : this->sectors)
        sectors.append(partyToJson(p));
    for (const Site &s : this->sites)
        sites.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("name"), textToJson(s.name)},
                                 {QStringLiteral("can_post"), s.canPost}});
    for (const Response &r : this->responses)
        responses.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), textToJson(r.name)},
                                     {QStringLiteral("needs_approval"), r.needsApproval}});
    for (const scenario::SurveyQuestion &q : this->survey) {
        QJsonArray options;
        for (const scenario::Text &t : q.options)
            options.append(textToJson(t));
        QJsonObject o{{QStringLiteral("id"), q.id},
                      {QStringLiteral("text"), textToJson(q.text)},
                      {QStringLiteral("type"), scenario::toString(q.type)}};
        if (!options.isEmpty())
            o.insert(QStringLiteral("options"), options);
        if (q.theme != 0)
            o.insert(QStringLiteral("theme"), q.theme);
        survey.append(o);
    }
    QJsonObject out{{QStringLiteral("room"), room},
                    {QStringLiteral("room_name"), textToJson(roomName)},
                    {QStringLiteral("title"), textToJson(title)},
                    {QStringLiteral("start"), start},
                    {QStringLiteral("parties"), parties},
                    {QStringLiteral("sectors"), sectors},
                    {QStringLiteral("sites"), sites},
                    {QStringLiteral("responses"), responses},
                    {QStringLiteral("survey"), survey}};
    if (!channels.isEmpty())
        out.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    return out;
}

std::optional<RoomDirectory> RoomDirectory::fromJson(const QJsonObject &o, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    RoomDirectory d;
    const QJsonValue room = o.value(QLatin1String("room"));
    const QJsonValue start = o.value(QLatin1String("start"));
    const auto roomName = textFromJson(o.value(QLatin1String("room_name")));
    const auto title = textFromJson(o.value(QLatin1String("title")));
    if (!room.isString() || room.toString().isEmpty() || !isStringOrAbsent(start) || !roomName || !title) {
        err = QStringLiteral("directory: \"room\" (a string) missing, or \"room_name\", \"title\" or \"start\" "
                             "malformed");
        return std::nullopt;
    }
    d.room = room.toString();
    d.roomName = *roomName;
    d.title = *title;
    d.start = start.toString();
    const auto readSite = [](const QJsonObject &s) -> std::optional<Site> {
        const auto name = textFromJson(s.value(QLatin1String("name")));
        const QJsonValue id = s.value(QLatin1String("id"));
        const QJsonValue post = s.value(QLatin1String("can_post"));
        if (!id.isString() || !name || !isBoolOrAbsent(post))
            return std::nullopt;
        return Site{id.toString(), *name, post.toBool()};
    };
    const auto readResponse = [](const QJsonObject &r) -> std::optional<Response> {
        const auto name = textFromJson(r.value(QLatin1String("name")));
        const QJsonValue id = r.value(QLatin1String("id"));
        const QJsonValue approval = r.value(QLatin1String("needs_approval"));
        if (!id.isString() || !name || !isBoolOrAbsent(approval))
            return std::nullopt;
        return Response{id.toString(), *name, approval.toBool()};
    };
    const auto readQuestion = [](const QJsonObject &q) -> std::optional<scenario::SurveyQuestion> {
        scenario::SurveyQuestion out;
        const QJsonValue id = q.value(QLatin1String("id"));
        const auto text = textFromJson(q.value(QLatin1String("text")));
        const auto type = scenario::questionTypeFrom(q.value(QLatin1String("type")).toString());
        const QJsonValue theme = q.value(QLatin1String("theme"));
        const QJsonValue options = q.value(QLatin1String("options"));
        if (!id.isString() || !text || !type || (!theme.isUndefined() && !theme.isDouble()) ||
            (!options.isUndefined() && !options.isArray()))
            return std::nullopt;
        out.id = id.toString();
        out.text = *text;
        out.type = *type;
        out.theme = theme.toInt();
        for (const QJsonValue &v : options.toArray()) {
            const auto t = textFromJson(v);
            if (!t)
                return std::nullopt;
            out.options.push_back(*t);
        }
        return out;
    };
    if (!readArray(o, "parties", &d.parties, &err, partyFromJson) ||
        !readArray(o, "sectors", &d.sectors, &err, partyFromJson) || !readArray(o, "sites", &d.sites, &err, readSite) ||
        !readArray(o, "responses", &d.responses, &err, readResponse) ||
        !readArray(o, "survey", &d.survey, &err, readQuestion))
        return std::nullopt;
    const QJsonValue channels = o.value(QLatin1String("channels"));
    if (!channels.isUndefined()) {
        for (const QJsonValue &c : channels.toArray()) {
            if (!c.isString() || !scenario::channelFrom(c.toString())) {
                err = QStringLiteral("directory: \"channels\" must list mail, phone or web");
                return std::nullopt;
            }
            d.channels << c.toString();
        }
        if (!channels.isArray() || d.channels.isEmpty()) {
            err = QStringLiteral("directory: \"channels\" must list mail, phone or web");
            return std::nullopt;
        }
    }
    return d;
}

}  // namespace cd::exercise
