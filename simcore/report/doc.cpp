// What the report says, in the order readers of an HSEEP after-action report expect: an
// executive summary on the first page, the exercise overview, the analysis of objectives and
// capabilities (docanalysis.cpp), strengths and areas for improvement, participant feedback, and
// the appendices (A improvement plan, B participants, C timeline, D timelines per room).
#include "report/docbuilder.h"

#include <QLocale>

#include <algorithm>

namespace cd::report {

Builder::Builder(const Report &r) : m_r(r), m_lang(r.lang) {}

QString Builder::who(const QString &id) const
{
    if (id == QLatin1String("control") || id == QLatin1String("system"))
        return t(id.toLatin1());
    if (id.startsWith(QLatin1String("role:")))
        return w(id.mid(5));
    if (m_r.scenario.node(id))
        return node(id);
    const QString siteId = id.startsWith(QLatin1String("site:")) ? id.mid(5) : id.section(QLatin1Char('/'), 0, 0);
    if (const scenario::Site *s = m_r.scenario.site(siteId)) {
        const QString name = s->name.get(m_lang).isEmpty() ? s->id : s->name.get(m_lang);
        const QString path = id.startsWith(QLatin1String("site:")) ? QString() : id.mid(siteId.size());
        return name + path;
    }
    return room(id);
}

QString Builder::whoList(const QString &ids) const
{
    QStringList names;
    for (const QString &id : ids.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        names << who(id);
    return names.join(m_lang == QLatin1String("ja") ? QStringLiteral("、") : QStringLiteral(", "));
}

QString Builder::units(double v) const
{
    return QLocale(m_lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English)
        .toString(v, 'f', std::abs(v) < 10 ? 2 : 0);
}

QString Builder::hoursMap(const NodeHours &h) const
{
    QStringList parts;
    for (const auto &[id, v] : h)
        if (std::abs(v) >= 5e-4)
            parts << QStringLiteral("%1 %2").arg(node(id), hours(v));
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
}

QString Builder::what(const TimelineRow &row) const
{
    QString text = row.what;
    // "[kind] text" of mail and words said: the kind in the report's language.
    if ((row.kind == QLatin1String("mail") || row.kind == QLatin1String("say")) && text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 0)
            return QStringLiteral("[%1]%2").arg(w(text.mid(1, close - 1)), text.mid(close + 1));
    }
    if (row.kind == QLatin1String("call")) {  // "ringing [report]", "answered"
        const QString state = text.section(QLatin1Char(' '), 0, 0);
        QString rest = text.section(QLatin1Char(' '), 1);
        if (rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(']')))
            rest = QStringLiteral(" [%1]").arg(w(rest.mid(1, rest.size() - 2)));
        return t(QByteArray("callstatus." + state.toLatin1())) + rest;
    }
    if (row.kind == QLatin1String("judged"))
        return t(QByteArray("verdict." + text.toLatin1()));
    if (row.kind == QLatin1String("response")) {  // "R-fuel approved"
        const scenario::Response *resp = m_r.scenario.response(text.section(QLatin1Char(' '), 0, 0));
        const QString state = text.section(QLatin1Char(' '), 1);
        return QStringLiteral("%1: %2").arg(resp ? resp->name.get(m_lang) : text.section(QLatin1Char(' '), 0, 0),
                                            t(QByteArray("requeststatus." + state.toLatin1())));
    }
    if (row.kind == QLatin1String("breach"))
        return t("breach.level");
    return text;
}

void Builder::h(Block::Kind k, const QString &text)
{
    blocks.push_back({k, text, {}, {}});
    m_lastHeading = text;
}

void Builder::table(const QStringList &header, std::vector<QStringList> rows, const QString &caption)
{
    blocks.push_back(
        {Block::Kind::Caption, t("table.n").arg(++m_tables).arg(caption.isEmpty() ? m_lastHeading : caption), {}, {}});
    if (rows.empty()) {
        p(t("none"));
        return;
    }
    blocks.push_back({Block::Kind::Table, {}, header, std::move(rows)});
}

void Builder::chart(const QString &name, const QString &caption)
{
    blocks.push_back({Block::Kind::Chart, name, {t("figure.n").arg(++m_figures).arg(caption)}, {}});
}

bool Builder::causeHidden() const
{
    if (m_r.scenario.meta.kind != scenario::ExerciseKind::Tabletop)
        return true;
    for (const Diagnosis &d : m_r.diagnosis)
        if (!d.hypotheses.empty())
            return true;
    return false;
}

std::pair<int, int> Builder::expectedMet() const
{
    int applicable = 0;
    int met = 0;
    for (const ExpectedRow &x : m_r.expected) {
        applicable += x.status != QLatin1String("na");
        met += x.status == QLatin1String("met");
    }
    return {met, applicable};
}

QStringList Builder::strengths() const
{
    std::vector<int> latencies;
    for (const ExpectedRow &x : m_r.expected)
        if (x.status == QLatin1String("met") && x.latencyMin)
            latencies.push_back(*x.latencyMin);
    std::sort(latencies.begin(), latencies.end());
    const QString median = latencies.empty() ? QStringLiteral("-") : QString::number(latencies[latencies.size() / 2]);
    int flowsMet = 0;
    for (const FlowRow &f : m_r.flows)
        flowsMet += f.status == QLatin1String("met");
    const auto [met, applicable] = expectedMet();
    QStringList good{t("strength.expected").arg(met).arg(applicable).arg(median),
                     t("strength.flows").arg(flowsMet).arg(m_r.flows.size())};
    if (const int na = int(m_r.expected.size()) - applicable; na > 0)
        good.front() += QLatin1Char(' ') + t("strength.na").arg(na);
    int diagnosed = 0;
    std::optional<int> firstCorrect;
    for (const Diagnosis &d : m_r.diagnosis)
        if (d.correctAtMin) {
            ++diagnosed;
            firstCorrect = firstCorrect ? std::min(*firstCorrect, *d.correctAtMin) : *d.correctAtMin;
        }
    if (diagnosed && causeHidden())
        good << t("strength.diagnosis").arg(diagnosed).arg(timeText(m_r, *firstCorrect));
    return good;
}

QStringList Builder::improvements() const
{
    QStringList out;
    for (const BreachRow &b : m_r.breaches)
        out << t("improve.breach").arg(node(b.node), timeText(m_r, b.atMin));
    QStringList never;
    if (causeHidden())
        for (const Knowledge &k : m_r.knowledge)
            if (!k.knewAtMin)
                never << room(k.room);
    if (!never.isEmpty())
        out << t("improve.knowledge").arg(never.join(QStringLiteral(", ")));
    for (const FlowRow &f : m_r.flows)
        if (f.status == QLatin1String("missed"))
            out << t("improve.flow").arg(f.id, w(f.kind), party(f.from), party(f.to));
    for (const ExpectedRow &x : m_r.expected)
        if (x.status == QLatin1String("missed"))
            out << t("improve.expected").arg(x.id, room(x.room) + QStringLiteral(": ") + w(x.action), x.inject);
    return out;
}

void Builder::summary()
{
    const scenario::Meta &m = m_r.scenario.meta;
    h(Block::Kind::H1, t("title") + QStringLiteral(": ") + m.title.get(m_lang));
    if (!m_r.integrityWarning.isEmpty())
        p(m_r.integrityWarning);
    h(Block::Kind::H2, t("summary"));
    int fired = 0;
    for (const InjectRow &i : m_r.injects)
        fired += i.firedMin.has_value();
    h(Block::Kind::H3, t("summary.happened"));
    if (!m.summary.isEmpty())
        p(m.summary.get(m_lang));
    p(t("summary.figures")
          .arg(w(scenario::toString(m.kind)), scenario::formatOffset(m_r.endMin))
          .arg(fired)
          .arg(m_r.injects.size())
          .arg(m_r.firstImpactMin >= 0 ? timeText(m_r, m_r.firstImpactMin) : t("none"))
          .arg(m_r.breaches.size()));
    h(Block::Kind::H3, t("summary.well"));
    list(strengths());
    h(Block::Kind::H3, t("summary.improve"));
    const QStringList improve = improvements();
    if (improve.isEmpty())
        p(t("none"));
    else
        list(improve.mid(0, 3));
}

void Builder::overview()
{
    const scenario::Meta &m = m_r.scenario.meta;
    h(Block::Kind::H2, t("overview"));
    std::vector<QStringList> rows{
        {t("meta.title"), m.title.get(m_lang)},
        {t("meta.kind"), w(scenario::toString(m.kind))},
        {t("meta.start"), m.start},
        {t("meta.duration"), scenario::formatOffset(m.durationMin)},
        {t("meta.events"), QString::number(m_r.eventCount)},
        {t("meta.first_impact"), m_r.firstImpactMin >= 0 ? timeText(m_r, m_r.firstImpactMin) : t("none")}};
    if (!m_r.scenario.truth.rootCause.isEmpty())
        rows.push_back(
            {causeHidden() ? t("meta.root_cause") : t("meta.cause"), m_r.scenario.truth.rootCause.get(m_lang)});
    table({t("col.name"), t("col.what")}, rows, t("overview.table"));
}

void Builder::strengthsSection()
{
    h(Block::Kind::H2, t("strengths"));
    h(Block::Kind::H3, t("strengths.list"));
    list(strengths());
    h(Block::Kind::H3, t("improve.list"));
    const QStringList improve = improvements();
    if (improve.isEmpty())
        p(t("none"));
    else
        list(improve);
}

void Builder::plan()
{
    h(Block::Kind::H2, t("plan"));
    std::vector<QStringList> rows;
    for (const PlanItem &p : m_r.plan)
        rows.push_back(
            {p.issue, p.correctiveAction, p.capability, p.organisation, p.contact, p.start, p.completion,
             t(QByteArray("plan.status." + (p.status.isEmpty() ? QByteArray("open") : p.status.toLatin1())))});
    table({t("col.issue"), t("col.corrective"), t("col.capability"), t("col.org"), t("col.poc"), t("col.start"),
           t("col.completion"), t("col.status")},
          rows);
}

void Builder::participants()
{
    h(Block::Kind::H2, t("participants"));
    std::vector<QStringList> rows;
    for (const scenario::Room &r : m_r.scenario.rooms) {
        QStringList sectors;
        for (const QString &id : r.sector.isEmpty() ? r.sectors : QStringList{r.sector})
            sectors << node(id);
        rows.push_back({r.id, r.name.get(m_lang), w(scenario::toString(r.role)), sectors.join(QStringLiteral(", "))});
    }
    table({t("col.id"), t("col.name"), t("col.role"), t("col.node")}, rows);
}

void Builder::timeline()
{
    h(Block::Kind::H2, t("timeline"));
    std::vector<QStringList> rows;
    for (const TimelineRow &x : m_r.timeline)
        rows.push_back({timeText(m_r, x.minute), w(x.kind), who(x.from), whoList(x.to), what(x)});
    table({t("col.time"), t("col.kind"), t("col.from"), t("col.to"), t("col.what")}, rows);
}

void Builder::roomTimelines()
{
    h(Block::Kind::H2, t("room_timelines"));
    for (const scenario::Room &room : m_r.scenario.rooms) {
        std::vector<QStringList> rows;
        for (const TimelineRow &x : m_r.timeline) {
            const bool sent = x.from == room.id;
            const bool got = x.to.split(QStringLiteral(", ")).contains(room.id);
            if (sent || got)
                rows.push_back({timeText(m_r, x.minute), sent ? t("dir.sent") : t("dir.received"), w(x.kind),
                                sent ? whoList(x.to) : who(x.from), what(x)});
        }
        h(Block::Kind::H3, room.name.get(m_lang).isEmpty() ? room.id : room.name.get(m_lang));
        table({t("col.time"), t("col.direction"), t("col.kind"), t("col.party"), t("col.what")}, rows);
    }
}

QString timeText(const Report &r, int minute)
{
    const QString offset = scenario::formatOffset(minute);
    const QStringList hm = r.scenario.meta.start.split(QLatin1Char(':'));
    if (hm.size() != 2)
        return offset;
    const int clock = hm[0].toInt() * 60 + hm[1].toInt() + minute;
    return QStringLiteral("%1 (%2:%3)")
        .arg(offset)
        .arg((clock / 60) % 24, 2, 10, QLatin1Char('0'))
        .arg(clock % 60, 2, 10, QLatin1Char('0'));
}

QString partyName(const Report &r, const QString &id)
{
    return Builder(r).who(id);
}

QString partyNames(const Report &r, const QString &ids)
{
    return Builder(r).whoList(ids);
}

QString timelineWhat(const Report &r, const TimelineRow &row)
{
    return Builder(r).what(row);
}

std::vector<Block> buildDocument(const Report &r)
{
    Builder b(r);
    b.summary();
    b.blocks.push_back({Block::Kind::PageBreak, {}, {}, {}});  // the executive summary has page 1 to itself
    b.overview();
    b.analysis();
    b.strengthsSection();
    b.feedback();
    b.plan();
    b.participants();
    b.timeline();
    b.roomTimelines();
    b.p(tr(r.lang, "generated"));
    return b.blocks;
}

}  // namespace cd::report
