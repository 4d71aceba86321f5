// The two bundled scenarios of the earlier exercise formats (docs/domain.md "Earlier years"):
// the 2006 tabletop on an earthquake and the 2007 mail-only functional exercise on a DDoS
// attack. Each loads with no diagnostics, has the right kind, is bilingual throughout, keeps
// to its format (the tabletop hides nothing; 2007 uses mail only, in the MSEL and in its
// player script), and its player script is valid against the scenario and meets every
// expectation of the scenario's timed injects.
#include "scenario/loader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace cd::scenario;

namespace {

QString scenarioPath(const QString &base)
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/") + base + QStringLiteral(".cxs.json");
}

QString scriptPath(const QString &base)
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/") + base + QStringLiteral(".players.json");
}

QString describe(const Diagnostics &d)
{
    QStringList lines;
    for (const Diagnostic &x : d)
        lines.append(x.format());
    return lines.join('\n');
}

/// Loads a bundled scenario; fails the calling test (returns nullopt) when it does not load.
std::optional<Scenario> load(const QString &base)
{
    LoadResult r = loadScenarioFile(scenarioPath(base));
    if (!r.scenario)
        qWarning("%s", qPrintable(describe(r.diagnostics)));
    return r.scenario;
}

/// The player script as a JSON array; an empty array (and a warning) when it does not parse.
QJsonArray loadScript(const QString &base)
{
    QFile f(scriptPath(base));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(f.fileName()));
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("%s: %s", qPrintable(f.fileName()), qPrintable(err.errorString()));
        return {};
    }
    return doc.array();
}

/// Records `where` unless `t` is empty (an absent optional text) or has both languages.
void checkText(const Text &t, const QString &where, QStringList &bad)
{
    if (t.isEmpty())
        return;
    if (!t.bilingual || t.ja.trimmed().isEmpty() || t.en.trimmed().isEmpty())
        bad.append(where);
}

QStringList notBilingual(const Scenario &s)
{
    QStringList bad;
    checkText(s.meta.title, "meta.title", bad);
    checkText(s.meta.summary, "meta.summary", bad);
    for (const Objective &o : s.meta.objectives)
        checkText(o.text, "objective " + o.id, bad);
    for (const Room &r : s.rooms)
        checkText(r.name, "room " + r.id, bad);
    for (const Persona &p : s.personas)
        checkText(p.name, "persona " + p.id, bad);
    for (const Node &n : s.graph.nodes) {
        checkText(n.name, "node " + n.id, bad);
        checkText(n.notes, "node notes " + n.id, bad);
        if (n.level)
            checkText(n.level->text, "level " + n.id, bad);
    }
    for (const Edge &e : s.graph.edges)
        checkText(e.notes, "edge notes " + e.from + "->" + e.to, bad);
    checkText(s.truth.rootCause, "truth.root_cause", bad);
    checkText(s.truth.narrative, "truth.narrative", bad);
    for (const Inject &i : s.injects) {
        checkText(i.subject, "subject " + i.id, bad);
        checkText(i.body, "body " + i.id, bad);
        checkText(i.script, "script " + i.id, bad);
        checkText(i.controlNotes, "control_notes " + i.id, bad);
        if (i.page) {
            checkText(i.page->title, "page title " + i.id, bad);
            checkText(i.page->body, "page body " + i.id, bad);
        }
        if (i.channel == Channel::Mail && (i.subject.isEmpty() || i.body.isEmpty()))
            bad.append("mail without subject or body " + i.id);
    }
    for (const Site &site : s.sites) {
        checkText(site.name, "site " + site.id, bad);
        for (const Page &p : site.pages) {
            checkText(p.title, "site page title " + site.id + p.path, bad);
            checkText(p.body, "site page body " + site.id + p.path, bad);
        }
    }
    for (const Response &r : s.responses)
        checkText(r.name, "response " + r.id, bad);
    for (const SurveyQuestion &q : s.survey) {
        checkText(q.text, "survey " + q.id, bad);
        for (const Text &o : q.options)
            checkText(o, "survey option " + q.id, bad);
    }
    return bad;
}

int firstImpact(const Scenario &s)
{
    int t = s.meta.durationMin;
    for (const Shock &sh : s.truth.shocks)
        t = std::min(t, sh.fromMin);
    return t;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

int offsetOf(const QJsonObject &a)
{
    return parseOffset(a.value("at").toString()).value_or(-1);
}

/// Whether a script action is the act an expectation waits for (docs/scenario-format.md "Injects").
bool meets(const QJsonObject &a, const Expected &e)
{
    if (a.value("room").toString() != e.room)
        return false;
    const QString did = a.value("do").toString();
    switch (e.action) {
    case Action::Report:
    case Action::Advisory:
    case Action::Query: {
        if (did != "mail" || a.value("kind").toString() != toString(e.action))
            return false;
        const QStringList to = strings(a.value("to")) + strings(a.value("cc"));
        return e.to.isEmpty() || to.contains(e.to);
    }
    case Action::Call:
        return did == "call" && (e.to.isEmpty() || a.value("to").toString() == e.to);
    case Action::Post:
        return did == "post" && (e.to.isEmpty() || a.value("site").toString() == e.to);
    case Action::Hypothesis:
        return did == "hypothesis";
    case Action::Request:
        return did == "request";
    case Action::Other:
        return false;
    }
    return false;
}

/// Every problem of a player script against its scenario, one line each.
QStringList scriptProblems(const Scenario &s, const QJsonArray &script)
{
    static const QSet<QString> verbs{"mail",  "call",    "answer",  "post",    "hypothesis",
                                     "judge", "request", "approve", "decline", "survey"};
    static const QSet<QString> kinds{"report", "advisory", "query", "other"};
    QStringList bad;
    QSet<QString> hypothesisRooms;
    QSet<QString> requested;  // "response|room"
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QJsonObject a = script.at(i).toObject();
        const QString where = QStringLiteral("action %1").arg(i);
        const QString room = a.value("room").toString();
        const QString did = a.value("do").toString();
        const int at = offsetOf(a);
        if (at < 0 || at > s.meta.durationMin)
            bad.append(where + ": bad time " + a.value("at").toString());
        if (room != "control" && !s.room(room))
            bad.append(where + ": unknown room " + room);
        if (!verbs.contains(did))
            bad.append(where + ": unknown action " + did);
        if (did == "mail") {
            if (!kinds.contains(a.value("kind").toString()))
                bad.append(where + ": bad kind");
            const QStringList to = strings(a.value("to")) + strings(a.value("cc"));
            if (strings(a.value("to")).isEmpty())
                bad.append(where + ": mail without recipient");
            for (const QString &r : to)
                if (!s.room(r) || r == room)
                    bad.append(where + ": bad recipient " + r);
            const QString replyTo = a.value("reply_to").toString();
            if (!replyTo.isEmpty() && !s.inject(replyTo))
                bad.append(where + ": unknown reply_to " + replyTo);
            if (a.value("subject").toString().isEmpty() || a.value("body").toString().isEmpty())
                bad.append(where + ": empty subject or body");
        } else if (did == "hypothesis") {
            hypothesisRooms.insert(room);
        } else if (did == "judge") {
            if (room != "control" || !hypothesisRooms.contains(a.value("hypothesis_of").toString()))
                bad.append(where + ": judges no earlier hypothesis");
        } else if (did == "request") {
            const Response *r = s.response(a.value("response").toString());
            if (!r || !r->rooms.contains(room))
                bad.append(where + ": request not allowed for this room");
            else
                requested.insert(r->id + '|' + room);
        } else if (did == "approve" || did == "decline") {
            const QString key = a.value("response").toString() + '|' + a.value("of").toString();
            if (room != "control" || !requested.contains(key))
                bad.append(where + ": approves no earlier request");
            const Response *r = s.response(a.value("response").toString());
            if (r && r->approval != Approval::Control)
                bad.append(where + ": " + r->id + " is approved automatically");
        } else if (did == "survey") {
            const QJsonObject answers = a.value("answers").toObject();
            for (auto it = answers.begin(); it != answers.end(); ++it) {
                const auto q = std::find_if(s.survey.begin(), s.survey.end(),
                                            [&](const SurveyQuestion &x) { return x.id == it.key(); });
                if (q == s.survey.end()) {
                    bad.append(where + ": unknown question " + it.key());
                    continue;
                }
                const int v = it.value().toInt(-1);
                if ((q->type == QuestionType::Scale5 && (v < 1 || v > 5)) ||
                    (q->type == QuestionType::Choice && (v < 0 || v >= int(q->options.size()))) ||
                    (q->type == QuestionType::Text && it.value().toString().isEmpty()))
                    bad.append(where + ": bad answer to " + it.key());
            }
        }
    }
    return bad;
}

}  // namespace

class TestEarlierScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void bilingual_data() { loads_data(); }
    void bilingual();
    void keepsToFormat_data() { loads_data(); }
    void keepsToFormat();
    void scriptIsValid_data() { loads_data(); }
    void scriptIsValid();
    void scriptMeetsTimedExpectations_data() { loads_data(); }
    void scriptMeetsTimedExpectations();
    void sharesTheBundledGraph_data() { loads_data(); }
    void sharesTheBundledGraph();
    void coversThemesAndTriggers_data() { loads_data(); }
    void coversThemesAndTriggers();
};

void TestEarlierScenarios::loads_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("mailOnly");
    QTest::newRow("2006 tabletop") << QString("2006-tabletop-earthquake") << QString("tabletop") << false;
    QTest::newRow("2007 ddos") << QString("2007-ddos-mail-only") << QString("functional") << true;
}

void TestEarlierScenarios::loads()
{
    QFETCH(QString, base);
    QFETCH(QString, kind);
    const LoadResult r = loadScenarioFile(scenarioPath(base));
    QCOMPARE(describe(r.diagnostics), QString());
    QVERIFY(r.scenario.has_value());
    QCOMPARE(toString(r.scenario->meta.kind), kind);
    QCOMPARE(r.scenario->meta.id, "nisc-" + base);
}

void TestEarlierScenarios::bilingual()
{
    QFETCH(QString, base);
    const auto s = load(base);
    QVERIFY(s);
    QCOMPARE(notBilingual(*s), QStringList());
}

void TestEarlierScenarios::keepsToFormat()
{
    QFETCH(QString, base);
    QFETCH(bool, mailOnly);
    const auto s = load(base);
    QVERIFY(s);
    QVERIFY(!s->truth.rootCause.get("ja").isEmpty());
    QVERIFY(!s->truth.shocks.empty());

    int hypotheses = 0;
    QStringList notMail;
    for (const Inject &i : s->injects) {
        if (i.channel != Channel::Mail)
            notMail.append(i.id);
        for (const Expected &e : i.expected)
            hypotheses += e.action == Action::Hypothesis ? 1 : 0;
    }
    if (s->meta.kind == ExerciseKind::Tabletop) {
        // Nothing is hidden: nobody is expected to guess a cause, and the threat reaches every
        // room (by mail or on a site all may read) by the time it first hits the model.
        QCOMPARE(hypotheses, 0);
        const int impact = firstImpact(*s);
        QSet<QString> reached;
        for (const Inject &i : s->injects) {
            if (!i.atMin || *i.atMin > impact + 5)
                continue;
            if (i.channel == Channel::Mail)
                for (const QString &r : i.to + i.cc)
                    reached.insert(r);
            if (i.channel == Channel::Web && i.page)
                if (const Site *site = s->site(i.page->site))
                    for (const Room &r : s->rooms)
                        if (site->read.contains("all") || site->read.contains(r.id))
                            reached.insert(r.id);
        }
        QStringList unreached;
        for (const Room &r : s->rooms)
            if (!reached.contains(r.id))
                unreached.append(r.id);
        QCOMPARE(unreached, QStringList());
    } else {
        // A functional exercise withholds the whole picture: someone must form a hypothesis.
        QCOMPARE_GT(hypotheses, 0);
    }
    if (mailOnly) {
        QCOMPARE(notMail, QStringList());
        QCOMPARE(s->sites.size(), std::size_t(0));
        QVERIFY(!s->channels.phone.has_value());
        QVERIFY(!s->channels.web.has_value());
        // It says so (meta.channels), so the validator, the rooms and the console hold to it.
        QCOMPARE(s->meta.channels, std::vector<Channel>{Channel::Mail});
        QStringList phoneOrWeb;
        const QJsonArray script = loadScript(base);
        QCOMPARE_GT(script.size(), 0);
        for (const QJsonValue &v : script) {
            const QString did = v.toObject().value("do").toString();
            if (did == "call" || did == "answer" || did == "post")
                phoneOrWeb.append(v.toObject().value("at").toString() + " " + did);
        }
        QCOMPARE(phoneOrWeb, QStringList());
        for (const Inject &i : s->injects)
            for (const Expected &e : i.expected)
                if (e.action == Action::Call || e.action == Action::Post)
                    phoneOrWeb.append(e.id);
        QCOMPARE(phoneOrWeb, QStringList());
    }
}

void TestEarlierScenarios::scriptIsValid()
{
    QFETCH(QString, base);
    const auto s = load(base);
    QVERIFY(s);
    const QJsonArray script = loadScript(base);
    QCOMPARE_GT(script.size(), 0);
    QCOMPARE(scriptProblems(*s, script), QStringList());
}

void TestEarlierScenarios::scriptMeetsTimedExpectations()
{
    QFETCH(QString, base);
    const auto s = load(base);
    QVERIFY(s);
    const QJsonArray script = loadScript(base);
    QStringList unmet;
    int checked = 0;
    for (const Inject &i : s->injects) {
        if (!i.atMin)
            continue;  // fired by a condition: its time depends on the run
        for (const Expected &e : i.expected) {
            ++checked;
            bool met = false;
            for (const QJsonValue &v : script) {
                const QJsonObject a = v.toObject();
                const int at = offsetOf(a);
                if (at >= *i.atMin && at < *i.atMin + e.withinMin && meets(a, e)) {
                    met = true;
                    break;
                }
            }
            if (!met)
                unmet.append(e.id);
        }
    }
    QCOMPARE_GT(checked, 0);
    QCOMPARE(unmet, QStringList());
}

void TestEarlierScenarios::sharesTheBundledGraph()
{
    // The three bundled scenarios model the same 14 sectors the same way (only notes differ),
    // so their impacts and breaches are comparable.
    QFETCH(QString, base);
    const auto s = load(base);
    const auto ref = load("nisc-2008-cross-sector");
    QVERIFY(s);
    QVERIFY(ref);
    QCOMPARE(s->graph.nodes.size(), ref->graph.nodes.size());
    for (std::size_t k = 0; k < ref->graph.nodes.size(); ++k) {
        const Node &a = s->graph.nodes[k];
        const Node &b = ref->graph.nodes[k];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.ratePerH, b.ratePerH);
        QCOMPARE(a.served, b.served);
        QCOMPARE(a.unit, b.unit);
        QCOMPARE(a.level.has_value(), b.level.has_value());
        if (b.level) {
            QCOMPARE(a.level->minUnits, b.level->minUnits);
            QCOMPARE(a.level->minMinutes, b.level->minMinutes);
        }
    }
    QCOMPARE(s->graph.edges.size(), ref->graph.edges.size());
    for (std::size_t k = 0; k < ref->graph.edges.size(); ++k) {
        Edge a = s->graph.edges[k];
        a.notes = ref->graph.edges[k].notes;
        QVERIFY2(a == ref->graph.edges[k], qPrintable(a.from + "->" + a.to));
    }
}

void TestEarlierScenarios::coversThemesAndTriggers()
{
    QFETCH(QString, base);
    const auto s = load(base);
    QVERIFY(s);
    QSet<int> surveyThemes, objectiveThemes;
    for (const SurveyQuestion &q : s->survey)
        surveyThemes.insert(q.theme);
    for (const Objective &o : s->meta.objectives)
        objectiveThemes.insert(o.theme);
    for (int theme = 1; theme <= 5; ++theme) {
        QVERIFY2(surveyThemes.contains(theme), qPrintable(QString::number(theme)));
        QVERIFY2(objectiveThemes.contains(theme), qPrintable(QString::number(theme)));
    }
    int conditional = 0, contingency = 0, expected = 0;
    for (const Inject &i : s->injects) {
        conditional += i.when && !i.contingency ? 1 : 0;
        contingency += i.contingency ? 1 : 0;
        expected += int(i.expected.size());
    }
    QCOMPARE_GT(conditional, 0);
    QCOMPARE_GT(contingency, 0);
    QCOMPARE_GT(expected, 10);
    const auto theme1 = std::count_if(s->expectedFlows.begin(), s->expectedFlows.end(),
                                      [](const ExpectedFlow &f) { return f.theme == 1; });
    QCOMPARE_GE(theme1, 3);
    const auto nisc =
        std::count_if(s->rooms.begin(), s->rooms.end(), [](const Room &r) { return r.role == Role::Nisc; });
    QCOMPARE(nisc, 1);
}

QTEST_GUILESS_MAIN(TestEarlierScenarios)
#include "tst_earlier_scenarios.moc"
