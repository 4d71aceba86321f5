// Scenario -> JSON in the key order of docs/scenario-format.md, leaving out optional keys that hold their
// default, so that save(load(save(x))) == save(x) byte for byte.
#include "scenario/saver.h"

#include "scenario/json.h"
#include "scenario/keepwritten.h"

#include <QSaveFile>

namespace cd::scenario {

namespace {

using json::Value;

Value str(const QString &s)
{
    return Value::fromString(s);
}
Value num(double n)
{
    return Value::fromNumber(n);
}
Value strings(const QStringList &list)
{
    Value a = Value::makeArray();
    for (const QString &s : list)
        a.append(str(s));
    return a;
}

Value text(const Text &t)
{
    if (!t.bilingual)
        return str(t.plain);
    Value o = Value::makeObject();
    if (!t.ja.isEmpty() || t.en.isEmpty())
        o.insert(QStringLiteral("ja"), str(t.ja));
    if (!t.en.isEmpty())
        o.insert(QStringLiteral("en"), str(t.en));
    return o;
}

/// Optional text: left out when empty (a bilingual empty text is kept, it reloads as written).
void putText(Value &o, const char *key, const Text &t)
{
    if (!t.isEmpty() || t.bilingual)
        o.insert(QLatin1String(key), text(t));
}
void putString(Value &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), str(s));
}
void putList(Value &o, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        o.insert(QLatin1String(key), strings(list));
}
void putRate(Value &o, const char *key, double rate)
{
    o.insert(QLatin1String(key), rate == kInfiniteRate ? str(QStringLiteral("inf")) : num(rate));
}

template<typename T, typename F> void putObjects(Value &o, const char *key, const std::vector<T> &list, F toJson)
{
    if (list.empty())
        return;
    Value a = Value::makeArray();
    for (const T &item : list)
        a.append(toJson(item));
    o.insert(QLatin1String(key), std::move(a));
}

Value pageJson(const Page &p, bool withSite)
{
    Value o = Value::makeObject();
    if (withSite)
        o.insert(QStringLiteral("site"), str(p.site));
    o.insert(QStringLiteral("path"), str(p.path));
    putText(o, "title", p.title);
    putText(o, "body", p.body);
    return o;
}

Value conditionJson(const Condition &c)
{
    using K = Condition::Kind;
    Value o = Value::makeObject();
    const auto leaf = [&o, &c](const char *key) { o.insert(QLatin1String(key), str(c.ref)); };
    switch (c.kind) {
    case K::NodeQ:
        leaf("node");
        o.insert(QStringLiteral("q_ge"), num(c.qGe));
        break;
    case K::Breach:
        leaf("breach");
        break;
    case K::Fired:
        leaf("fired");
        if (c.plusMin != 0)
            o.insert(QStringLiteral("plus"), str(formatOffset(c.plusMin)));
        break;
    case K::Met:
        leaf("met");
        break;
    case K::Missed:
        leaf("missed");
        break;
    case K::Response:
        leaf("response");
        break;
    case K::All:
    case K::Any: {
        Value a = Value::makeArray();
        for (const Condition &child : c.children)
            a.append(conditionJson(child));
        o.insert(c.kind == K::All ? QStringLiteral("all") : QStringLiteral("any"), std::move(a));
        break;
    }
    case K::Not:
        o.insert(QStringLiteral("not"), c.children.empty() ? Value::makeObject() : conditionJson(c.children.front()));
        break;
    }
    return o;
}

Value expectedJson(const Expected &e)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(e.id));
    o.insert(QStringLiteral("room"), str(e.room));
    o.insert(QStringLiteral("action"), str(toString(e.action)));
    putString(o, "to", e.to);
    o.insert(QStringLiteral("within_min"), num(e.withinMin));
    o.insert(QStringLiteral("theme"), num(e.theme));
    return o;
}

Value injectValue(const Inject &i)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(i.id));
    if (i.atMin)
        o.insert(QStringLiteral("at"), str(formatOffset(*i.atMin)));
    if (i.when)
        o.insert(QStringLiteral("when"), conditionJson(*i.when));
    if (i.delayMin != 0)
        o.insert(QStringLiteral("delay"), str(formatOffset(i.delayMin)));
    if (i.contingency)
        o.insert(QStringLiteral("contingency"), Value::fromBool(true));
    o.insert(QStringLiteral("channel"), str(toString(i.channel)));
    o.insert(QStringLiteral("from"), str(i.from));
    putList(o, "to", i.to);
    putList(o, "cc", i.cc);
    putText(o, "subject", i.subject);
    putText(o, "body", i.body);
    putText(o, "script", i.script);
    if (i.page)
        o.insert(QStringLiteral("page"), pageJson(*i.page, true));
    putList(o, "attachments", i.attachments);
    putObjects(o, "expected", i.expected, expectedJson);
    putText(o, "control_notes", i.controlNotes);
    return o;
}

Value metaJson(const Meta &m)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(m.id));
    o.insert(QStringLiteral("title"), text(m.title));
    putText(o, "summary", m.summary);
    o.insert(QStringLiteral("kind"), str(toString(m.kind)));
    putString(o, "start", m.start);
    o.insert(QStringLiteral("duration"), str(formatOffset(m.durationMin)));
    if (m.stepMin != 1)
        o.insert(QStringLiteral("step_min"), num(m.stepMin));
    if (!m.channels.empty()) {
        Value list = Value::makeArray();
        for (const Channel c : m.channels)
            list.append(str(toString(c)));
        o.insert(QStringLiteral("channels"), std::move(list));
    }
    putObjects(o, "objectives", m.objectives, [](const Objective &x) {
        Value j = Value::makeObject();
        j.insert(QStringLiteral("id"), str(x.id));
        j.insert(QStringLiteral("text"), text(x.text));
        j.insert(QStringLiteral("theme"), num(x.theme));
        return j;
    });
    return o;
}

Value roomJson(const Room &r)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(r.id));
    o.insert(QStringLiteral("name"), text(r.name));
    o.insert(QStringLiteral("role"), str(toString(r.role)));
    putString(o, "sector", r.sector);
    putList(o, "sectors", r.sectors);
    if (r.phoneLines != 1)
        o.insert(QStringLiteral("phone_lines"), num(r.phoneLines));
    return o;
}

Value personaJson(const Persona &p)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(p.id));
    o.insert(QStringLiteral("name"), text(p.name));
    putString(o, "kind", p.kind);
    return o;
}

Value nodeJson(const Node &n)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(n.id));
    putText(o, "name", n.name);
    if (n.ratePerH != kInfiniteRate)
        putRate(o, "rate_per_h", n.ratePerH);
    if (n.served != 0)
        o.insert(QStringLiteral("served"), num(n.served));
    putString(o, "unit", n.unit);
    if (n.level) {
        Value l = Value::makeObject();
        l.insert(QStringLiteral("min_units"), num(n.level->minUnits));
        if (n.level->minMinutes != 0)
            l.insert(QStringLiteral("min_minutes"), num(n.level->minMinutes));
        putText(l, "text", n.level->text);
        o.insert(QStringLiteral("level"), std::move(l));
    }
    if (n.initial != 0)
        o.insert(QStringLiteral("initial"), num(n.initial));
    putText(o, "notes", n.notes);
    return o;
}

Value edgeJson(const Edge &e)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("from"), str(e.from));
    o.insert(QStringLiteral("to"), str(e.to));
    o.insert(QStringLiteral("weight"), num(e.weight));
    if (e.autonomyH != 0)
        o.insert(QStringLiteral("autonomy_h"), num(e.autonomyH));
    if (e.rechargePerH != 1)
        o.insert(QStringLiteral("recharge_per_h"), num(e.rechargePerH));
    if (e.kind != QLatin1String("other"))
        o.insert(QStringLiteral("kind"), str(e.kind));
    putText(o, "notes", e.notes);
    return o;
}

Value truthJson(const Truth &t)
{
    Value o = Value::makeObject();
    putText(o, "root_cause", t.rootCause);
    putText(o, "narrative", t.narrative);
    putObjects(o, "shocks", t.shocks, [](const Shock &s) {
        Value j = Value::makeObject();
        j.insert(QStringLiteral("node"), str(s.node));
        j.insert(QStringLiteral("c"), num(s.c));
        j.insert(QStringLiteral("from"), str(formatOffset(s.fromMin)));
        if (s.toMin)
            j.insert(QStringLiteral("to"), str(formatOffset(*s.toMin)));
        return j;
    });
    putObjects(o, "disclosed", t.disclosed, [](const Disclosure &d) {
        Value j = Value::makeObject();
        j.insert(QStringLiteral("term"), str(d.term));
        if (!d.in.isEmpty())
            j.insert(QStringLiteral("in"), str(d.in));
        return j;
    });
    return o;
}

Value siteJson(const Site &s)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(s.id));
    o.insert(QStringLiteral("name"), text(s.name));
    o.insert(QStringLiteral("kind"), str(s.kind));
    putList(o, "read", s.read);
    putList(o, "post", s.post);
    putObjects(o, "pages", s.pages, [&s](const Page &p) { return pageJson(p, p.site != s.id); });
    return o;
}

Value effectJson(const Effect &e)
{
    Value o = Value::makeObject();
    switch (e.kind) {
    case Effect::Kind::AddAutonomy:
        o.insert(QStringLiteral("add_autonomy_h"), num(e.value));
        break;
    case Effect::Kind::ScaleWeight:
        o.insert(QStringLiteral("scale_weight"), num(e.value));
        break;
    case Effect::Kind::SetShock:
        o.insert(QStringLiteral("set_shock"), num(e.value));
        break;
    case Effect::Kind::SetRate:
        putRate(o, "set_rate_per_h", e.value);
        break;
    }
    if (e.kind == Effect::Kind::AddAutonomy || e.kind == Effect::Kind::ScaleWeight)
        o.insert(QStringLiteral("edge"), strings({e.edgeFrom, e.edgeTo}));
    else
        o.insert(QStringLiteral("node"), str(e.node));
    return o;
}

Value responseJson(const Response &r)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(r.id));
    o.insert(QStringLiteral("name"), text(r.name));
    putList(o, "rooms", r.rooms);
    if (r.leadMin != 0)
        o.insert(QStringLiteral("lead"), str(formatOffset(r.leadMin)));
    if (r.approval != Approval::Auto)
        o.insert(QStringLiteral("approval"), str(toString(r.approval)));
    o.insert(QStringLiteral("effect"), effectJson(r.effect));
    return o;
}

Value channelsJson(const Channels &c)
{
    Value o = Value::makeObject();
    const auto put = [&o](const char *key, const std::optional<ChannelRealism> &r) {
        if (!r)
            return;
        Value j = Value::makeObject();
        j.insert(QStringLiteral("node"), str(r->node));
        if (r->downAtQ)
            j.insert(QStringLiteral("down_at_q"), num(*r->downAtQ));
        if (r->delayMinPerQ)
            j.insert(QStringLiteral("delay_min_per_q"), num(*r->delayMinPerQ));
        o.insert(QLatin1String(key), std::move(j));
    };
    put("phone", c.phone);
    put("mail", c.mail);
    put("web", c.web);
    return o;
}

Value flowJson(const ExpectedFlow &f)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(f.id));
    putString(o, "from_role", f.fromRole);
    putString(o, "from", f.from);
    putString(o, "to_role", f.toRole);
    putString(o, "to", f.to);
    o.insert(QStringLiteral("kind"), str(toString(f.kind)));
    o.insert(QStringLiteral("within_min"), num(f.withinMin));
    o.insert(QStringLiteral("after"), str(f.after));
    o.insert(QStringLiteral("theme"), num(f.theme));
    return o;
}

Value questionJson(const SurveyQuestion &q)
{
    Value o = Value::makeObject();
    o.insert(QStringLiteral("id"), str(q.id));
    o.insert(QStringLiteral("text"), text(q.text));
    o.insert(QStringLiteral("type"), str(toString(q.type)));
    putObjects(o, "options", q.options, text);
    if (q.theme != 0)
        o.insert(QStringLiteral("theme"), num(q.theme));
    return o;
}

}  // namespace

QByteArray saveScenario(const Scenario &s, const QByteArray &written)
{
    Value root = Value::makeObject();
    root.insert(QStringLiteral("format"), str(QStringLiteral("crossdrill-scenario/1")));
    root.insert(QStringLiteral("meta"), metaJson(s.meta));
    putObjects(root, "rooms", s.rooms, roomJson);
    putObjects(root, "personas", s.personas, personaJson);
    if (!s.graph.nodes.empty() || !s.graph.edges.empty()) {
        Value g = Value::makeObject();
        putObjects(g, "nodes", s.graph.nodes, nodeJson);
        putObjects(g, "edges", s.graph.edges, edgeJson);
        root.insert(QStringLiteral("graph"), std::move(g));
    }
    if (Value t = truthJson(s.truth); !t.object.empty())
        root.insert(QStringLiteral("truth"), std::move(t));
    putObjects(root, "injects", s.injects, injectValue);
    putObjects(root, "sites", s.sites, siteJson);
    putObjects(root, "responses", s.responses, responseJson);
    if (Value c = channelsJson(s.channels); !c.object.empty())
        root.insert(QStringLiteral("channels"), std::move(c));
    putObjects(root, "expected_flows", s.expectedFlows, flowJson);
    putObjects(root, "survey", s.survey, questionJson);
    if (!written.isEmpty())
        if (const std::optional<Value> original = json::parse(written))
            keepWrittenKeys(root, *original);
    return json::writePretty(root);
}

QJsonObject injectToJson(const Inject &inject)
{
    return json::toQJson(injectValue(inject)).toObject();
}

bool saveScenarioFile(const Scenario &s, const QString &path, QString *error, const QByteArray &written)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = saveScenario(s, written);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace cd::scenario
