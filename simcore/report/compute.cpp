// The report's figures from the event log: one pass over the events for the MSEL, traffic,
// expectations, diagnosis and channels (metrics.cpp holds the information-flow analysis), then
// the model re-runs (as run, and the what-ifs).
#include "exercise/vocab.h"
#include "report/internal.h"
#include "report/modelrun.h"
#include "report/report.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <set>

namespace cd::report {

QString textOf(const QJsonValue &v, const QString &lang)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString want = o.value(lang).toString();
        return want.isEmpty()
                   ? o.value(lang == QLatin1String("ja") ? QLatin1String("en") : QLatin1String("ja")).toString()
                   : want;
    }
    return v.toString();
}

QStringList listOf(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString roomName(const scenario::Scenario &s, const QString &party, const QString &lang)
{
    if (const scenario::Room *r = s.room(party))
        return r->name.get(lang).isEmpty() ? r->id : r->name.get(lang);
    if (party.startsWith(QLatin1String("persona:")))
        if (const scenario::Persona *p = s.persona(party.mid(8)))
            return p->name.get(lang).isEmpty() ? party : p->name.get(lang);
    return party;
}

QString nodeName(const scenario::Scenario &s, const QString &node, const QString &lang)
{
    if (const scenario::Node *n = s.node(node))
        return n->name.get(lang).isEmpty() ? n->id : n->name.get(lang);
    return node;
}

namespace {

bool step(const Progress &progress, int percent, const char *what)
{
    return !progress || progress(percent, QString::fromLatin1(what));
}

void timelineAndInjects(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    const QString &lang = r->lang;
    std::map<QString, size_t> injectRow;
    for (const scenario::Inject &i : s.injects) {
        injectRow[i.id] = r->injects.size();
        r->injects.push_back({i.id, scenario::toString(i.channel), {}, {}, {}, false, false});
    }
    using exercise::Kind;
    static const std::set<Kind> followers{Kind::CallRinging, Kind::CallBusy,      Kind::CallFailed,  Kind::CallOpening,
                                          Kind::MailSent,    Kind::MailDelivered, Kind::MailDelayed, Kind::PagePosted};
    QString current;  // the inject whose consequences are being recorded
    std::map<QString, QString> callInject;
    const auto setOnce = [](std::optional<int> &slot, int minute) {
        if (!slot)
            slot = minute;
    };
    for (const store::Event &e : events) {
        const QJsonObject &p = e.payload;
        const Kind k = exercise::kindOf(e);
        if (!followers.count(k) && k != Kind::InjectFired)
            current.clear();
        if (k == Kind::InjectFired) {
            current = p.value(QLatin1String("inject")).toString();
            const auto it = injectRow.find(current);
            if (it == injectRow.end())
                continue;
            InjectRow &row = r->injects[it->second];
            row.firedMin = e.minute;
            row.manual = p.value(QLatin1String("manual")).toBool();
            const scenario::Inject *inj = s.inject(current);
            QString what = inj->subject.get(lang);
            if (inj->page)
                what = inj->page->title.get(lang);
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("inject"), inj->from,
                                   (inj->to + inj->cc).join(QStringLiteral(", ")),
                                   current + QStringLiteral(": ") + what});
        } else if (k == Kind::InjectSkipped) {
            if (const auto it = injectRow.find(p.value(QLatin1String("inject")).toString()); it != injectRow.end())
                r->injects[it->second].skipped = true;
        } else if (k == Kind::MailSent) {
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("mail"), p.value(QLatin1String("from")).toString(),
                                   (listOf(p.value(QLatin1String("to"))) + listOf(p.value(QLatin1String("cc"))))
                                       .join(QStringLiteral(", ")),
                                   QStringLiteral("[%1] %2").arg(p.value(QLatin1String("kind")).toString(),
                                                                 textOf(p.value(QLatin1String("subject")), lang))});
        } else if (k == Kind::MailDelivered) {
            if (const auto it = injectRow.find(p.value(QLatin1String("mail")).toString()); it != injectRow.end())
                setOnce(r->injects[it->second].deliveredMin, e.minute);
        } else if (k == Kind::MailRead) {
            if (const auto it = injectRow.find(p.value(QLatin1String("mail")).toString()); it != injectRow.end())
                setOnce(r->injects[it->second].acknowledgedMin, e.minute);
        } else if (k == Kind::CallRinging || k == Kind::CallBusy || k == Kind::CallFailed) {
            const QString call = p.value(QLatin1String("call")).toString();
            if (!current.isEmpty())
                if (const auto it = injectRow.find(current); it != injectRow.end()) {
                    callInject[call] = current;
                    if (k == Kind::CallRinging)
                        setOnce(r->injects[it->second].deliveredMin, e.minute);
                }
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("call"), p.value(QLatin1String("from")).toString(),
                                   p.value(QLatin1String("to")).toString(),
                                   QStringLiteral("%1 [%2]").arg(exercise::callStatusName(*exercise::callStatusOf(k)),
                                                                 p.value(QLatin1String("kind")).toString())});
        } else if (k == Kind::CallAnswered || k == Kind::CallMissed || k == Kind::CallDeclined) {
            const QString call = p.value(QLatin1String("call")).toString();
            if (k == Kind::CallAnswered)
                if (const auto it = callInject.find(call); it != callInject.end())
                    setOnce(r->injects[injectRow[it->second]].acknowledgedMin, e.minute);
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("call"), p.value(QLatin1String("from")).toString(),
                                   p.value(QLatin1String("to")).toString(),
                                   exercise::callStatusName(*exercise::callStatusOf(k))});
        } else if (k == Kind::CallSay) {
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("say"), p.value(QLatin1String("from")).toString(),
                                   p.value(QLatin1String("to")).toString(),
                                   QStringLiteral("[%1] %2").arg(p.value(QLatin1String("kind")).toString(),
                                                                 textOf(p.value(QLatin1String("text")), lang))});
        } else if (k == Kind::PagePosted) {
            if (!current.isEmpty())
                if (const auto it = injectRow.find(current); it != injectRow.end())
                    setOnce(r->injects[it->second].deliveredMin, e.minute);
            r->timeline.push_back(
                {e.minute, e.seq, QStringLiteral("post"), p.value(QLatin1String("by")).toString(),
                 p.value(QLatin1String("site")).toString() + p.value(QLatin1String("path")).toString(),
                 textOf(p.value(QLatin1String("title")), lang)});
        } else if (k == Kind::HypothesisSubmitted) {
            r->timeline.push_back({e.minute,
                                   e.seq,
                                   QStringLiteral("hypothesis"),
                                   e.actor,
                                   {},
                                   textOf(p.value(QLatin1String("text")), lang)});
        } else if (k == Kind::HypothesisJudged) {
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("judged"), QStringLiteral("control"),
                                   p.value(QLatin1String("room")).toString(),
                                   p.value(QLatin1String("verdict")).toString()});
        } else if (const auto status = exercise::requestStatusOf(k)) {
            r->timeline.push_back({e.minute,
                                   e.seq,
                                   QStringLiteral("response"),
                                   p.value(QLatin1String("room")).toString(),
                                   {},
                                   QStringLiteral("%1 %2").arg(p.value(QLatin1String("response")).toString(),
                                                               exercise::requestStatusName(*status))});
        } else if (k == Kind::Observation) {
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("observation"), QStringLiteral("control"),
                                   p.value(QLatin1String("objective")).toString(),
                                   QStringLiteral("%1: %2").arg(p.value(QLatin1String("rating")).toString(),
                                                                textOf(p.value(QLatin1String("text")), lang))});
        } else if (k == Kind::ModelBreach) {
            r->timeline.push_back({e.minute, e.seq, QStringLiteral("breach"), QStringLiteral("system"),
                                   p.value(QLatin1String("node")).toString(), QString()});
        }
    }
}

void expectations(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    std::map<QString, const store::Event *> last;  // expected id -> its last judgement
    std::map<QString, const store::Event *> flowEvent;
    std::map<qint64, const store::Event *> bySeq;
    for (const store::Event &e : events) {
        if (kindOf(e) == Kind::ExpectedMet || kindOf(e) == Kind::ExpectedMissed)
            last[e.payload.value(QLatin1String("expected")).toString()] = &e;
        else if (kindOf(e) == Kind::FlowMet || kindOf(e) == Kind::FlowMissed)
            flowEvent[e.payload.value(QLatin1String("flow")).toString()] = &e;
        else if (kindOf(e) == Kind::MailSent || kindOf(e) == Kind::CallSay)
            bySeq[e.seq] = &e;
    }
    std::map<QString, int> fired;
    for (const InjectRow &i : r->injects)
        if (i.firedMin)
            fired[i.id] = *i.firedMin;
    for (const scenario::Inject &inj : s.injects)
        for (const scenario::Expected &x : inj.expected) {
            ExpectedRow row{
                x.id, inj.id, x.room, scenario::toString(x.action), x.to, x.theme, QStringLiteral("pending"),
                {},   {},     false};
            if (const auto it = last.find(x.id); it != last.end()) {
                const store::Event &e = *it->second;
                row.status = exercise::verdictWord(exercise::kindOf(e));
                row.atMin = e.minute;
                row.manual = e.payload.value(QLatin1String("manual")).toBool();
                if (row.status == QLatin1String("met") && fired.count(inj.id))
                    row.latencyMin = e.minute - fired[inj.id];
            }
            r->expected.push_back(row);
        }
    for (const scenario::ExpectedFlow &f : s.expectedFlows) {
        FlowRow row{f.id,
                    f.from.isEmpty() ? QStringLiteral("role:") + f.fromRole : f.from,
                    f.to.isEmpty() ? QStringLiteral("role:") + f.toRole : f.to,
                    scenario::toString(f.kind),
                    f.theme,
                    QStringLiteral("pending"),
                    {},
                    {},
                    {},
                    0,
                    {}};
        if (f.after == QLatin1String("first-impact")) {
            if (r->firstImpactMin >= 0)
                row.openedMin = r->firstImpactMin;
        } else if (fired.count(f.after)) {
            row.openedMin = fired[f.after];
        }
        if (const auto it = flowEvent.find(f.id); it != flowEvent.end()) {
            const store::Event &e = *it->second;
            row.status = exercise::verdictWord(exercise::kindOf(e));
            row.atMin = e.minute;
            if (row.status == QLatin1String("met")) {
                if (row.openedMin)
                    row.latencyMin = e.minute - *row.openedMin;
                row.messageSeq = e.payload.value(QLatin1String("act")).toInteger();
                if (const auto m = bySeq.find(row.messageSeq); m != bySeq.end())
                    row.message =
                        m->second->payload
                            .value(exercise::kindOf(*m->second) == exercise::Kind::MailSent ? QLatin1String("mail")
                                                                                            : QLatin1String("call"))
                            .toString();
            }
        }
        r->flows.push_back(row);
    }
}

void playAndSurvey(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    const QString &lang = r->lang;
    std::map<QString, size_t> diag;
    for (const scenario::Room &room : s.rooms)
        if (room.role != scenario::Role::Observer) {
            diag[room.id] = r->diagnosis.size();
            r->diagnosis.push_back({room.id, {}, {}});
        }
    std::map<QString, std::map<QString, QJsonValue>> answers;  // question -> room -> answer (the last)
    for (const store::Event &e : events) {
        const QJsonObject &p = e.payload;
        if (kindOf(e) == Kind::HypothesisSubmitted) {
            const auto it = diag.find(p.value(QLatin1String("room")).toString());
            if (it != diag.end())
                r->diagnosis[it->second].hypotheses.push_back({p.value(QLatin1String("hypothesis")).toString(),
                                                               e.minute,
                                                               textOf(p.value(QLatin1String("text")), lang),
                                                               {},
                                                               {}});
        } else if (kindOf(e) == Kind::HypothesisJudged) {
            const auto it = diag.find(p.value(QLatin1String("room")).toString());
            if (it == diag.end())
                continue;
            for (Hypothesis &h : r->diagnosis[it->second].hypotheses)
                if (h.id == p.value(QLatin1String("hypothesis")).toString()) {
                    h.verdict = p.value(QLatin1String("verdict")).toString();
                    h.judgedMin = e.minute;
                }
        } else if (kindOf(e) == Kind::Observation) {
            Observation o{e.minute, p.value(QLatin1String("objective")).toString(), 0,
                          p.value(QLatin1String("rating")).toString(), textOf(p.value(QLatin1String("text")), lang)};
            for (const scenario::Objective &obj : s.meta.objectives)
                if (obj.id == o.objective)
                    o.theme = obj.theme;
            r->observations.push_back(o);
        } else if (kindOf(e) == Kind::SurveyAnswered) {
            const QJsonObject a = p.value(QLatin1String("answers")).toObject();
            for (auto it = a.begin(); it != a.end(); ++it)
                answers[it.key()][e.actor] = it.value();
        }
    }
    for (Diagnosis &d : r->diagnosis)
        for (const Hypothesis &h : d.hypotheses)
            if (h.verdict == QLatin1String("correct") && (!d.correctAtMin || h.atMin < *d.correctAtMin))
                d.correctAtMin = h.atMin;

    std::map<QString, RatingCount> obj;
    std::map<int, RatingCount> theme;
    for (const scenario::Objective &o : s.meta.objectives)
        obj[o.id].key = o.id;
    for (int t = 1; t <= 5; ++t)
        theme[t].key = QString::number(t);
    for (const Observation &o : r->observations) {
        if (!o.objective.isEmpty())
            obj[o.objective].counts[o.rating]++;
        if (o.theme > 0)
            theme[o.theme].counts[o.rating]++;
    }
    for (const scenario::Objective &o : s.meta.objectives)
        r->byObjective.push_back(obj[o.id]);
    for (auto &[t, c] : theme)
        r->byTheme.push_back(c);

    for (const scenario::SurveyQuestion &q : s.survey) {
        SurveyResult res{q.id, scenario::toString(q.type), 0, 0, {}, {}};
        if (q.type == scenario::QuestionType::Scale5)
            res.distribution.assign(5, 0);
        else if (q.type == scenario::QuestionType::Choice)
            res.distribution.assign(q.options.size(), 0);
        double sum = 0;
        for (const auto &[room, v] : answers[q.id]) {
            ++res.answers;
            if (q.type == scenario::QuestionType::Scale5) {
                sum += v.toInt();
                res.distribution[size_t(std::clamp(v.toInt(), 1, 5) - 1)]++;
            } else if (q.type == scenario::QuestionType::Choice) {
                int index = v.isDouble() ? v.toInt() : -1;
                for (size_t i = 0; i < q.options.size() && index < 0; ++i)
                    if (q.options[i].get(QStringLiteral("ja")) == v.toString() ||
                        q.options[i].get(QStringLiteral("en")) == v.toString())
                        index = int(i);
                if (index >= 0 && size_t(index) < res.distribution.size())
                    res.distribution[size_t(index)]++;
            } else {
                res.texts << QStringLiteral("%1: %2").arg(room, v.toString());
            }
        }
        if (q.type == scenario::QuestionType::Scale5 && res.answers > 0)
            res.mean = sum / res.answers;
        r->survey.push_back(res);
    }
}

}  // namespace

bool compute(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r, QString *error,
             const Progress &progress)
{
    r->scenario = s;
    r->eventCount = int(events.size());
    r->endMin = 0;
    for (const store::Event &e : events)
        r->endMin = std::max(r->endMin, e.minute);
    int first = INT_MAX;
    for (const scenario::Shock &k : s.truth.shocks)
        first = std::min(first, k.fromMin);
    r->firstImpactMin = first == INT_MAX ? -1 : first;

    if (!step(progress, 0, "timeline"))
        return false;
    timelineAndInjects(s, events, r);
    expectations(s, events, r);
    markNotApplicable(s, events, r);
    if (!step(progress, 15, "information flow"))
        return false;
    informationFlow(s, events, r);
    channelsOf(s, events, r);
    playAndSurvey(s, events, r);

    if (!step(progress, 30, "model"))
        return false;
    const std::vector<ModelChange> changes = modelChanges(s, events);
    const auto asRun = runModel(s, changes, r->endMin, error);
    if (!asRun)
        return false;
    r->qMinutes = asRun->minutes;
    r->q = asRun->q;
    r->integral = asRun->integral;
    for (const auto &b : asRun->breaches)
        r->breaches.push_back({b.node, b.startMin, b.atMin});
    outagesOf(s, r);

    std::map<QString, bool> applied;
    for (const store::Event &e : events)
        if (kindOf(e) == Kind::ResponseApplied)
            applied[e.payload.value(QLatin1String("request")).toString()] = true;
    int done = 0;
    for (const ModelChange &c : changes) {
        ++done;
        if (!c.effect)
            continue;
        const int pct = 40 + 55 * done / int(changes.size());
        if (!step(progress, pct, "what-if"))
            return false;
        Mitigation m{c.request, c.response, c.room, c.madeMin, c.effectiveMin, applied[c.request], {}, {}};
        const auto without = runModel(s, changes, r->endMin, error, c.seq, 0, 0, false);
        const auto earlier = runModel(s, changes, r->endMin, error, 0, c.seq, 30, false);
        if (!without || !earlier)
            return false;
        for (const auto &[node, value] : r->integral) {
            m.avoided[node] = without->integral.at(node) - value;
            m.earlier[node] = value - earlier->integral.at(node);
        }
        r->mitigations.push_back(m);
    }
    r->plan = seedPlan(*r);
    return step(progress, 100, "done");
}

}  // namespace cd::report
