#include "report/documents.h"

#include <QJsonArray>

#include <cmath>

namespace cd::report {

namespace {

QJsonValue opt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// Node-hours rounded to 1e-9 so that the JSON is stable across platforms' last bits.
double nh(double v)
{
    return std::round(v * 1e9) / 1e9;
}

QJsonObject hours(const NodeHours &h)
{
    QJsonObject o;
    for (const auto &[node, v] : h)
        o.insert(node, nh(v));
    return o;
}

QJsonObject counts(const std::map<QString, int> &c)
{
    QJsonObject o;
    for (const QString &k : {QStringLiteral("P"), QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("U")})
        o.insert(k, c.count(k) ? c.at(k) : 0);
    return o;
}

}  // namespace

QJsonObject toJson(const Report &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("crossdrill-report/1"));
    root.insert(QStringLiteral("scenario"), r.scenario.meta.id);
    root.insert(QStringLiteral("lang"), r.lang);
    root.insert(QStringLiteral("end_min"), r.endMin);
    root.insert(QStringLiteral("first_impact_min"),
                r.firstImpactMin >= 0 ? QJsonValue(r.firstImpactMin) : QJsonValue());
    root.insert(QStringLiteral("events"), r.eventCount);
    if (!r.integrityWarning.isEmpty())
        root.insert(QStringLiteral("integrity_warning"), r.integrityWarning);

    QJsonArray injects;
    for (const InjectRow &i : r.injects)
        injects << QJsonObject{{QStringLiteral("id"), i.id},
                               {QStringLiteral("channel"), i.channel},
                               {QStringLiteral("fired_at_min"), opt(i.firedMin)},
                               {QStringLiteral("delivered_min"), opt(i.deliveredMin)},
                               {QStringLiteral("acknowledged_min"), opt(i.acknowledgedMin)},
                               {QStringLiteral("manual"), i.manual},
                               {QStringLiteral("skipped"), i.skipped}};
    root.insert(QStringLiteral("injects"), injects);

    QJsonArray timeline;
    for (const TimelineRow &t : r.timeline)
        timeline << QJsonObject{{QStringLiteral("min"), t.minute}, {QStringLiteral("seq"), t.seq},
                                {QStringLiteral("kind"), t.kind},  {QStringLiteral("from"), t.from},
                                {QStringLiteral("to"), t.to},      {QStringLiteral("what"), t.what}};
    root.insert(QStringLiteral("timeline"), timeline);

    QJsonArray expected;
    for (const ExpectedRow &x : r.expected)
        expected << QJsonObject{{QStringLiteral("id"), x.id},
                                {QStringLiteral("inject"), x.inject},
                                {QStringLiteral("room"), x.room},
                                {QStringLiteral("action"), x.action},
                                {QStringLiteral("to"), x.to},
                                {QStringLiteral("theme"), x.theme},
                                {QStringLiteral("status"), x.status},
                                {QStringLiteral("at_min"), opt(x.atMin)},
                                {QStringLiteral("latency_min"), opt(x.latencyMin)},
                                {QStringLiteral("manual"), x.manual}};
    root.insert(QStringLiteral("expected"), expected);

    QJsonArray flows;
    for (const FlowRow &f : r.flows)
        flows << QJsonObject{{QStringLiteral("id"), f.id},
                             {QStringLiteral("from"), f.from},
                             {QStringLiteral("to"), f.to},
                             {QStringLiteral("kind"), f.kind},
                             {QStringLiteral("theme"), f.theme},
                             {QStringLiteral("status"), f.status},
                             {QStringLiteral("opened_min"), opt(f.openedMin)},
                             {QStringLiteral("at_min"), opt(f.atMin)},
                             {QStringLiteral("latency_min"), opt(f.latencyMin)},
                             {QStringLiteral("message"), f.message.isEmpty() ? QJsonValue() : QJsonValue(f.message)},
                             {QStringLiteral("message_seq"), f.messageSeq ? QJsonValue(f.messageSeq) : QJsonValue()}};
    root.insert(QStringLiteral("flows"), flows);

    QJsonArray matrix;
    for (const FlowCell &c : r.matrix)
        matrix << QJsonObject{{QStringLiteral("from"), c.from},
                              {QStringLiteral("to"), c.to},
                              {QStringLiteral("channel"), c.channel},
                              {QStringLiteral("kind"), c.kind},
                              {QStringLiteral("count"), c.count}};
    QJsonArray reach;
    for (const Reach &x : r.reach)
        reach << QJsonObject{{QStringLiteral("room"), x.room},
                             {QStringLiteral("kind"), x.kind},
                             {QStringLiteral("at_min"), opt(x.atMin)},
                             {QStringLiteral("after_impact_min"), opt(x.afterImpactMin)}};
    QJsonArray knowledge;
    QJsonArray never;
    for (const Knowledge &k : r.knowledge) {
        knowledge << QJsonObject{{QStringLiteral("room"), k.room},
                                 {QStringLiteral("knew_at_min"), opt(k.knewAtMin)},
                                 {QStringLiteral("via"), k.via.isEmpty() ? QJsonValue() : QJsonValue(k.via)}};
        if (!k.knewAtMin)
            never << k.room;
    }
    root.insert(QStringLiteral("information_flow"),
                QJsonObject{{QStringLiteral("matrix"), matrix},
                            {QStringLiteral("reach"), reach},
                            {QStringLiteral("cause_knowledge"), knowledge},
                            {QStringLiteral("cause_never_reached"), never},
                            {QStringLiteral("no_advisory"), QJsonArray::fromStringList(r.noAdvisory)}});

    QJsonArray diagnosis;
    for (const Diagnosis &d : r.diagnosis) {
        QJsonArray hyps;
        for (const Hypothesis &h : d.hypotheses)
            hyps << QJsonObject{{QStringLiteral("id"), h.id},
                                {QStringLiteral("at_min"), h.atMin},
                                {QStringLiteral("text"), h.text},
                                {QStringLiteral("verdict"), h.verdict.isEmpty() ? QJsonValue() : QJsonValue(h.verdict)},
                                {QStringLiteral("judged_min"), opt(h.judgedMin)}};
        diagnosis << QJsonObject{{QStringLiteral("room"), d.room},
                                 {QStringLiteral("hypotheses"), hyps},
                                 {QStringLiteral("correct_at_min"), opt(d.correctAtMin)}};
    }
    root.insert(QStringLiteral("diagnosis"), diagnosis);

    QJsonArray channels;
    for (const RoomChannels &c : r.channels)
        channels << QJsonObject{{QStringLiteral("room"), c.room},
                                {QStringLiteral("busy"), c.busy},
                                {QStringLiteral("missed"), c.missed},
                                {QStringLiteral("failed"), c.failed},
                                {QStringLiteral("declined_by"), c.declinedBy},
                                {QStringLiteral("declined_to"), c.declinedTo},
                                {QStringLiteral("unread"), c.unread}};
    QJsonArray outages;
    for (const ChannelOutage &o : r.outages)
        outages << QJsonObject{{QStringLiteral("channel"), o.channel},
                               {QStringLiteral("node"), o.node},
                               {QStringLiteral("from_min"), o.fromMin},
                               {QStringLiteral("to_min"), o.toMin}};
    root.insert(QStringLiteral("channels"),
                QJsonObject{{QStringLiteral("rooms"), channels}, {QStringLiteral("failures"), outages}});

    QJsonObject q;
    for (const auto &[node, values] : r.q) {
        QJsonArray a;
        for (double v : values)
            a << std::round(v * 1e6) / 1e6;
        q.insert(node, a);
    }
    QJsonArray minutes;
    for (int m : r.qMinutes)
        minutes << m;
    root.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("minutes"), minutes}, {QStringLiteral("q"), q}});
    QJsonArray breaches;
    for (const BreachRow &b : r.breaches)
        breaches << QJsonObject{{QStringLiteral("node"), b.node},
                                {QStringLiteral("start_min"), b.startMin},
                                {QStringLiteral("at_min"), b.atMin}};
    root.insert(QStringLiteral("breaches"), breaches);
    root.insert(QStringLiteral("integral"), hours(r.integral));

    QJsonArray mitigations;
    for (const Mitigation &m : r.mitigations)
        mitigations << QJsonObject{{QStringLiteral("request"), m.request},
                                   {QStringLiteral("response"), m.response},
                                   {QStringLiteral("room"), m.room},
                                   {QStringLiteral("approved_min"), m.approvedMin},
                                   {QStringLiteral("effective_min"), m.effectiveMin},
                                   {QStringLiteral("applied"), m.applied},
                                   {QStringLiteral("avoided"), hours(m.avoided)},
                                   {QStringLiteral("avoided_if_30_min_earlier"), hours(m.earlier)}};
    root.insert(QStringLiteral("mitigations"), mitigations);

    QJsonArray observations;
    for (const Observation &o : r.observations)
        observations << QJsonObject{{QStringLiteral("min"), o.minute},
                                    {QStringLiteral("objective"), o.objective},
                                    {QStringLiteral("theme"), o.theme},
                                    {QStringLiteral("rating"), o.rating},
                                    {QStringLiteral("text"), o.text}};
    QJsonObject byObjective;
    for (const RatingCount &c : r.byObjective)
        byObjective.insert(c.key, counts(c.counts));
    QJsonObject byTheme;
    for (const RatingCount &c : r.byTheme)
        byTheme.insert(c.key, counts(c.counts));
    root.insert(QStringLiteral("observations"), QJsonObject{{QStringLiteral("list"), observations},
                                                            {QStringLiteral("by_objective"), byObjective},
                                                            {QStringLiteral("by_theme"), byTheme}});

    QJsonArray survey;
    for (const SurveyResult &s : r.survey) {
        QJsonObject o{
            {QStringLiteral("id"), s.id}, {QStringLiteral("type"), s.type}, {QStringLiteral("answers"), s.answers}};
        if (s.type == QLatin1String("scale5"))
            o.insert(QStringLiteral("mean"), s.answers ? QJsonValue(std::round(s.mean * 1e6) / 1e6) : QJsonValue());
        if (!s.distribution.empty()) {
            QJsonArray d;
            for (int c : s.distribution)
                d << c;
            o.insert(s.type == QLatin1String("choice") ? QStringLiteral("counts") : QStringLiteral("distribution"), d);
        }
        if (s.type == QLatin1String("text"))
            o.insert(QStringLiteral("texts"), QJsonArray::fromStringList(s.texts));
        survey << o;
    }
    root.insert(QStringLiteral("survey"), survey);

    QJsonArray plan;
    for (const PlanItem &p : r.plan)
        plan << QJsonObject{
            {QStringLiteral("issue"), p.issue},           {QStringLiteral("corrective_action"), p.correctiveAction},
            {QStringLiteral("capability"), p.capability}, {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("contact"), p.contact},       {QStringLiteral("start"), p.start},
            {QStringLiteral("completion"), p.completion}, {QStringLiteral("source"), p.source},
            {QStringLiteral("status"), p.status}};
    root.insert(QStringLiteral("improvement_plan"), plan);
    return root;
}

}  // namespace cd::report
