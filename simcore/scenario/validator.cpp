#include "scenario/validator.h"

#include "scenario/json.h"
#include "scenario/reader.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace cd::scenario::detail {

namespace {

QString num(double v)
{
    return QString::fromUtf8(json::formatNumber(v));
}
QString key(const QString &path, const char *k)
{
    return keyPath(path, QString::fromLatin1(k));
}

template<typename T> QStringList idsOf(const std::vector<T> &list)
{
    QStringList out;
    for (const T &item : list)
        out.append(item.id);
    return out;
}

const QStringList kEdgeKinds{QStringLiteral("power"),   QStringLiteral("communications"), QStringLiteral("data"),
                             QStringLiteral("fuel"),    QStringLiteral("water"),          QStringLiteral("transport"),
                             QStringLiteral("finance"), QStringLiteral("staff"),          QStringLiteral("other")};
const QStringList kSiteKinds{QStringLiteral("news"), QStringLiteral("portal"), QStringLiteral("operator"),
                             QStringLiteral("government")};
const QString kAll = QStringLiteral("all");
const QString kFirstImpact = QStringLiteral("first-impact");

}  // namespace

Validator::Validator(const Scenario &s, const QString &file, Diagnostics &out, SkipFn skip)
    : m_s(s), m_file(file), m_out(out), m_skip(std::move(skip))
{
    m_rooms = idsOf(s.rooms);
    m_personas = idsOf(s.personas);
    m_nodes = idsOf(s.graph.nodes);
    m_injects = idsOf(s.injects);
    m_responses = idsOf(s.responses);
    m_sites = idsOf(s.sites);
    QStringList expected;
    for (const Inject &i : s.injects)
        expected += idsOf(i.expected);
    m_expected = IdSet(expected);
}

void Validator::run()
{
    checkMeta();
    checkRooms();
    checkGraph();
    checkTruth();
    checkInjects();
    checkSites();
    checkResponses();
    checkChannels();
    checkFlows();
    checkSurvey();
    checkDisclosures();
    checkSpoilers();
}

void Validator::report(const QString &path, const QString &message, std::initializer_list<QString> alsoDependsOn)
{
    if (m_skip) {
        if (m_skip(path))
            return;
        for (const QString &p : alsoDependsOn)
            if (m_skip(p))
                return;
    }
    m_out.push_back(Diagnostic{m_file, 0, 0, Diagnostic::Severity::Error, boundText(message), path});
}

void Validator::warn(const QString &path, const QString &message)
{
    if (m_skip && m_skip(path))
        return;
    m_out.push_back(Diagnostic{m_file, 0, 0, Diagnostic::Severity::Warning, message, path});
}

void Validator::checkId(const QString &id, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!pattern.match(id).hasMatch())
        report(path, id.isEmpty() ? QStringLiteral("empty id")
                                  : QStringLiteral("invalid id '%1': ids use only A-Z a-z 0-9 _ . -").arg(id));
}

void Validator::checkDuplicates(const QStringList &ids, const QString &listPath, const QString &what)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids[i].isEmpty())
            continue;
        const auto it = first.constFind(ids[i]);
        if (it == first.constEnd())
            first.insert(ids[i], i);
        else
            report(
                key(itemPath(listPath, i), "id"),
                QStringLiteral("duplicate %1 id '%2' (first used by %3)").arg(what, ids[i], itemPath(listPath, *it)));
    }
}

bool Validator::checkRef(const QString &id, const IdSet &known, const QString &what, const QString &path)
{
    if (known.contains(id))
        return true;
    QString message = id.isEmpty() ? QStringLiteral("empty %1 reference").arg(what)
                                   : QStringLiteral("unknown %1 '%2'").arg(what, echo(id));
    if (const QString guess = didYouMean(id, known.list); !guess.isEmpty() && !id.isEmpty())
        message += QStringLiteral("; did you mean '%1'?").arg(guess);
    else if (known.list.isEmpty())
        message += QStringLiteral(" (there are none)");
    else if (known.list.size() <= 12) {
        QStringList shown;  // a known id may itself be huge: each is echoed, not copied whole
        for (const QString &k : known.list)
            shown << echo(k);
        message += QStringLiteral(" (known: %1)").arg(shown.join(QStringLiteral(", ")));
    }
    report(path, message);
    return false;
}

void Validator::checkRange(double v, double lo, double hi, const QString &path, const QString &what)
{
    if (!(v >= lo && v <= hi))
        report(path, QStringLiteral("%1 must be between %2 and %3, got %4").arg(what, num(lo), num(hi), num(v)));
}

void Validator::checkMin(double v, double lo, const QString &path, const QString &what)
{
    if (!(v >= lo))
        report(path, lo == 0 ? QStringLiteral("%1 must not be negative, got %2").arg(what, num(v))
                             : QStringLiteral("%1 must be at least %2, got %3").arg(what, num(lo), num(v)));
}

void Validator::checkTheme(int theme, const QString &path, bool zeroAllowed)
{
    if ((theme < 1 || theme > 5) && !(zeroAllowed && theme == 0))
        report(path, QStringLiteral("theme must be one of the five verification themes 1-5, got %1").arg(theme));
}

void Validator::checkTime(int minutes, const QString &path, const QString &what)
{
    if (minutes < 0)
        report(path, QStringLiteral("%1 must not be negative").arg(what));
    else if (m_s.meta.durationMin > 0 && minutes > m_s.meta.durationMin)
        report(path,
               QStringLiteral("%1 %2 is after the end of the exercise (duration %3)")
                   .arg(what, formatOffset(minutes), formatOffset(m_s.meta.durationMin)),
               {QStringLiteral("meta.duration")});
}

void Validator::checkRoomOrAll(const QStringList &list, const QString &path)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i] != kAll)
            checkRef(list[i], m_rooms, QStringLiteral("room"), itemPath(path, i));
}

void Validator::checkMeta()
{
    const Meta &m = m_s.meta;
    checkId(m.id, QStringLiteral("meta.id"));
    static const QRegularExpression clock(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    if (!m.start.isEmpty() && !clock.match(m.start).hasMatch())
        report(QStringLiteral("meta.start"),
               QStringLiteral("start must be a clock time \"HH:MM\", got '%1'").arg(m.start));
    if (m.durationMin < 1)
        report(QStringLiteral("meta.duration"), QStringLiteral("duration must be at least one minute"));
    if (m.stepMin < 1)
        report(QStringLiteral("meta.step_min"), QStringLiteral("step_min must be at least 1, got %1").arg(m.stepMin));
    const QString list = QStringLiteral("meta.objectives");
    for (std::size_t i = 0; i < m.objectives.size(); ++i) {
        checkId(m.objectives[i].id, key(itemPath(list, i), "id"));
        checkTheme(m.objectives[i].theme, key(itemPath(list, i), "theme"));
    }
    checkDuplicates(idsOf(m.objectives), list, QStringLiteral("objective"));
    for (std::size_t i = 0; i < m.channels.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (m.channels[j] == m.channels[i])
                report(itemPath(QStringLiteral("meta.channels"), i),
                       QStringLiteral("channel '%1' is listed twice").arg(toString(m.channels[i])));
}

QString Validator::channelNotAllowed(Channel c) const
{
    QStringList allowed;
    for (const Channel a : m_s.meta.channels)
        allowed << toString(a);
    return QStringLiteral("this exercise does not allow the %1 channel (meta.channels: %2)")
        .arg(toString(c), allowed.join(QStringLiteral(", ")));
}

void Validator::checkRooms()
{
    const QString list = QStringLiteral("rooms");
    for (std::size_t i = 0; i < m_s.rooms.size(); ++i) {
        const Room &r = m_s.rooms[i];
        const QString p = itemPath(list, i);
        checkId(r.id, key(p, "id"));
        if (!r.sector.isEmpty())
            checkRef(r.sector, m_nodes, QStringLiteral("node"), key(p, "sector"));
        for (qsizetype k = 0; k < r.sectors.size(); ++k)
            checkRef(r.sectors[k], m_nodes, QStringLiteral("node"), itemPath(key(p, "sectors"), k));
        if (r.phoneLines < 1)
            report(key(p, "phone_lines"), QStringLiteral("phone_lines must be at least 1, got %1").arg(r.phoneLines));
    }
    checkDuplicates(m_rooms.list, list, QStringLiteral("room"));
    const QString plist = QStringLiteral("personas");
    for (std::size_t i = 0; i < m_s.personas.size(); ++i)
        checkId(m_s.personas[i].id, key(itemPath(plist, i), "id"));
    checkDuplicates(m_personas.list, plist, QStringLiteral("persona"));
}

void Validator::checkGraph()
{
    const QString nlist = QStringLiteral("graph.nodes");
    for (std::size_t i = 0; i < m_s.graph.nodes.size(); ++i) {
        const Node &n = m_s.graph.nodes[i];
        const QString p = itemPath(nlist, i);
        checkId(n.id, key(p, "id"));
        if (!(n.ratePerH > 0))
            report(key(p, "rate_per_h"),
                   QStringLiteral("rate_per_h must be positive (or \"inf\"), got %1").arg(num(n.ratePerH)));
        checkMin(n.served, 0, key(p, "served"), QStringLiteral("served"));
        checkRange(n.initial, 0, 1, key(p, "initial"), QStringLiteral("initial"));
        if (n.level) {
            checkMin(n.level->minUnits, 0, key(key(p, "level"), "min_units"), QStringLiteral("min_units"));
            checkMin(n.level->minMinutes, 0, key(key(p, "level"), "min_minutes"), QStringLiteral("min_minutes"));
        }
    }
    checkDuplicates(m_nodes.list, nlist, QStringLiteral("node"));
    const QString elist = QStringLiteral("graph.edges");
    QHash<QString, std::size_t> seen;
    for (std::size_t i = 0; i < m_s.graph.edges.size(); ++i) {
        const Edge &e = m_s.graph.edges[i];
        const QString p = itemPath(elist, i);
        const bool known = checkRef(e.from, m_nodes, QStringLiteral("node"), key(p, "from")) &
                           checkRef(e.to, m_nodes, QStringLiteral("node"), key(p, "to"));
        const QString pair = e.from + QLatin1Char('\n') + e.to;
        if (known && seen.contains(pair))
            report(p, QStringLiteral("duplicate edge %1 -> %2 (first is %3)")
                          .arg(e.from, e.to, itemPath(elist, seen.value(pair))));
        seen.insert(pair, i);
        checkRange(e.weight, 0, 1, key(p, "weight"), QStringLiteral("weight"));
        checkMin(e.autonomyH, 0, key(p, "autonomy_h"), QStringLiteral("autonomy_h"));
        checkMin(e.rechargePerH, 0, key(p, "recharge_per_h"), QStringLiteral("recharge_per_h"));
        if (!kEdgeKinds.contains(e.kind)) {
            QString message = QStringLiteral("unknown edge kind '%1'").arg(e.kind);
            if (const QString guess = didYouMean(e.kind, kEdgeKinds); !guess.isEmpty())
                message += QStringLiteral("; did you mean '%1'?").arg(guess);
            report(key(p, "kind"),
                   message + QStringLiteral(" (one of: %1)").arg(kEdgeKinds.join(QStringLiteral(", "))));
        }
    }
}

void Validator::checkTruth()
{
    const QString list = QStringLiteral("truth.shocks");
    for (std::size_t i = 0; i < m_s.truth.shocks.size(); ++i) {
        const Shock &s = m_s.truth.shocks[i];
        const QString p = itemPath(list, i);
        checkRef(s.node, m_nodes, QStringLiteral("node"), key(p, "node"));
        checkRange(s.c, 0, 1, key(p, "c"), QStringLiteral("c"));
        checkTime(s.fromMin, key(p, "from"), QStringLiteral("shock start"));
        if (s.toMin && *s.toMin < s.fromMin)
            report(key(p, "to"),
                   QStringLiteral("shock ends (%1) before it starts (%2)")
                       .arg(formatOffset(*s.toMin), formatOffset(s.fromMin)),
                   {key(p, "from")});
    }
}

void Validator::checkSites()
{
    const QString list = QStringLiteral("sites");
    for (std::size_t i = 0; i < m_s.sites.size(); ++i) {
        const Site &s = m_s.sites[i];
        const QString p = itemPath(list, i);
        checkId(s.id, key(p, "id"));
        if (!kSiteKinds.contains(s.kind)) {
            QString message = QStringLiteral("unknown site kind '%1'").arg(s.kind);
            if (const QString guess = didYouMean(s.kind, kSiteKinds); !guess.isEmpty())
                message += QStringLiteral("; did you mean '%1'?").arg(guess);
            report(key(p, "kind"),
                   message + QStringLiteral(" (one of: %1)").arg(kSiteKinds.join(QStringLiteral(", "))));
        }
        checkRoomOrAll(s.read, key(p, "read"));
        checkRoomOrAll(s.post, key(p, "post"));
        QStringList paths;
        for (std::size_t k = 0; k < s.pages.size(); ++k) {
            const Page &page = s.pages[k];
            const QString pp = itemPath(key(p, "pages"), k);
            if (page.site != s.id)
                report(key(pp, "site"), QStringLiteral("a page of site '%1' names site '%2'").arg(s.id, page.site));
            if (page.path.isEmpty())
                report(key(pp, "path"), QStringLiteral("empty page path"));
            else if (paths.contains(page.path))
                report(key(pp, "path"), QStringLiteral("duplicate page path '%1' on site '%2'").arg(page.path, s.id));
            paths.append(page.path);
        }
    }
    checkDuplicates(m_sites.list, list, QStringLiteral("site"));
}

void Validator::checkResponses()
{
    const QString list = QStringLiteral("responses");
    for (std::size_t i = 0; i < m_s.responses.size(); ++i) {
        const Response &r = m_s.responses[i];
        const QString p = itemPath(list, i);
        checkId(r.id, key(p, "id"));
        checkRoomOrAll(r.rooms, key(p, "rooms"));
        if (r.leadMin < 0)
            report(key(p, "lead"), QStringLiteral("lead must not be negative"));
        const QString ep = key(p, "effect");
        const Effect &e = r.effect;
        switch (e.kind) {
        case Effect::Kind::AddAutonomy:
        case Effect::Kind::ScaleWeight: {
            const bool add = e.kind == Effect::Kind::AddAutonomy;
            checkMin(e.value, 0, key(ep, add ? "add_autonomy_h" : "scale_weight"),
                     add ? QStringLiteral("add_autonomy_h") : QStringLiteral("scale_weight"));
            const bool known = checkRef(e.edgeFrom, m_nodes, QStringLiteral("node"), itemPath(key(ep, "edge"), 0)) &
                               checkRef(e.edgeTo, m_nodes, QStringLiteral("node"), itemPath(key(ep, "edge"), 1));
            const auto &edges = m_s.graph.edges;
            if (known && std::none_of(edges.begin(), edges.end(),
                                      [&](const Edge &x) { return x.from == e.edgeFrom && x.to == e.edgeTo; }))
                report(key(ep, "edge"), QStringLiteral("no edge %1 -> %2 in the graph").arg(e.edgeFrom, e.edgeTo));
            break;
        }
        case Effect::Kind::SetShock:
            checkRange(e.value, 0, 1, key(ep, "set_shock"), QStringLiteral("set_shock"));
            checkRef(e.node, m_nodes, QStringLiteral("node"), key(ep, "node"));
            break;
        case Effect::Kind::SetRate:
            if (!(e.value > 0))
                report(key(ep, "set_rate_per_h"),
                       QStringLiteral("set_rate_per_h must be positive (or \"inf\"), got %1").arg(num(e.value)));
            checkRef(e.node, m_nodes, QStringLiteral("node"), key(ep, "node"));
            break;
        }
    }
    checkDuplicates(m_responses.list, list, QStringLiteral("response"));
}

void Validator::checkChannels()
{
    const auto check = [this](const std::optional<ChannelRealism> &c, const char *name) {
        if (!c)
            return;
        const QString p = key(QStringLiteral("channels"), name);
        checkRef(c->node, m_nodes, QStringLiteral("node"), key(p, "node"));
        if (c->downAtQ)
            checkRange(*c->downAtQ, 0, 1, key(p, "down_at_q"), QStringLiteral("down_at_q"));
        if (c->delayMinPerQ)
            checkMin(*c->delayMinPerQ, 0, key(p, "delay_min_per_q"), QStringLiteral("delay_min_per_q"));
    };
    check(m_s.channels.phone, "phone");
    check(m_s.channels.mail, "mail");
    check(m_s.channels.web, "web");
}

void Validator::checkFlows()
{
    const QString list = QStringLiteral("expected_flows");
    for (std::size_t i = 0; i < m_s.expectedFlows.size(); ++i) {
        const ExpectedFlow &f = m_s.expectedFlows[i];
        const QString p = itemPath(list, i);
        checkId(f.id, key(p, "id"));
        for (const auto &[role, room, roleKey, roomKey] :
             {std::tuple{f.fromRole, f.from, "from_role", "from"}, std::tuple{f.toRole, f.to, "to_role", "to"}}) {
            if (role.isEmpty() == room.isEmpty())
                report(key(p, roomKey),
                       QStringLiteral("a flow needs exactly one of '%1' and '%2'")
                           .arg(QLatin1String(roleKey), QLatin1String(roomKey)),
                       {key(p, roleKey)});
            else if (!room.isEmpty())
                checkRef(room, m_rooms, QStringLiteral("room"), key(p, roomKey));
            else if (!roleFrom(role))
                report(key(p, roleKey), QStringLiteral("unknown role '%1'").arg(role));
        }
        if (f.kind != Action::Report && f.kind != Action::Advisory && f.kind != Action::Query)
            report(key(p, "kind"), QStringLiteral("a flow's kind is report, advisory or query"));
        if (f.withinMin < 1)
            report(key(p, "within_min"), QStringLiteral("within_min must be at least 1, got %1").arg(f.withinMin));
        if (f.after == kFirstImpact) {
            if (m_s.truth.shocks.empty())
                report(key(p, "after"), QStringLiteral("'first-impact' needs at least one shock in truth.shocks"));
        } else {
            checkRef(f.after, m_injects, QStringLiteral("inject"), key(p, "after"));
        }
        checkTheme(f.theme, key(p, "theme"));
    }
    checkDuplicates(idsOf(m_s.expectedFlows), list, QStringLiteral("flow"));
}

void Validator::checkSurvey()
{
    const QString list = QStringLiteral("survey");
    for (std::size_t i = 0; i < m_s.survey.size(); ++i) {
        const SurveyQuestion &q = m_s.survey[i];
        const QString p = itemPath(list, i);
        checkId(q.id, key(p, "id"));
        if (q.type == QuestionType::Choice && q.options.size() < 2)
            report(key(p, "options"), QStringLiteral("a choice question needs at least two options"));
        if (q.type != QuestionType::Choice && !q.options.empty())
            report(key(p, "options"), QStringLiteral("options only go with type 'choice'"), {key(p, "type")});
        checkTheme(q.theme, key(p, "theme"), true);
    }
    checkDuplicates(idsOf(m_s.survey), list, QStringLiteral("question"));
}

}  // namespace cd::scenario::detail
