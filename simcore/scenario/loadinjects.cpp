// JSON -> Scenario for the injects: conditions, expected actions, pages.
#include "scenario/loadparts.h"

namespace cd::scenario::detail {

namespace {

const QStringList kChannelNames{QStringLiteral("mail"), QStringLiteral("phone"), QStringLiteral("web")};
const QStringList kExpectedActionNames{
    QStringLiteral("report"), QStringLiteral("advisory"),   QStringLiteral("query"),  QStringLiteral("call"),
    QStringLiteral("post"),   QStringLiteral("hypothesis"), QStringLiteral("request")};

constexpr int kMaxConditionDepth = 32;

Condition readCondition(Reader &r, const json::Value &v, const QString &path, int depth)
{
    Condition c;
    ObjectReader in(r, v, path,
                    {"node", "q_ge", "breach", "fired", "plus", "met", "missed", "response", "all", "any", "not"});
    if (!in.ok())
        return c;
    if (depth > kMaxConditionDepth) {
        r.error(v, path, QStringLiteral("conditions nested deeper than %1 levels").arg(kMaxConditionDepth));
        return c;
    }
    struct KindKey
    {
        const char *key;
        Condition::Kind kind;
    };
    static constexpr KindKey kinds[] = {
        {"node", Condition::Kind::NodeQ}, {"breach", Condition::Kind::Breach}, {"fired", Condition::Kind::Fired},
        {"met", Condition::Kind::Met},    {"missed", Condition::Kind::Missed}, {"response", Condition::Kind::Response},
        {"all", Condition::Kind::All},    {"any", Condition::Kind::Any},       {"not", Condition::Kind::Not}};
    const KindKey *found = nullptr;
    for (const KindKey &k : kinds) {
        if (!in.has(k.key))
            continue;
        if (found) {
            r.error(*in.get(k.key), in.path(k.key),
                    QStringLiteral("a condition has one kind: '%1' and '%2' both given; combine them with \"all\"")
                        .arg(QLatin1String(found->key), QLatin1String(k.key)));
            r.markBad(path);
            return c;
        }
        found = &k;
    }
    if (!found) {
        if (!r.isBad(path))  // an unknown key (e.g. a misspelt kind) is already reported
            r.error(v, path,
                    QStringLiteral("a condition needs one of node (with q_ge), breach, fired, met, missed, response, "
                                   "all, any, not"));
        r.markBad(path);
        return c;
    }
    c.kind = found->kind;
    if (in.has("q_ge") && c.kind != Condition::Kind::NodeQ)
        r.error(*in.get("q_ge"), in.path("q_ge"), QStringLiteral("'q_ge' only goes with 'node'"));
    if (in.has("plus") && c.kind != Condition::Kind::Fired)
        r.error(*in.get("plus"), in.path("plus"), QStringLiteral("'plus' only goes with 'fired'"));
    switch (c.kind) {
    case Condition::Kind::NodeQ:
        c.ref = in.string("node").value_or(QString());
        c.qGe = in.number("q_ge", true).value_or(0);
        break;
    case Condition::Kind::Fired:
        c.ref = in.string("fired").value_or(QString());
        c.plusMin = in.offset("plus").value_or(0);
        break;
    case Condition::Kind::All:
    case Condition::Kind::Any:
        c.children = readList<Condition>(r, in.get(found->key), in.path(found->key),
                                         [depth](Reader &rr, const json::Value &cv, const QString &cp) {
                                             return readCondition(rr, cv, cp, depth + 1);
                                         });
        break;
    case Condition::Kind::Not:
        c.children.push_back(readCondition(r, *in.get("not"), in.path("not"), depth + 1));
        break;
    default:
        c.ref = in.string(found->key).value_or(QString());
    }
    return c;
}

Expected readExpected(Reader &r, const json::Value &v, const QString &path)
{
    Expected e;
    ObjectReader in(r, v, path, {"id", "room", "action", "to", "within_min", "theme"});
    e.id = in.string("id", true).value_or(QString());
    e.room = in.string("room", true).value_or(QString());
    if (const auto action = in.oneOf("action", kExpectedActionNames, QStringLiteral("expected action"), true))
        e.action = actionFrom(*action).value_or(Action::Report);
    e.to = in.nonEmpty("to").value_or(QString());
    e.withinMin = in.integer("within_min", true).value_or(1);
    e.theme = in.integer("theme").value_or(1);
    return e;
}

}  // namespace

Page readPage(Reader &r, const json::Value &v, const QString &path, bool inSite)
{
    Page p;
    ObjectReader in(r, v, path, {"site", "path", "title", "body"});
    p.site = in.string("site", !inSite).value_or(QString());
    p.path = in.string("path", true).value_or(QString());
    p.title = in.text("title").value_or(Text());
    p.body = in.text("body").value_or(Text());
    return p;
}

Inject readInject(Reader &r, const json::Value &v, const QString &path)
{
    Inject i;
    ObjectReader in(r, v, path,
                    {"id", "at", "when", "delay", "contingency", "channel", "from", "to", "cc", "subject", "body",
                     "script", "page", "attachments", "expected", "control_notes"});
    i.id = in.string("id", true).value_or(QString());
    i.atMin = in.offset("at");
    if (const json::Value *when = in.get("when"))
        i.when = readCondition(r, *when, in.path("when"), 0);
    i.delayMin = in.offset("delay").value_or(0);
    if (in.has("delay") && !in.has("when"))
        r.error(*in.get("delay"), in.path("delay"), QStringLiteral("'delay' only goes with 'when'"));
    i.contingency = in.boolean("contingency").value_or(false);
    if (const auto channel = in.oneOf("channel", kChannelNames, QStringLiteral("channel"), true))
        i.channel = channelFrom(*channel).value_or(Channel::Mail);
    i.from = in.string("from", true).value_or(QString());
    i.to = in.stringList("to").value_or(QStringList());
    i.cc = in.stringList("cc").value_or(QStringList());
    i.subject = in.text("subject").value_or(Text());
    i.body = in.text("body").value_or(Text());
    i.script = in.text("script").value_or(Text());
    if (const json::Value *page = in.get("page"))
        i.page = readPage(r, *page, in.path("page"), false);
    i.attachments = in.stringList("attachments").value_or(QStringList());
    i.expected = readList<Expected>(r, in.get("expected"), in.path("expected"), readExpected);
    i.controlNotes = in.text("control_notes").value_or(Text());
    return i;
}

}  // namespace cd::scenario::detail
