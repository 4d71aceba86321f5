// What the report says, in AAR/IP order: overview, analysis per objective and theme (with the
// figures behind it), strengths and areas for improvement, the improvement plan, participants,
// and the timeline.
#include "report/doc.h"

#include "report/documents.h"
#include "report/strings.h"

#include <algorithm>

namespace cd::report {

namespace {

class Builder
{
public:
    explicit Builder(const Report &r) : m_r(r), m_lang(r.lang) {}
    std::vector<Block> blocks;

    QString t(const char *key) const { return tr(m_lang, key); }
    QString t(const QByteArray &key) const { return tr(m_lang, key.constData()); }
    QString time(const std::optional<int> &m) const { return m ? timeText(m_r, *m) : QStringLiteral("-"); }
    QString num(const std::optional<int> &m) const { return m ? QString::number(*m) : QStringLiteral("-"); }
    QString room(const QString &id) const { return roomName(m_r.scenario, id, m_lang); }
    QString status(const QString &s) const { return t(QByteArray("status." + s.toLatin1())); }
    QString w(const QString &value) const { return word(m_lang, value); }
    QString party(const QString &id) const { return id.startsWith(QLatin1String("role:")) ? w(id.mid(5)) : room(id); }
    QString hours(double v) const { return QString::number(v, 'f', 3); }
    QString hoursMap(const NodeHours &h) const
    {
        QStringList parts;
        for (const auto &[node, v] : h)
            if (std::abs(v) >= 5e-4)
                parts << QStringLiteral("%1 %2").arg(nodeName(m_r.scenario, node, m_lang), hours(v));
        return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
    }

    void h(Block::Kind k, const QString &text) { blocks.push_back({k, text, {}, {}}); }
    void p(const QString &text) { blocks.push_back({Block::Kind::Paragraph, text, {}, {}}); }
    void list(const QStringList &items) { blocks.push_back({Block::Kind::List, {}, items, {}}); }
    void table(const QStringList &header, std::vector<QStringList> rows)
    {
        blocks.push_back({Block::Kind::Table, {}, header, std::move(rows)});
    }
    void chart(const QString &name) { blocks.push_back({Block::Kind::Chart, name, {}, {}}); }

    void overview();
    void analysis();
    void strengths();
    void plan();
    void participants();
    void timeline();

private:
    const Report &m_r;
    QString m_lang;
};

void Builder::overview()
{
    const scenario::Meta &m = m_r.scenario.meta;
    h(Block::Kind::H1, t("title") + QStringLiteral(": ") + m.title.get(m_lang));
    if (!m_r.integrityWarning.isEmpty())
        p(m_r.integrityWarning);
    h(Block::Kind::H2, t("overview"));
    table({t("col.name"), t("col.what")},
          {{t("meta.title"), m.title.get(m_lang)},
           {t("meta.kind"), w(scenario::toString(m.kind))},
           {t("meta.start"), m.start},
           {t("meta.duration"), scenario::formatOffset(m.durationMin)},
           {t("meta.events"), QString::number(m_r.eventCount)},
           {t("meta.first_impact"), m_r.firstImpactMin >= 0 ? timeText(m_r, m_r.firstImpactMin) : t("none")},
           {t("meta.root_cause"), m_r.scenario.truth.rootCause.get(m_lang)}});
    if (!m.summary.isEmpty())
        p(m.summary.get(m_lang));
}

void Builder::analysis()
{
    h(Block::Kind::H2, t("analysis"));
    // Per objective and per theme: ratings, then the figures each theme rests on.
    std::vector<QStringList> rows;
    for (const scenario::Objective &o : m_r.scenario.meta.objectives) {
        QStringList row{o.id, o.text.get(m_lang), t(QStringLiteral("theme.%1").arg(o.theme).toLatin1().constData())};
        for (const RatingCount &c : m_r.byObjective)
            if (c.key == o.id)
                for (const char *k : {"P", "S", "M", "U"})
                    row << QString::number(c.counts.count(QString::fromLatin1(k)) ? c.counts.at(QString::fromLatin1(k))
                                                                                  : 0);
        rows.push_back(row);
    }
    h(Block::Kind::H3, t("ratings"));
    table({t("col.objective"), t("col.text"), t("col.theme"), QStringLiteral("P"), QStringLiteral("S"),
           QStringLiteral("M"), QStringLiteral("U")},
          rows);
    rows.clear();
    for (const RatingCount &c : m_r.byTheme) {
        QStringList row{t(QByteArray("theme." + c.key.toLatin1()))};
        for (const char *k : {"P", "S", "M", "U"})
            row << QString::number(c.counts.count(QString::fromLatin1(k)) ? c.counts.at(QString::fromLatin1(k)) : 0);
        rows.push_back(row);
    }
    table({t("col.theme"), QStringLiteral("P"), QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("U")}, rows);
    if (!m_r.observations.empty()) {
        h(Block::Kind::H3, t("observations"));
        rows.clear();
        for (const Observation &o : m_r.observations)
            rows.push_back({timeText(m_r, o.minute), o.objective, o.rating, o.text});
        table({t("col.time"), t("col.objective"), t("col.rating"), t("col.text")}, rows);
    }

    h(Block::Kind::H3, t("injects"));
    rows.clear();
    for (const InjectRow &i : m_r.injects)
        rows.push_back({i.id, w(i.channel), i.skipped ? w(QStringLiteral("skipped")) : time(i.firedMin),
                        time(i.deliveredMin), time(i.acknowledgedMin)});
    table({t("col.id"), t("col.channel"), t("col.fired"), t("col.delivered"), t("col.ack")}, rows);

    h(Block::Kind::H3, t("expected"));
    rows.clear();
    for (const ExpectedRow &x : m_r.expected)
        rows.push_back({x.id, x.inject, room(x.room),
                        w(x.action) + (x.to.isEmpty() ? QString() : QStringLiteral(" → ") + room(x.to)),
                        t(QByteArray("theme." + QByteArray::number(x.theme))), status(x.status), time(x.atMin),
                        num(x.latencyMin)});
    table({t("col.id"), t("injects"), t("col.room"), t("col.action"), t("col.theme"), t("col.status"), t("col.at"),
           t("col.latency")},
          rows);

    h(Block::Kind::H3, t("flows"));
    rows.clear();
    for (const FlowRow &f : m_r.flows)
        rows.push_back({f.id, party(f.from), party(f.to), w(f.kind), status(f.status), time(f.atMin), num(f.latencyMin),
                        f.message});
    table({t("col.id"), t("col.from"), t("col.to"), t("col.kind"), t("col.status"), t("col.at"), t("col.latency"),
           QStringLiteral("msg")},
          rows);

    h(Block::Kind::H3, t("matrix"));
    chart(QStringLiteral("matrix"));
    rows.clear();
    for (const FlowCell &c : m_r.matrix)
        rows.push_back({room(c.from), c.to.startsWith(QLatin1String("site:")) ? c.to : room(c.to), w(c.channel),
                        w(c.kind), QString::number(c.count)});
    table({t("col.from"), t("col.to"), t("col.channel"), t("col.kind"), t("col.count")}, rows);

    h(Block::Kind::H3, t("reach"));
    rows.clear();
    for (const Reach &x : m_r.reach)
        rows.push_back({room(x.room), w(x.kind), time(x.atMin), x.atMin ? num(x.afterImpactMin) : t("never")});
    table({t("col.room"), t("col.kind"), t("col.at"), t("col.after")}, rows);

    h(Block::Kind::H3, t("knowledge"));
    rows.clear();
    for (const Knowledge &k : m_r.knowledge)
        rows.push_back(
            {room(k.room), k.knewAtMin ? time(k.knewAtMin) : t("never"),
             k.via == QLatin1String("hypothesis") ? t("hypothesis") : (k.via.isEmpty() ? QString() : room(k.via))});
    table({t("col.room"), t("col.at"), t("col.via")}, rows);
    if (!m_r.noAdvisory.isEmpty()) {
        QStringList names;
        for (const QString &id : m_r.noAdvisory)
            names << room(id);
        p(t("no_advisory") + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
    }

    h(Block::Kind::H3, t("diagnosis"));
    rows.clear();
    for (const Diagnosis &d : m_r.diagnosis) {
        QStringList hyps;
        for (const Hypothesis &x : d.hypotheses)
            hyps << QStringLiteral("%1 %2 (%3)")
                        .arg(timeText(m_r, x.atMin), x.text, x.verdict.isEmpty() ? QStringLiteral("-") : x.verdict);
        rows.push_back(
            {room(d.room), hyps.join(QStringLiteral("; ")), d.correctAtMin ? time(d.correctAtMin) : t("never")});
    }
    table({t("col.room"), t("col.hypotheses"), t("col.correct")}, rows);

    h(Block::Kind::H3, t("channels"));
    rows.clear();
    for (const RoomChannels &c : m_r.channels)
        rows.push_back({room(c.room), QString::number(c.busy), QString::number(c.missed), QString::number(c.failed),
                        QString::number(c.declinedBy), QString::number(c.declinedTo), QString::number(c.unread)});
    table({t("col.room"), t("col.busy"), t("col.missed"), t("col.failed"), t("col.declinedBy"), t("col.declinedTo"),
           t("col.unread")},
          rows);
    if (!m_r.outages.empty()) {
        rows.clear();
        for (const ChannelOutage &o : m_r.outages)
            rows.push_back(
                {o.channel, nodeName(m_r.scenario, o.node, m_lang), timeText(m_r, o.fromMin), timeText(m_r, o.toMin)});
        h(Block::Kind::H3, t("outages"));
        table({t("col.channel"), t("col.node"), t("col.start"), t("col.until")}, rows);
    }

    h(Block::Kind::H3, t("model"));
    chart(QStringLiteral("qchart"));
    rows.clear();
    for (const BreachRow &b : m_r.breaches)
        rows.push_back({nodeName(m_r.scenario, b.node, m_lang), timeText(m_r, b.startMin), timeText(m_r, b.atMin)});
    h(Block::Kind::H3, t("breaches"));
    if (rows.empty())
        p(t("none"));
    else
        table({t("col.node"), t("col.start"), t("col.breach")}, rows);
    h(Block::Kind::H3, t("integral"));
    rows.clear();
    for (const scenario::Node &n : m_r.scenario.graph.nodes)
        rows.push_back(
            {nodeName(m_r.scenario, n.id, m_lang), hours(m_r.integral.count(n.id) ? m_r.integral.at(n.id) : 0)});
    table({t("col.node"), t("col.nodehours")}, rows);
    h(Block::Kind::H3, t("mitigations"));
    rows.clear();
    for (const Mitigation &m : m_r.mitigations) {
        const scenario::Response *resp = m_r.scenario.response(m.response);
        rows.push_back({resp ? resp->name.get(m_lang) : m.response, room(m.room), timeText(m_r, m.effectiveMin),
                        hoursMap(m.avoided), hoursMap(m.earlier)});
    }
    if (rows.empty())
        p(t("none"));
    else
        table({t("col.response"), t("col.room"), t("col.effective"), t("col.avoided"), t("col.earlier")}, rows);

    if (!m_r.survey.empty()) {
        h(Block::Kind::H3, t("survey"));
        rows.clear();
        for (const SurveyResult &s : m_r.survey) {
            QString question = s.id;
            for (const scenario::SurveyQuestion &q : m_r.scenario.survey)
                if (q.id == s.id)
                    question = q.text.get(m_lang);
            QString result;
            if (s.type == QLatin1String("scale5")) {
                QStringList d;
                for (int c : s.distribution)
                    d << QString::number(c);
                result = QStringLiteral("%1 %2 [%3]")
                             .arg(t("mean"), QString::number(s.mean, 'f', 2), d.join(QLatin1Char('/')));
            } else if (s.type == QLatin1String("choice")) {
                QStringList d;
                for (const scenario::SurveyQuestion &q : m_r.scenario.survey)
                    if (q.id == s.id)
                        for (size_t i = 0; i < q.options.size() && i < s.distribution.size(); ++i)
                            d << QStringLiteral("%1: %2").arg(q.options[i].get(m_lang)).arg(s.distribution[i]);
                result = d.join(QStringLiteral(", "));
            } else {
                result = s.texts.join(QStringLiteral(" / "));
            }
            rows.push_back({question, QString::number(s.answers), result});
        }
        table({t("col.question"), t("col.answers"), t("col.result")}, rows);
    }
}

void Builder::strengths()
{
    h(Block::Kind::H2, t("strengths"));
    int met = 0;
    std::vector<int> latencies;
    for (const ExpectedRow &x : m_r.expected)
        if (x.status == QLatin1String("met")) {
            ++met;
            if (x.latencyMin)
                latencies.push_back(*x.latencyMin);
        }
    std::sort(latencies.begin(), latencies.end());
    const QString median = latencies.empty() ? QStringLiteral("-") : QString::number(latencies[latencies.size() / 2]);
    int flowsMet = 0;
    for (const FlowRow &f : m_r.flows)
        flowsMet += f.status == QLatin1String("met");
    int diagnosed = 0;
    std::optional<int> firstCorrect;
    for (const Diagnosis &d : m_r.diagnosis)
        if (d.correctAtMin) {
            ++diagnosed;
            firstCorrect = firstCorrect ? std::min(*firstCorrect, *d.correctAtMin) : *d.correctAtMin;
        }
    QStringList good{t("strength.expected").arg(met).arg(m_r.expected.size()).arg(median),
                     t("strength.flows").arg(flowsMet).arg(m_r.flows.size())};
    if (diagnosed)
        good << t("strength.diagnosis").arg(diagnosed).arg(timeText(m_r, *firstCorrect));
    list(good);
    QStringList improve;
    for (const ExpectedRow &x : m_r.expected)
        if (x.status == QLatin1String("missed"))
            improve << t("improve.expected").arg(x.id, room(x.room) + QStringLiteral(": ") + w(x.action), x.inject);
    for (const FlowRow &f : m_r.flows)
        if (f.status == QLatin1String("missed"))
            improve << t("improve.flow").arg(f.id, w(f.kind), party(f.from), party(f.to));
    for (const BreachRow &b : m_r.breaches)
        improve << t("improve.breach").arg(nodeName(m_r.scenario, b.node, m_lang), timeText(m_r, b.atMin));
    QStringList never;
    for (const Knowledge &k : m_r.knowledge)
        if (!k.knewAtMin)
            never << room(k.room);
    if (!never.isEmpty())
        improve << t("improve.knowledge").arg(never.join(QStringLiteral(", ")));
    if (!improve.isEmpty())
        list(improve);
}

void Builder::plan()
{
    h(Block::Kind::H2, t("plan"));
    std::vector<QStringList> rows;
    for (const PlanItem &p : m_r.plan)
        rows.push_back({p.issue, p.correctiveAction, p.capability, p.organisation, p.contact, p.start, p.completion});
    table({t("col.issue"), t("col.corrective"), t("col.capability"), t("col.org"), t("col.poc"), t("col.start"),
           t("col.completion")},
          rows);
}

void Builder::participants()
{
    h(Block::Kind::H2, t("participants"));
    std::vector<QStringList> rows;
    for (const scenario::Room &r : m_r.scenario.rooms)
        rows.push_back({r.id, r.name.get(m_lang), w(scenario::toString(r.role)),
                        r.sector.isEmpty() ? r.sectors.join(QStringLiteral(", ")) : r.sector});
    table({t("col.id"), t("col.name"), t("col.role"), t("col.node")}, rows);
}

void Builder::timeline()
{
    h(Block::Kind::H2, t("timeline"));
    std::vector<QStringList> rows;
    for (const TimelineRow &x : m_r.timeline)
        rows.push_back({timeText(m_r, x.minute), x.kind, room(x.from), x.to, x.what});
    table({t("col.time"), t("col.kind"), t("col.from"), t("col.to"), t("col.what")}, rows);
}

}  // namespace

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

std::vector<Block> buildDocument(const Report &r)
{
    Builder b(r);
    b.overview();
    b.analysis();
    b.strengths();
    b.plan();
    b.participants();
    b.timeline();
    b.p(tr(r.lang, "generated"));
    return b.blocks;
}

}  // namespace cd::report
