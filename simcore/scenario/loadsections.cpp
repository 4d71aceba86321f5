// JSON -> Scenario for everything but the injects (loadinjects.cpp).
#include "scenario/loadparts.h"

namespace cd::scenario::detail {

namespace {

const QStringList kKindNames{QStringLiteral("functional"), QStringLiteral("tabletop")};
const QStringList kRoleNames{QStringLiteral("nisc"),     QStringLiteral("ministry"), QStringLiteral("ceptoar"),
                             QStringLiteral("operator"), QStringLiteral("agency"),   QStringLiteral("observer")};
const QStringList kApprovalNames{QStringLiteral("auto"), QStringLiteral("control")};
const QStringList kTypeNames{QStringLiteral("scale5"), QStringLiteral("choice"), QStringLiteral("text")};
const QStringList kFlowKindNames{QStringLiteral("report"), QStringLiteral("advisory"), QStringLiteral("query")};

Objective readObjective(Reader &r, const json::Value &v, const QString &path)
{
    Objective o;
    ObjectReader in(r, v, path, {"id", "text", "theme"});
    o.id = in.string("id", true).value_or(QString());
    o.text = in.text("text", true).value_or(Text());
    o.theme = in.integer("theme", true).value_or(1);
    return o;
}

/// meta.channels: a non-empty list of channel names (an empty list would read as "all three").
std::vector<Channel> readMetaChannels(Reader &r, const json::Value *v, const QString &path)
{
    static const QStringList names{QStringLiteral("mail"), QStringLiteral("phone"), QStringLiteral("web")};
    std::vector<Channel> out;
    if (!v || !r.expectType(*v, json::Value::Type::Array, path))
        return out;
    if (v->array.empty()) {
        r.error(*v, path,
                QStringLiteral("channels lists no channel: name the allowed ones (mail, phone, web) or leave "
                               "the key out to allow all three"));
        return out;
    }
    for (std::size_t i = 0; i < v->array.size(); ++i)
        if (const auto name = r.oneOf(v->array[i], itemPath(path, i), names, QStringLiteral("channel")))
            out.push_back(channelFrom(*name).value_or(Channel::Mail));
    return out;
}

Node readNode(Reader &r, const json::Value &v, const QString &path)
{
    Node n;
    ObjectReader in(r, v, path, {"id", "name", "rate_per_h", "served", "unit", "level", "initial", "notes"});
    n.id = in.string("id", true).value_or(QString());
    n.name = in.text("name").value_or(Text());
    if (const json::Value *rate = in.get("rate_per_h")) {
        if (rate->isString() && rate->string == QLatin1String("inf"))
            n.ratePerH = kInfiniteRate;
        else if (rate->isNumber())
            n.ratePerH = rate->number;
        else
            r.error(*rate, in.path("rate_per_h"),
                    QStringLiteral("expected a rate per hour: a number or \"inf\", got %1")
                        .arg(rate->isString() ? QStringLiteral("'%1'").arg(rate->string) : json::typeName(rate->type)));
    }
    n.served = in.number("served").value_or(0);
    n.unit = in.string("unit").value_or(QString());
    if (const json::Value *level = in.get("level")) {
        ObjectReader lv(r, *level, in.path("level"), {"min_units", "min_minutes", "text"});
        Level l;
        l.minUnits = lv.number("min_units", true).value_or(0);
        l.minMinutes = lv.integer("min_minutes").value_or(0);
        l.text = lv.text("text").value_or(Text());
        n.level = l;
    }
    n.initial = in.number("initial").value_or(0);
    n.notes = in.text("notes").value_or(Text());
    return n;
}

Edge readEdge(Reader &r, const json::Value &v, const QString &path)
{
    Edge e;
    ObjectReader in(r, v, path, {"from", "to", "weight", "autonomy_h", "recharge_per_h", "kind", "notes"});
    e.from = in.string("from", true).value_or(QString());
    e.to = in.string("to", true).value_or(QString());
    e.weight = in.number("weight", true).value_or(0);
    e.autonomyH = in.number("autonomy_h").value_or(0);
    e.rechargePerH = in.number("recharge_per_h").value_or(1);
    e.kind = in.string("kind").value_or(QStringLiteral("other"));
    e.notes = in.text("notes").value_or(Text());
    return e;
}

Shock readShock(Reader &r, const json::Value &v, const QString &path)
{
    Shock s;
    ObjectReader in(r, v, path, {"node", "c", "from", "to"});
    s.node = in.string("node", true).value_or(QString());
    s.c = in.number("c", true).value_or(0);
    s.fromMin = in.offset("from", true).value_or(0);
    s.toMin = in.offset("to");
    return s;
}

Disclosure readDisclosure(Reader &r, const json::Value &v, const QString &path)
{
    Disclosure d;
    ObjectReader in(r, v, path, {"term", "in"});
    d.term = in.string("term", true).value_or(QString());
    d.in = in.nonEmpty("in").value_or(QString());
    return d;
}

std::optional<ChannelRealism> readRealism(Reader &r, ObjectReader &parent, const char *key)
{
    const json::Value *v = parent.get(key);
    if (!v)
        return std::nullopt;
    ChannelRealism c;
    ObjectReader in(r, *v, parent.path(key), {"node", "down_at_q", "delay_min_per_q"});
    c.node = in.string("node", true).value_or(QString());
    c.downAtQ = in.number("down_at_q");
    c.delayMinPerQ = in.number("delay_min_per_q");
    return c;
}

Effect readEffect(Reader &r, const json::Value &v, const QString &path)
{
    Effect e;
    ObjectReader in(r, v, path, {"add_autonomy_h", "scale_weight", "set_shock", "set_rate_per_h", "edge", "node"});
    if (!in.ok())
        return e;
    struct KindKey
    {
        const char *key;
        Effect::Kind kind;
        bool onEdge;
    };
    static constexpr KindKey kinds[] = {{"add_autonomy_h", Effect::Kind::AddAutonomy, true},
                                        {"scale_weight", Effect::Kind::ScaleWeight, true},
                                        {"set_shock", Effect::Kind::SetShock, false},
                                        {"set_rate_per_h", Effect::Kind::SetRate, false}};
    const KindKey *found = nullptr;
    for (const KindKey &k : kinds) {
        if (!in.has(k.key))
            continue;
        if (found) {
            r.error(*in.get(k.key), in.path(k.key),
                    QStringLiteral("an effect has one kind: '%1' and '%2' both given")
                        .arg(QLatin1String(found->key), QLatin1String(k.key)));
            r.markBad(path);
            return e;
        }
        found = &k;
    }
    if (!found) {
        r.error(v, path,
                QStringLiteral("an effect needs one of add_autonomy_h, scale_weight, set_shock, set_rate_per_h"));
        return e;
    }
    e.kind = found->kind;
    if (e.kind == Effect::Kind::SetRate) {
        const json::Value *rate = in.get(found->key);
        if (rate->isString() && rate->string == QLatin1String("inf"))
            e.value = kInfiniteRate;
        else if (rate->isNumber())
            e.value = rate->number;
        else
            r.error(*rate, in.path(found->key), QStringLiteral("expected a rate per hour: a number or \"inf\""));
    } else {
        e.value = in.number(found->key).value_or(0);
    }
    const char *target = found->onEdge ? "edge" : "node";
    const char *other = found->onEdge ? "node" : "edge";
    if (in.has(other))
        r.error(*in.get(other), in.path(other),
                QStringLiteral("'%1' does not apply to %2; it acts on '%3'")
                    .arg(QLatin1String(other), QLatin1String(found->key), QLatin1String(target)));
    if (found->onEdge) {
        if (const auto edge = in.stringList("edge", true)) {
            if (edge->size() != 2)
                r.error(*in.get("edge"), in.path("edge"), QStringLiteral("expected an edge as [from, to]"));
            else {
                e.edgeFrom = edge->at(0);
                e.edgeTo = edge->at(1);
            }
        }
    } else {
        e.node = in.string("node", true).value_or(QString());
    }
    return e;
}

}  // namespace

Meta readMeta(Reader &r, const json::Value &v, const QString &path)
{
    Meta m;
    ObjectReader in(r, v, path,
                    {"id", "title", "summary", "kind", "start", "duration", "step_min", "objectives", "channels"});
    m.id = in.string("id", true).value_or(QString());
    m.title = in.text("title", true).value_or(Text());
    m.summary = in.text("summary").value_or(Text());
    if (const auto kind = in.oneOf("kind", kKindNames, QStringLiteral("exercise kind")))
        m.kind = exerciseKindFrom(*kind).value_or(ExerciseKind::Functional);
    m.start = in.nonEmpty("start").value_or(QString());
    m.durationMin = in.offset("duration", true).value_or(0);
    m.stepMin = in.integer("step_min").value_or(1);
    m.objectives = readList<Objective>(r, in.get("objectives"), in.path("objectives"), readObjective);
    m.channels = readMetaChannels(r, in.get("channels"), in.path("channels"));
    return m;
}

Room readRoom(Reader &r, const json::Value &v, const QString &path)
{
    Room room;
    ObjectReader in(r, v, path, {"id", "name", "role", "sector", "sectors", "phone_lines"});
    room.id = in.string("id", true).value_or(QString());
    room.name = in.text("name", true).value_or(Text());
    if (const auto role = in.oneOf("role", kRoleNames, QStringLiteral("role"), true))
        room.role = roleFrom(*role).value_or(Role::Operator);
    room.sector = in.nonEmpty("sector").value_or(QString());
    room.sectors = in.stringList("sectors").value_or(QStringList());
    room.phoneLines = in.integer("phone_lines").value_or(1);
    return room;
}

Persona readPersona(Reader &r, const json::Value &v, const QString &path)
{
    Persona p;
    ObjectReader in(r, v, path, {"id", "name", "kind"});
    p.id = in.string("id", true).value_or(QString());
    p.name = in.text("name", true).value_or(Text());
    p.kind = in.string("kind").value_or(QString());
    return p;
}

Graph readGraph(Reader &r, const json::Value &v, const QString &path)
{
    Graph g;
    ObjectReader in(r, v, path, {"nodes", "edges"});
    g.nodes = readList<Node>(r, in.get("nodes"), in.path("nodes"), readNode);
    g.edges = readList<Edge>(r, in.get("edges"), in.path("edges"), readEdge);
    return g;
}

Truth readTruth(Reader &r, const json::Value &v, const QString &path)
{
    Truth t;
    ObjectReader in(r, v, path, {"root_cause", "narrative", "shocks", "disclosed"});
    t.rootCause = in.text("root_cause").value_or(Text());
    t.narrative = in.text("narrative").value_or(Text());
    t.shocks = readList<Shock>(r, in.get("shocks"), in.path("shocks"), readShock);
    t.disclosed = readList<Disclosure>(r, in.get("disclosed"), in.path("disclosed"), readDisclosure);
    return t;
}

Site readSite(Reader &r, const json::Value &v, const QString &path)
{
    Site s;
    ObjectReader in(r, v, path, {"id", "name", "kind", "read", "post", "pages"});
    s.id = in.string("id", true).value_or(QString());
    s.name = in.text("name", true).value_or(Text());
    s.kind = in.string("kind", true).value_or(QString());
    s.read = in.stringList("read").value_or(QStringList());
    s.post = in.stringList("post").value_or(QStringList());
    s.pages =
        readList<Page>(r, in.get("pages"), in.path("pages"),
                       [](Reader &rr, const json::Value &pv, const QString &pp) { return readPage(rr, pv, pp, true); });
    for (Page &p : s.pages)
        if (p.site.isEmpty())
            p.site = s.id;
    return s;
}

Response readResponse(Reader &r, const json::Value &v, const QString &path)
{
    Response resp;
    ObjectReader in(r, v, path, {"id", "name", "rooms", "lead", "approval", "effect"});
    resp.id = in.string("id", true).value_or(QString());
    resp.name = in.text("name", true).value_or(Text());
    resp.rooms = in.stringList("rooms").value_or(QStringList());
    resp.leadMin = in.offset("lead").value_or(0);
    if (const auto approval = in.oneOf("approval", kApprovalNames, QStringLiteral("approval")))
        resp.approval = approvalFrom(*approval).value_or(Approval::Auto);
    if (const json::Value *effect = in.get("effect", true))
        resp.effect = readEffect(r, *effect, in.path("effect"));
    return resp;
}

Channels readChannels(Reader &r, const json::Value &v, const QString &path)
{
    Channels c;
    ObjectReader in(r, v, path, {"phone", "mail", "web"});
    c.phone = readRealism(r, in, "phone");
    c.mail = readRealism(r, in, "mail");
    c.web = readRealism(r, in, "web");
    return c;
}

ExpectedFlow readFlow(Reader &r, const json::Value &v, const QString &path)
{
    ExpectedFlow f;
    ObjectReader in(r, v, path, {"id", "from_role", "from", "to_role", "to", "kind", "within_min", "after", "theme"});
    f.id = in.string("id", true).value_or(QString());
    if (const auto role = in.oneOf("from_role", kRoleNames, QStringLiteral("role")))
        f.fromRole = *role;
    f.from = in.nonEmpty("from").value_or(QString());
    if (const auto role = in.oneOf("to_role", kRoleNames, QStringLiteral("role")))
        f.toRole = *role;
    f.to = in.nonEmpty("to").value_or(QString());
    if (in.ok()) {
        if (in.has("from_role") == in.has("from"))
            r.error(v, in.path("from"), QStringLiteral("a flow needs exactly one of 'from_role' and 'from'"));
        if (in.has("to_role") == in.has("to"))
            r.error(v, in.path("to"), QStringLiteral("a flow needs exactly one of 'to_role' and 'to'"));
    }
    if (const auto kind = in.oneOf("kind", kFlowKindNames, QStringLiteral("message kind"), true))
        f.kind = actionFrom(*kind).value_or(Action::Report);
    f.withinMin = in.integer("within_min", true).value_or(1);
    f.after = in.string("after", true).value_or(QString());
    f.theme = in.integer("theme").value_or(1);
    return f;
}

SurveyQuestion readQuestion(Reader &r, const json::Value &v, const QString &path)
{
    SurveyQuestion q;
    ObjectReader in(r, v, path, {"id", "text", "type", "options", "theme"});
    q.id = in.string("id", true).value_or(QString());
    q.text = in.text("text", true).value_or(Text());
    if (const auto type = in.oneOf("type", kTypeNames, QStringLiteral("question type"), true))
        q.type = questionTypeFrom(*type).value_or(QuestionType::Scale5);
    q.options = readList<Text>(
        r, in.get("options"), in.path("options"),
        [](Reader &rr, const json::Value &ov, const QString &op) { return rr.text(ov, op).value_or(Text()); });
    q.theme = in.integer("theme").value_or(0);
    return q;
}

}  // namespace cd::scenario::detail
