// Semantic checks of the injects (the MSEL): timing, senders, recipients, pages, conditions.
#include "scenario/json.h"
#include "scenario/reader.h"
#include "scenario/validator.h"

#include <QHash>

namespace cd::scenario::detail {

namespace {
const QString kControl = QStringLiteral("control");
const QString kPersonaPrefix = QStringLiteral("persona:");
}  // namespace

void Validator::checkInjects()
{
    const QString list = QStringLiteral("injects");
    QHash<QString, QString> expectedSeen;  // id -> path of its first use
    for (std::size_t i = 0; i < m_s.injects.size(); ++i) {
        const QString p = itemPath(list, i);
        checkInject(m_s.injects[i], p);
        const auto &expected = m_s.injects[i].expected;
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const QString ep = itemPath(keyPath(p, "expected"), k);
            if (expected[k].id.isEmpty())
                continue;
            if (const auto it = expectedSeen.constFind(expected[k].id); it != expectedSeen.constEnd())
                report(keyPath(ep, "id"),
                       QStringLiteral("duplicate expected id '%1' (first used by %2)").arg(expected[k].id, *it));
            else
                expectedSeen.insert(expected[k].id, ep);
        }
    }
    checkDuplicates(m_injects.list, list, QStringLiteral("inject"));
}

void Validator::checkInject(const Inject &in, const QString &p)
{
    checkId(in.id, keyPath(p, "id"));
    // When it fires.
    if (in.atMin && in.when)
        report(keyPath(p, "when"),
               QStringLiteral("an inject fires either at a time ('at') or on a condition ('when'), "
                              "not both"),
               {keyPath(p, "at")});
    else if (!in.atMin && !in.when && !in.contingency)
        report(keyPath(p, "at"),
               QStringLiteral("an inject needs 'at' (a time) or 'when' (a condition), unless it is "
                              "\"contingency\": true (fired by hand)"),
               {keyPath(p, "when"), keyPath(p, "contingency")});
    if (in.atMin)
        checkTime(*in.atMin, keyPath(p, "at"), QStringLiteral("at"));
    if (in.delayMin < 0)
        report(keyPath(p, "delay"), QStringLiteral("delay must not be negative"));
    else if (in.delayMin > 0 && !in.when)
        report(keyPath(p, "delay"), QStringLiteral("'delay' only goes with 'when'"), {keyPath(p, "when")});
    if (in.when)
        checkCondition(*in.when, keyPath(p, "when"), in);

    if (!m_s.meta.allows(in.channel))
        report(keyPath(p, "channel"), channelNotAllowed(in.channel), {QStringLiteral("meta.channels")});

    // Who sends it.
    const QString fromPath = keyPath(p, "from");
    if (in.from.startsWith(kPersonaPrefix)) {
        checkRef(in.from.mid(kPersonaPrefix.size()), m_personas, QStringLiteral("persona"), fromPath);
    } else if (in.from != kControl) {
        const QString room = in.from.startsWith(QLatin1String("room:")) ? in.from.mid(5) : in.from;
        if (m_rooms.contains(room))
            report(fromPath, QStringLiteral("an inject cannot come from room '%1': rooms speak for themselves during "
                                            "play; use \"control\" or a persona (\"persona:ID\")")
                                 .arg(room));
        else if (m_personas.contains(in.from))
            report(fromPath, QStringLiteral("'from' names a persona as \"persona:%1\"").arg(in.from));
        else
            report(fromPath, QStringLiteral("'from' must be \"control\" or \"persona:ID\", got '%1'").arg(in.from));
    }

    // Who gets it.
    for (qsizetype k = 0; k < in.to.size(); ++k)
        checkRef(in.to[k], m_rooms, QStringLiteral("room"), itemPath(keyPath(p, "to"), k));
    for (qsizetype k = 0; k < in.cc.size(); ++k)
        checkRef(in.cc[k], m_rooms, QStringLiteral("room"), itemPath(keyPath(p, "cc"), k));
    QSet<QString> recipients;
    for (const auto &[list, name] : {std::pair{&in.to, "to"}, std::pair{&in.cc, "cc"}}) {
        for (qsizetype k = 0; k < list->size(); ++k) {
            if (recipients.contains(list->at(k)) && !list->at(k).isEmpty())
                report(itemPath(keyPath(p, name), k),
                       QStringLiteral("room '%1' is already a recipient").arg(list->at(k)));
            recipients.insert(list->at(k));
        }
    }
    if (in.channel == Channel::Phone && in.to.isEmpty())
        report(keyPath(p, "to"), QStringLiteral("a phone inject needs 'to': the room(s) whose phone rings"),
               {keyPath(p, "channel")});
    if (in.channel == Channel::Phone && !in.cc.isEmpty())
        report(keyPath(p, "cc"), QStringLiteral("a phone call has no 'cc'"), {keyPath(p, "channel")});
    if (in.channel == Channel::Mail && in.to.isEmpty() && in.cc.isEmpty())
        report(keyPath(p, "to"), QStringLiteral("a mail inject needs at least one recipient in 'to'"),
               {keyPath(p, "channel")});
    if (in.channel == Channel::Web) {
        if (!in.page)
            report(keyPath(p, "page"), QStringLiteral("a web inject needs 'page': {site, path, title, body}"),
                   {keyPath(p, "channel")});
        else
            checkRef(in.page->site, m_sites, QStringLiteral("site"), keyPath(keyPath(p, "page"), "site"));
        if (in.page && in.page->path.isEmpty())
            report(keyPath(keyPath(p, "page"), "path"), QStringLiteral("empty page path"));
    } else if (in.page) {
        report(keyPath(p, "page"), QStringLiteral("'page' only goes with channel \"web\""), {keyPath(p, "channel")});
    }

    // What the control team expects.
    for (std::size_t k = 0; k < in.expected.size(); ++k) {
        const Expected &e = in.expected[k];
        const QString ep = itemPath(keyPath(p, "expected"), k);
        checkId(e.id, keyPath(ep, "id"));
        checkRef(e.room, m_rooms, QStringLiteral("room"), keyPath(ep, "room"));
        if (!e.to.isEmpty()) {
            if (e.action == Action::Post)
                checkRef(e.to, m_sites, QStringLiteral("site"), keyPath(ep, "to"));
            else
                checkRef(e.to, m_rooms, QStringLiteral("room"), keyPath(ep, "to"));
        }
        if (e.action == Action::Other)
            report(keyPath(ep, "action"), QStringLiteral("'other' is not an expected action"));
        if (e.withinMin < 1)
            report(keyPath(ep, "within_min"), QStringLiteral("within_min must be at least 1, got %1").arg(e.withinMin));
        checkTheme(e.theme, keyPath(ep, "theme"));
    }
}

void Validator::checkCondition(const Condition &c, const QString &p, const Inject &owner)
{
    using K = Condition::Kind;
    switch (c.kind) {
    case K::NodeQ:
        checkRef(c.ref, m_nodes, QStringLiteral("node"), keyPath(p, "node"));
        checkRange(c.qGe, 0, 1, keyPath(p, "q_ge"), QStringLiteral("q_ge"));
        break;
    case K::Breach:
        if (checkRef(c.ref, m_nodes, QStringLiteral("node"), keyPath(p, "breach")) && !m_s.node(c.ref)->level)
            report(keyPath(p, "breach"),
                   QStringLiteral("node '%1' has no verification level ('level') to breach").arg(c.ref));
        break;
    case K::Fired:
        if (checkRef(c.ref, m_injects, QStringLiteral("inject"), keyPath(p, "fired")) && c.ref == owner.id)
            report(keyPath(p, "fired"), QStringLiteral("an inject cannot wait for itself to fire"));
        if (c.plusMin < 0)
            report(keyPath(p, "plus"), QStringLiteral("plus must not be negative"));
        break;
    case K::Met:
        checkRef(c.ref, m_expected, QStringLiteral("expected action"), keyPath(p, "met"));
        break;
    case K::Missed:
        checkRef(c.ref, m_expected, QStringLiteral("expected action"), keyPath(p, "missed"));
        break;
    case K::Response:
        checkRef(c.ref, m_responses, QStringLiteral("response"), keyPath(p, "response"));
        break;
    case K::All:
    case K::Any: {
        const QString list = keyPath(p, c.kind == K::All ? "all" : "any");
        if (c.children.empty())
            report(list, QStringLiteral("an empty condition list"));
        for (std::size_t i = 0; i < c.children.size(); ++i)
            checkCondition(c.children[i], itemPath(list, i), owner);
        break;
    }
    case K::Not:
        if (c.children.size() != 1)
            report(keyPath(p, "not"), QStringLiteral("'not' takes exactly one condition"));
        else
            checkCondition(c.children.front(), keyPath(p, "not"), owner);
        break;
    }
}

}  // namespace cd::scenario::detail
