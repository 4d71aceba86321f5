// Section 2 of the report, the analysis of objectives and capabilities with the figures behind
// it, and section 4, participant feedback (docbuilder.h).
#include "report/docbuilder.h"

#include <algorithm>

namespace cd::report {

namespace {

/// The HSEEP rating an objective gets from its observations: the one given most often, the
/// worse on a tie; empty when none was given.
QString overallRating(const std::map<QString, int> &counts)
{
    QString best;
    int most = 0;
    for (const char *k : {"P", "S", "M", "U"}) {
        const auto it = counts.find(QString::fromLatin1(k));
        if (it != counts.end() && it->second > 0 && it->second >= most) {
            most = it->second;
            best = QString::fromLatin1(k);
        }
    }
    return best;
}

}  // namespace

void Builder::analysis()
{
    h(Block::Kind::H2, t("analysis"));
    objectives();
    injectsAndActions();
    informationSharing();
    if (causeHidden())
        causeDiscovery();
    model();
}

void Builder::objectives()
{
    const auto ratingCells = [this](const std::map<QString, int> *counts) {
        const QString overall = counts ? overallRating(*counts) : QString();
        if (overall.isEmpty())
            return QStringList{t("not_rated"), QString()};
        QStringList given;
        for (const char *k : {"P", "S", "M", "U"})
            if (const auto it = counts->find(QString::fromLatin1(k)); it != counts->end() && it->second > 0)
                given << QStringLiteral("%1 %2").arg(QString::fromLatin1(k)).arg(it->second);
        return QStringList{overall + QStringLiteral(": ") + t(QByteArray("rating.") + overall.toLatin1()),
                           given.join(QStringLiteral(", "))};
    };
    h(Block::Kind::H3, t("ratings"));
    std::vector<QStringList> rows;
    for (const scenario::Objective &o : m_r.scenario.meta.objectives) {
        const std::map<QString, int> *counts = nullptr;
        for (const RatingCount &c : m_r.byObjective)
            if (c.key == o.id)
                counts = &c.counts;
        rows.push_back(QStringList{o.id, o.text.get(m_lang), theme(o.theme)} + ratingCells(counts));
    }
    table({t("col.objective"), t("col.text"), t("col.theme"), t("col.rating"), t("col.observed")}, rows);
    rows.clear();
    for (int th = 1; th <= 5; ++th) {
        const std::map<QString, int> *counts = nullptr;
        for (const RatingCount &c : m_r.byTheme)
            if (c.key == QString::number(th))
                counts = &c.counts;
        rows.push_back(QStringList{theme(th)} + ratingCells(counts));
    }
    table({t("col.theme"), t("col.rating"), t("col.observed")}, rows, t("ratings.themes"));
    if (!m_r.observations.empty()) {
        h(Block::Kind::H3, t("observations"));
        rows.clear();
        for (const Observation &o : m_r.observations)
            rows.push_back({timeText(m_r, o.minute), o.objective, o.rating, o.text});
        table({t("col.time"), t("col.objective"), t("col.rating"), t("col.text")}, rows);
    }
}

void Builder::injectsAndActions()
{
    h(Block::Kind::H3, t("injects"));
    std::vector<QStringList> rows;
    for (const InjectRow &i : m_r.injects)
        rows.push_back({i.id, w(i.channel), i.skipped ? w(QStringLiteral("skipped")) : time(i.firedMin),
                        time(i.deliveredMin), time(i.acknowledgedMin)});
    table({t("col.id"), t("col.channel"), t("col.fired"), t("col.delivered"), t("col.ack")}, rows);

    h(Block::Kind::H3, t("expected"));
    rows.clear();
    for (const ExpectedRow &x : m_r.expected)
        rows.push_back({x.id, x.inject, room(x.room),
                        w(x.action) + (x.to.isEmpty() ? QString() : QStringLiteral(" → ") + who(x.to)), theme(x.theme),
                        status(x.status), time(x.atMin), num(x.latencyMin)});
    table({t("col.id"), t("injects"), t("col.room"), t("col.action"), t("col.theme"), t("col.status"), t("col.at"),
           t("col.latency")},
          rows);

    h(Block::Kind::H3, t("flows"));
    rows.clear();
    for (const FlowRow &f : m_r.flows)
        rows.push_back({f.id, party(f.from), party(f.to), w(f.kind), status(f.status), time(f.atMin), num(f.latencyMin),
                        f.message});
    table({t("col.id"), t("col.from"), t("col.to"), t("col.kind"), t("col.status"), t("col.at"), t("col.latency"),
           t("col.message")},
          rows);
}

void Builder::informationSharing()
{
    h(Block::Kind::H3, t("matrix"));
    chart(QStringLiteral("matrix"), t("matrix"));
    std::vector<QStringList> rows;
    for (const FlowCell &c : m_r.matrix)
        rows.push_back({room(c.from), who(c.to), w(c.channel), w(c.kind), QString::number(c.count)});
    table({t("col.from"), t("col.to"), t("col.channel"), t("col.kind"), t("col.count")}, rows);

    h(Block::Kind::H3, t("reach"));
    rows.clear();
    for (const Reach &x : m_r.reach)
        rows.push_back({room(x.room), w(x.kind), time(x.atMin), x.atMin ? num(x.afterImpactMin) : t("never")});
    table({t("col.room"), t("col.kind"), t("col.at"), t("col.after")}, rows);
    if (!m_r.noAdvisory.isEmpty()) {
        QStringList names;
        for (const QString &id : m_r.noAdvisory)
            names << room(id);
        p(t("no_advisory") + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
    }

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
            rows.push_back({w(o.channel), node(o.node), timeText(m_r, o.fromMin), timeText(m_r, o.toMin)});
        h(Block::Kind::H3, t("outages"));
        table({t("col.channel"), t("col.node"), t("col.start"), t("col.until")}, rows);
    }
}

void Builder::causeDiscovery()
{
    h(Block::Kind::H3, t("knowledge"));
    std::vector<QStringList> rows;
    for (const Knowledge &k : m_r.knowledge)
        rows.push_back(
            {room(k.room), k.knewAtMin ? time(k.knewAtMin) : t("never"),
             k.via == QLatin1String("hypothesis") ? t("hypothesis") : (k.via.isEmpty() ? QString() : room(k.via))});
    table({t("col.room"), t("col.at"), t("col.via")}, rows);

    h(Block::Kind::H3, t("diagnosis"));
    rows.clear();
    for (const Diagnosis &d : m_r.diagnosis) {
        QStringList hyps;
        for (const Hypothesis &x : d.hypotheses)
            hyps << QStringLiteral("%1 %2 (%3)")
                        .arg(timeText(m_r, x.atMin), x.text,
                             x.verdict.isEmpty() ? t("verdict.none")
                                                 : t(QByteArray("verdict." + x.verdict.toLatin1())));
        rows.push_back(
            {room(d.room), hyps.join(QStringLiteral("; ")), d.correctAtMin ? time(d.correctAtMin) : t("never")});
    }
    table({t("col.room"), t("col.hypotheses"), t("col.correct")}, rows);
}

void Builder::model()
{
    h(Block::Kind::H3, t("model"));
    chart(QStringLiteral("qchart"), t("q_chart"));
    std::vector<QStringList> rows;
    for (const BreachRow &b : m_r.breaches)
        rows.push_back({node(b.node), timeText(m_r, b.startMin), timeText(m_r, b.atMin)});
    h(Block::Kind::H3, t("breaches"));
    table({t("col.node"), t("col.start"), t("col.breach")}, rows);

    h(Block::Kind::H3, t("integral"));
    rows.clear();
    for (const scenario::Node &n : m_r.scenario.graph.nodes) {
        const double v = m_r.integral.count(n.id) ? m_r.integral.at(n.id) : 0;
        rows.push_back({node(n.id), hours(v),
                        n.unit.isEmpty() ? QString() : t("unit_hours").arg(units(v * n.served), unit(n.unit)),
                        n.level ? t("level.text").arg(units(n.level->minUnits), unit(n.unit)).arg(n.level->minMinutes)
                                : QString()});
    }
    table({t("col.node"), t("col.nodehours"), t("col.unithours"), t("col.level")}, rows);
    for (const scenario::Node &n : m_r.scenario.graph.nodes) {
        const auto q = m_r.q.find(n.id);
        if (q == m_r.q.end() || n.served <= 0 ||
            std::none_of(q->second.begin(), q->second.end(), [](double v) { return v > 0; }))
            continue;  // a sector never impacted has a flat chart: the table says it
        chart(QStringLiteral("impact:") + n.id, t("impact_chart").arg(node(n.id), unit(n.unit)));
    }

    h(Block::Kind::H3, t("mitigations"));
    rows.clear();
    for (const Mitigation &m : m_r.mitigations) {
        const scenario::Response *resp = m_r.scenario.response(m.response);
        rows.push_back({resp ? resp->name.get(m_lang) : m.response, room(m.room), timeText(m_r, m.effectiveMin),
                        hoursMap(m.avoided), hoursMap(m.earlier)});
    }
    table({t("col.response"), t("col.room"), t("col.effective"), t("col.avoided"), t("col.earlier")}, rows);
}

void Builder::feedback()
{
    h(Block::Kind::H2, t("feedback"));
    if (m_r.survey.empty()) {
        p(t("feedback.none"));
        return;
    }
    std::vector<QStringList> rows;
    for (const SurveyResult &s : m_r.survey) {
        const scenario::SurveyQuestion *question = nullptr;
        for (const scenario::SurveyQuestion &q : m_r.scenario.survey)
            if (q.id == s.id)
                question = &q;
        const QString text = question ? question->text.get(m_lang) : s.id;
        QString result;
        if (s.type == QLatin1String("scale5")) {
            QStringList d;
            for (int c : s.distribution)
                d << QString::number(c);
            result =
                QStringLiteral("%1 %2 [%3]").arg(t("mean"), QString::number(s.mean, 'f', 2), d.join(QLatin1Char('/')));
        } else if (s.type == QLatin1String("choice") && question) {
            QStringList d;
            for (size_t i = 0; i < question->options.size() && i < s.distribution.size(); ++i)
                d << QStringLiteral("%1: %2").arg(question->options[i].get(m_lang)).arg(s.distribution[i]);
            result = d.join(QStringLiteral(", "));
        } else {
            result = s.texts.join(QStringLiteral(" / "));
        }
        rows.push_back({s.id, text, QString::number(s.answers), result});
    }
    table({t("col.id"), t("col.question"), t("col.answers"), t("col.result")}, rows, t("survey"));
    for (const SurveyResult &s : m_r.survey)
        if (s.type != QLatin1String("text") && s.answers > 0)
            chart(QStringLiteral("survey:") + s.id, t("survey_chart").arg(s.id));
}

}  // namespace cd::report
