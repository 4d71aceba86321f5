// The bundled present-day scenario scenarios/nisc-present-cross-sector.cxs.json (the 15 sectors
// of today's action plan; its sources note says what is published and what is assumed): it loads
// without a diagnostic, has a room and a node for every sector, a verification level on every
// node (published or marked as an assumption), injects on every channel, a cause that no sector
// sees alone and no room-visible text gives away, the static ranking its sources note explains,
// and a player script that only uses ids and rights that exist.
#include "scenario/loader.h"
#include "scenario/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace cd::scenario;

namespace {

const QString kScenario = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-present-cross-sector.cxs.json");
const QString kPlayers = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-present-cross-sector.players.json");

// The 15 sectors of the current action plan (2022: 14, ports added in 2024), as node ids.
const QStringList kSectors{"telecom", "finance", "aviation",  "airport",  "rail",   "power",     "gas", "government",
                           "medical", "water",   "logistics", "chemical", "credit", "petroleum", "port"};
// Sectors without a level in the 2nd action plan's table: their level is an assumption.
const QStringList kAssumedLevels{"airport", "chemical", "credit", "petroleum", "port"};
// What names the hidden cause. Only the truth, control notes and the injects meant to reveal it
// may use these.
const QStringList kSpoilers{"ChihayaOps", "KAGEROU", "svc_upd", "ランサムウェア", "ransomware",
                            "暗号化",     "encrypt", "VPN",     "遠隔監視",       "remote monitoring"};
const QStringList kRevealing{"I-022", "I-041", "I-042", "I-043"};

QStringList texts(const Text &t)
{
    return {t.ja, t.en, t.plain};
}

// Every text a room may see, with where it is (control notes and the truth are not).
std::vector<std::pair<QString, Text>> roomVisible(const Scenario &s)
{
    std::vector<std::pair<QString, Text>> out{{"meta.title", s.meta.title}, {"meta.summary", s.meta.summary}};
    for (const Room &r : s.rooms)
        out.emplace_back("room " + r.id, r.name);
    for (const Persona &p : s.personas)
        out.emplace_back("persona " + p.id, p.name);
    for (const Response &r : s.responses)
        out.emplace_back("response " + r.id, r.name);
    for (const Site &site : s.sites) {
        out.emplace_back("site " + site.id, site.name);
        for (const Page &p : site.pages) {
            out.emplace_back("site " + site.id + p.path + " title", p.title);
            out.emplace_back("site " + site.id + p.path + " body", p.body);
        }
    }
    for (const Inject &i : s.injects) {
        out.emplace_back(i.id + ".subject", i.subject);
        out.emplace_back(i.id + ".body", i.body);
        out.emplace_back(i.id + ".script", i.script);
        if (i.page) {
            out.emplace_back(i.id + ".page.title", i.page->title);
            out.emplace_back(i.id + ".page.body", i.page->body);
        }
    }
    for (const SurveyQuestion &q : s.survey)
        out.emplace_back("survey " + q.id, q.text);
    return out;
}

}  // namespace

class TestPresentScenario final : public QObject
{
    Q_OBJECT

private:
    LoadResult m_result;
    Scenario m_s;

    int count(Role role, const QString &sector) const
    {
        return int(std::count_if(m_s.rooms.begin(), m_s.rooms.end(), [&](const Room &r) {
            return r.role == role && (sector.isEmpty() || r.sector == sector || r.sectors.contains(sector));
        }));
    }

private slots:
    void initTestCase()
    {
        m_result = loadScenarioFile(kScenario);
        if (m_result.scenario)
            m_s = *m_result.scenario;
    }

    // Warnings included: a spoiler warning of `validate` would show here.
    void loadsWithoutDiagnostics()
    {
        QStringList messages;
        for (const Diagnostic &d : m_result.diagnostics)
            messages << d.format();
        QCOMPARE(messages.join(u'\n'), QString());
        QVERIFY(m_result.scenario.has_value());
    }

    void meta()
    {
        QCOMPARE(m_s.meta.id, QString("nisc-present-cross-sector"));
        QCOMPARE(m_s.meta.start, QString("10:00"));
        QCOMPARE(m_s.meta.durationMin, 360);
        QCOMPARE(toString(m_s.meta.kind), QString("functional"));
    }

    void sectorRooms_data()
    {
        QTest::addColumn<QString>("sector");
        for (const QString &s : kSectors)
            QTest::newRow(qPrintable(s)) << s;
    }
    void sectorRooms()
    {
        QFETCH(QString, sector);
        QVERIFY2(m_s.node(sector), "no graph node for the sector");
        QCOMPARE(count(Role::Ceptoar, sector), 1);
        QCOMPARE(count(Role::Operator, sector), 1);
        QCOMPARE(count(Role::Ministry, sector), 1);
    }

    void counts()
    {
        QCOMPARE(m_s.graph.nodes.size(), std::size_t(15));
        QCOMPARE(count(Role::Ceptoar, {}), 15);
        QCOMPARE(count(Role::Ministry, {}), 5);
        QCOMPARE(count(Role::Nisc, {}), 1);
        QCOMPARE(m_s.rooms.size(), std::size_t(37));
    }

    void levels_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<double>("minUnits");  // -1: any positive level
        QTest::addColumn<int>("minMinutes");   // -1: any
        QTest::newRow("telecom") << "telecom" << 30000.0 << 120;
        QTest::newRow("power") << "power" << 100000.0 << 10;
        QTest::newRow("gas") << "gas" << 30.0 << 0;
        QTest::newRow("aviation") << "aviation" << 1.0 << 0;
        QTest::newRow("rail") << "rail" << 1.0 << 0;
        QTest::newRow("medical") << "medical" << 1.0 << 0;
        for (const QString &s : kSectors)
            if (!QStringList{"telecom", "power", "gas", "aviation", "rail", "medical"}.contains(s))
                QTest::newRow(qPrintable(s)) << s << -1.0 << -1;
    }
    void levels()
    {
        QFETCH(QString, node);
        QFETCH(double, minUnits);
        QFETCH(int, minMinutes);
        const Node *n = m_s.node(node);
        QVERIFY(n);
        QVERIFY2(n->level.has_value(), "no verification level");
        QVERIFY(!n->unit.isEmpty());
        QCOMPARE_GT(n->served, 0.0);
        QCOMPARE_LE(n->level->minUnits, n->served);
        if (minUnits >= 0)
            QCOMPARE(n->level->minUnits, minUnits);
        else
            QCOMPARE_GT(n->level->minUnits, 0.0);
        if (minMinutes >= 0)
            QCOMPARE(n->level->minMinutes, minMinutes);
        // A level that no plan published says so in both languages; a published one does not.
        const bool assumed = kAssumedLevels.contains(node);
        QCOMPARE(n->level->text.ja.startsWith(QStringLiteral("【想定】")), assumed);
        QCOMPARE(n->level->text.en.startsWith(QStringLiteral("[Assumption]")), assumed);
        QVERIFY(!n->notes.isEmpty());
    }

    void channels_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::newRow("mail") << Channel::Mail;
        QTest::newRow("phone") << Channel::Phone;
        QTest::newRow("web") << Channel::Web;
    }
    void channels()
    {
        QFETCH(Channel, channel);
        QCOMPARE_GE(m_s.injects.size(), std::size_t(40));
        const auto n = std::count_if(m_s.injects.begin(), m_s.injects.end(),
                                     [&](const Inject &i) { return i.channel == channel; });
        QCOMPARE_GE(n, 5);
        for (const Inject &i : m_s.injects) {
            const bool ok = (i.channel == Channel::Phone && !i.script.isEmpty()) ||
                            (i.channel == Channel::Web && i.page.has_value()) ||
                            (i.channel == Channel::Mail && !i.body.isEmpty() && !i.subject.isEmpty());
            QVERIFY2(ok, qPrintable(i.id));
        }
    }

    void triggers()
    {
        const auto conditional =
            std::count_if(m_s.injects.begin(), m_s.injects.end(), [](const Inject &i) { return i.when.has_value(); });
        const auto contingency =
            std::count_if(m_s.injects.begin(), m_s.injects.end(), [](const Inject &i) { return i.contingency; });
        QCOMPARE_GE(conditional, 10);
        QCOMPARE_GE(contingency, 3);
        for (const Inject &i : m_s.injects)
            QVERIFY2(i.from == "control" || i.from.startsWith("persona:"), qPrintable(i.id));
    }

    void officialFlows_data()
    {
        QTest::addColumn<Action>("kind");
        QTest::addColumn<QString>("fromRole");
        QTest::addColumn<QString>("toRole");
        QTest::newRow("operator reports to ministry") << Action::Report << "operator"
                                                      << "ministry";
        QTest::newRow("ministry reports to NISC") << Action::Report << "ministry"
                                                  << "nisc";
        QTest::newRow("NISC advises ministry") << Action::Advisory << "nisc"
                                               << "ministry";
        QTest::newRow("ministry advises CEPTOAR") << Action::Advisory << "ministry"
                                                  << "ceptoar";
        QTest::newRow("CEPTOAR advises operator") << Action::Advisory << "ceptoar"
                                                  << "operator";
    }
    void officialFlows()
    {
        QFETCH(Action, kind);
        QFETCH(QString, fromRole);
        QFETCH(QString, toRole);
        const auto roleOf = [&](const QString &role, const QString &id) {
            if (!role.isEmpty())
                return role;
            const Room *r = m_s.room(id);
            return r ? toString(r->role) : QString();
        };
        QVERIFY(std::any_of(m_s.expectedFlows.begin(), m_s.expectedFlows.end(), [&](const ExpectedFlow &f) {
            return f.kind == kind && f.theme == 1 && roleOf(f.fromRole, f.from) == fromRole &&
                   roleOf(f.toRole, f.to) == toRole && f.withinMin > 0;
        }));
    }

    // The shocked sectors each get their own symptom inject (mail or phone to that sector's
    // rooms only): eight sectors, none of which sees the others'.
    void rootCauseSpread()
    {
        std::set<QString> shocked;
        for (const Shock &sh : m_s.truth.shocks)
            shocked.insert(sh.node);
        QCOMPARE(shocked.size(), std::size_t(8));
        std::set<QString> symptomSectors;
        for (const Inject &i : m_s.injects) {
            if (i.channel == Channel::Web || i.to.isEmpty())
                continue;
            std::set<QString> sectors;
            bool allSectoral = true;
            for (const QString &id : i.to + i.cc) {
                const Room *r = m_s.room(id);
                if (!r || r->sector.isEmpty())
                    allSectoral = false;
                else
                    sectors.insert(r->sector);
            }
            if (allSectoral && sectors.size() == 1 && shocked.count(*sectors.begin()) == 1)
                symptomSectors.insert(*sectors.begin());
        }
        QCOMPARE(symptomSectors, shocked);
    }

    void noSpoilers_data()
    {
        QTest::addColumn<QString>("term");
        for (const QString &t : kSpoilers)
            QTest::newRow(qPrintable(t)) << t;
    }
    void noSpoilers()
    {
        QFETCH(QString, term);
        // The term does name the cause ...
        QVERIFY(texts(m_s.truth.rootCause).join(' ').contains(term, Qt::CaseInsensitive));
        // ... and no room-visible text outside the revealing injects uses it.
        QStringList leaks;
        for (const auto &[where, t] : roomVisible(m_s)) {
            if (kRevealing.contains(where.section('.', 0, 0)))
                continue;
            for (const QString &s : texts(t))
                if (s.contains(term, Qt::CaseInsensitive))
                    leaks << where;
        }
        QCOMPARE(leaks, QStringList());
        const Inject *reveal = m_s.inject(kRevealing.front());
        QVERIFY(reveal && texts(reveal->body).join(' ').contains("KAGEROU"));
    }

    void bilingual()
    {
        QStringList missing;
        int checked = 0;
        auto all = roomVisible(m_s);
        all.emplace_back("truth.root_cause", m_s.truth.rootCause);
        all.emplace_back("truth.narrative", m_s.truth.narrative);
        for (const Objective &o : m_s.meta.objectives)
            all.emplace_back("objective " + o.id, o.text);
        for (const Node &n : m_s.graph.nodes) {
            all.emplace_back("node " + n.id, n.name);
            all.emplace_back("node notes " + n.id, n.notes);
            all.emplace_back("level " + n.id, n.level->text);
        }
        for (const Edge &e : m_s.graph.edges)
            all.emplace_back("edge notes " + e.from + "->" + e.to, e.notes);
        for (const Inject &i : m_s.injects)
            all.emplace_back(i.id + ".control_notes", i.controlNotes);
        for (const SurveyQuestion &q : m_s.survey)
            for (std::size_t k = 0; k < q.options.size(); ++k)
                all.emplace_back("survey " + q.id + " option " + QString::number(k), q.options[k]);
        for (const auto &[path, t] : all) {
            if (t.isEmpty())
                continue;
            ++checked;
            if (!t.bilingual || t.ja.isEmpty() || t.en.isEmpty())
                missing << path;
        }
        QCOMPARE(missing, QStringList());
        QCOMPARE_GT(checked, 300);
    }

    void themes()
    {
        for (int t = 1; t <= 5; ++t) {
            QVERIFY(std::any_of(m_s.survey.begin(), m_s.survey.end(),
                                [&](const SurveyQuestion &q) { return q.theme == t; }));
            QVERIFY(std::any_of(m_s.meta.objectives.begin(), m_s.meta.objectives.end(),
                                [&](const Objective &o) { return o.theme == t; }));
        }
    }

    // Static IIM (docs/model.md), solved by fixed-point iteration: the sum of q when one node alone
    // fails ranks what the rest depends on most. The order of the first four is the one the
    // sources note explains (power and telecom as in NISC's analysis, then the sea-import chain).
    void dependedUponMost()
    {
        const int n = int(m_s.graph.nodes.size());
        std::map<QString, int> index;
        for (int k = 0; k < n; ++k)
            index[m_s.graph.nodes[k].id] = k;
        std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
        for (const Edge &e : m_s.graph.edges)
            a[index[e.to]][index[e.from]] += e.weight;
        for (int v = 0; v < n; ++v) {
            double inflow = 0;
            for (double w : a[v])
                inflow += w;
            QVERIFY2(inflow < 1.0, qPrintable(m_s.graph.nodes[v].id));
        }
        std::vector<std::pair<double, QString>> ranking;
        for (int u = 0; u < n; ++u) {
            std::vector<double> q(n, 0.0);
            for (int iter = 0; iter < 500; ++iter) {
                std::vector<double> next(n, 0.0);
                for (int v = 0; v < n; ++v) {
                    next[v] = v == u ? 1.0 : 0.0;
                    for (int w = 0; w < n; ++w)
                        next[v] += a[v][w] * q[w];
                }
                q = next;
            }
            double total = 0;
            for (double x : q)
                total += std::clamp(x, 0.0, 1.0);
            ranking.emplace_back(total, m_s.graph.nodes[u].id);
        }
        std::sort(ranking.begin(), ranking.end(), std::greater<>());
        const QStringList top{ranking[0].second, ranking[1].second, ranking[2].second, ranking[3].second};
        QCOMPARE(top, QStringList({"power", "telecom", "port", "petroleum"}));
        QCOMPARE_GT(ranking[3].first - ranking[4].first, 0.1);  // petroleum clearly ahead of the fifth
        QCOMPARE(ranking.back().first, 1.0);                    // a sector nobody depends on
    }

    void edgesCiteTheirBasis()
    {
        QStringList bare;
        for (const Edge &e : m_s.graph.edges)
            if (e.notes.isEmpty() || e.weight <= 0 || e.weight > 1 || e.autonomyH < 0)
                bare << e.from + "->" + e.to;
        QCOMPARE(bare, QStringList());
    }

    // Every action of the player script acts as an existing room within its rights.
    void playerScript()
    {
        QFile f(kPlayers);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        std::set<QString> did;
        QStringList refused;
        int last = -1;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject a = v.toObject();
            const QString room = a["room"].toString();
            const QString act = a["do"].toString();
            const int at = parseOffset(a["at"].toString()).value_or(-1);
            did.insert(act);
            const auto bad = [&](const QString &why) {
                refused << a["at"].toString() + " " + room + " " + act + ": " + why;
            };
            if (at < last || at > m_s.meta.durationMin)
                bad("time out of order or range");
            last = at;
            if (room != "control" && !m_s.room(room))
                bad("unknown room");
            QStringList targets = a["cc"].toVariant().toStringList();
            if (a["to"].isArray())
                targets += a["to"].toVariant().toStringList();
            else if (a["to"].isString())
                targets << a["to"].toString();
            for (const QString &t : targets)
                if (!m_s.room(t))
                    bad("unknown recipient " + t);
            if (act == "request" || act == "approve") {
                const Response *r = m_s.response(a["response"].toString());
                const QString who = act == "request" ? room : a["of"].toString();
                if (!r || !r->rooms.contains(who))
                    bad("response not open to " + who);
                else if (act == "approve" && (room != "control" || r->approval != Approval::Control))
                    bad("approval not for control");
            }
            if (act == "post") {
                const Site *s = m_s.site(a["site"].toString());
                if (!s || !(s->post.contains(room) || s->post.contains("all")))
                    bad("may not post");
            }
        }
        QCOMPARE(refused, QStringList());
        for (const char *act : {"mail", "answer", "post", "hypothesis", "judge", "request", "approve", "survey"})
            QVERIFY2(did.count(QLatin1String(act)) == 1, act);
    }
};

QTEST_GUILESS_MAIN(TestPresentScenario)
#include "tst_present_scenario.moc"
