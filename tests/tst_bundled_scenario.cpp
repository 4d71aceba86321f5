// The bundled scenario scenarios/nisc-2008-cross-sector.cxs.json (docs/domain.md's 2008 exercise):
// it loads without a diagnostic and keeps the properties the exercise design relies on (rooms
// of every sector, levels, injects on every channel, a root cause no single sector sees alone,
// telecom/power/water as the most depended-upon sectors), and its player script only uses ids
// and rights that exist.
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

const QString kScenario = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
const QString kPlayers = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.players.json");

// The 14 sectors of 2008 (docs/domain.md), as graph node ids.
const QStringList kSectors{"telecom",    "broadcast", "banking", "life_insurance", "nonlife_insurance",
                           "securities", "aviation",  "rail",    "power",          "gas",
                           "government", "medical",   "water",   "logistics"};

void collect(std::vector<std::pair<QString, Text>> &out, const QString &path, const Text &t)
{
    out.emplace_back(path, t);
}

// Every text of the scenario that a person may see, with where it is.
std::vector<std::pair<QString, Text>> allTexts(const Scenario &s)
{
    std::vector<std::pair<QString, Text>> out;
    collect(out, "meta.title", s.meta.title);
    collect(out, "meta.summary", s.meta.summary);
    for (const Objective &o : s.meta.objectives)
        collect(out, "objective " + o.id, o.text);
    for (const Room &r : s.rooms)
        collect(out, "room " + r.id, r.name);
    for (const Persona &p : s.personas)
        collect(out, "persona " + p.id, p.name);
    for (const Node &n : s.graph.nodes) {
        collect(out, "node " + n.id, n.name);
        collect(out, "node notes " + n.id, n.notes);
        if (n.level)
            collect(out, "level " + n.id, n.level->text);
    }
    for (const Edge &e : s.graph.edges)
        collect(out, "edge notes " + e.from + "->" + e.to, e.notes);
    collect(out, "truth.root_cause", s.truth.rootCause);
    collect(out, "truth.narrative", s.truth.narrative);
    for (const Inject &i : s.injects) {
        collect(out, i.id + ".subject", i.subject);
        collect(out, i.id + ".body", i.body);
        collect(out, i.id + ".script", i.script);
        collect(out, i.id + ".control_notes", i.controlNotes);
        if (i.page) {
            collect(out, i.id + ".page.title", i.page->title);
            collect(out, i.id + ".page.body", i.page->body);
        }
    }
    for (const Site &site : s.sites) {
        collect(out, "site " + site.id, site.name);
        for (const Page &p : site.pages) {
            collect(out, "site " + site.id + p.path + " title", p.title);
            collect(out, "site " + site.id + p.path + " body", p.body);
        }
    }
    for (const Response &r : s.responses)
        collect(out, "response " + r.id, r.name);
    for (const SurveyQuestion &q : s.survey) {
        collect(out, "survey " + q.id, q.text);
        for (std::size_t k = 0; k < q.options.size(); ++k)
            collect(out, "survey " + q.id + " option " + QString::number(k), q.options[k]);
    }
    return out;
}

}  // namespace

class TestBundledScenario final : public QObject
{
    Q_OBJECT

private:
    LoadResult m_result;
    Scenario m_s;

    const Room *onlyRoom(Role role, const QString &sector) const
    {
        const Room *found = nullptr;
        for (const Room &r : m_s.rooms)
            if (r.role == role && r.sector == sector) {
                if (found)
                    return nullptr;
                found = &r;
            }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_result = loadScenarioFile(kScenario);
        if (m_result.scenario)
            m_s = *m_result.scenario;
    }

    void loadsWithoutDiagnostics()
    {
        QStringList messages;
        for (const Diagnostic &d : m_result.diagnostics)
            messages << d.format();
        QCOMPARE(messages.join(u'\n'), QString());
        QCOMPARE(m_result.unreadable, false);
        QVERIFY(m_result.scenario.has_value());
    }

    void meta()
    {
        QCOMPARE(m_s.meta.start, QString("12:30"));
        QCOMPARE(m_s.meta.durationMin, 360);
        QCOMPARE(toString(m_s.meta.kind), QString("functional"));
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
        QCOMPARE_GE(n, 3);
    }

    void channelPayloads()
    {
        // A phone inject says something, a web inject publishes a page, a mail has a body.
        QStringList wrong;
        for (const Inject &i : m_s.injects) {
            const bool ok = (i.channel == Channel::Phone && !i.script.isEmpty()) ||
                            (i.channel == Channel::Web && i.page.has_value()) ||
                            (i.channel == Channel::Mail && !i.body.isEmpty());
            if (!ok)
                wrong << i.id;
        }
        QCOMPARE(wrong, QStringList());
    }

    void triggers()
    {
        const auto conditional =
            std::count_if(m_s.injects.begin(), m_s.injects.end(), [](const Inject &i) { return i.when.has_value(); });
        const auto contingency =
            std::count_if(m_s.injects.begin(), m_s.injects.end(), [](const Inject &i) { return i.contingency; });
        QCOMPARE_GE(conditional, 1);
        QCOMPARE_GE(contingency, 1);
        // Nothing speaks as a room: injects come from personas or the control team.
        for (const Inject &i : m_s.injects)
            QVERIFY2(i.from == "control" || i.from.startsWith("persona:"), qPrintable(i.id));
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
        QVERIFY2(onlyRoom(Role::Ceptoar, sector), "not exactly one CEPTOAR");
        const auto operators = std::count_if(m_s.rooms.begin(), m_s.rooms.end(), [&](const Room &r) {
            return r.role == Role::Operator && r.sector == sector;
        });
        QCOMPARE_GE(operators, 1);
        const auto ministries = std::count_if(m_s.rooms.begin(), m_s.rooms.end(), [&](const Room &r) {
            return r.role == Role::Ministry && r.sectors.contains(sector);
        });
        QCOMPARE(int(ministries), 1);
    }

    void counts()
    {
        const auto ceptoars =
            std::count_if(m_s.rooms.begin(), m_s.rooms.end(), [](const Room &r) { return r.role == Role::Ceptoar; });
        QCOMPARE(int(ceptoars), 14);
        QCOMPARE(m_s.graph.nodes.size(), std::size_t(14));
        const auto nisc =
            std::count_if(m_s.rooms.begin(), m_s.rooms.end(), [](const Room &r) { return r.role == Role::Nisc; });
        QCOMPARE(int(nisc), 1);
    }

    void levels_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<double>("minUnits");  // -1: any positive level
        QTest::addColumn<int>("minMinutes");   // -1: any
        QTest::newRow("telecom") << "telecom" << 30000.0 << 120;
        QTest::newRow("power") << "power" << 100000.0 << 10;
        QTest::newRow("gas") << "gas" << 30.0 << 0;
        for (const QString &s : kSectors)
            if (s != "telecom" && s != "power" && s != "gas")
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
        QVERIFY(!n->level->text.isEmpty());
        QVERIFY(!n->unit.isEmpty());
        QCOMPARE_GT(n->served, 0.0);
        if (minUnits >= 0)
            QCOMPARE(n->level->minUnits, minUnits);
        else
            QCOMPARE_GT(n->level->minUnits, 0.0);
        if (minMinutes >= 0)
            QCOMPARE(n->level->minMinutes, minMinutes);
        QCOMPARE_LE(n->level->minUnits, n->served);
    }

    void themes_data()
    {
        QTest::addColumn<int>("theme");
        for (int t = 1; t <= 5; ++t)
            QTest::newRow(qPrintable(QString("theme %1").arg(t))) << t;
    }
    void themes()
    {
        QFETCH(int, theme);
        QVERIFY2(std::any_of(m_s.survey.begin(), m_s.survey.end(),
                             [&](const SurveyQuestion &q) { return q.theme == theme; }),
                 "no survey question");
        QVERIFY2(std::any_of(m_s.meta.objectives.begin(), m_s.meta.objectives.end(),
                             [&](const Objective &o) { return o.theme == theme; }),
                 "no objective");
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
        const bool found = std::any_of(m_s.expectedFlows.begin(), m_s.expectedFlows.end(), [&](const ExpectedFlow &f) {
            return f.kind == kind && f.theme == 1 && roleOf(f.fromRole, f.from) == fromRole &&
                   roleOf(f.toRole, f.to) == toRole && f.withinMin > 0;
        });
        QVERIFY(found);
    }

    // The root cause: shocks on 2+ nodes, and sector-specific symptom injects (mail or phone to
    // rooms of one shocked sector only) in at least 4 sectors, so that no room sees it alone.
    void rootCauseSpread()
    {
        std::set<QString> shocked;
        for (const Shock &sh : m_s.truth.shocks)
            shocked.insert(sh.node);
        QCOMPARE_GE(shocked.size(), std::size_t(2));
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
        QCOMPARE_GE(symptomSectors.size(), std::size_t(4));
    }

    void bilingual()
    {
        QStringList missing;
        int checked = 0;
        for (const auto &[path, t] : allTexts(m_s)) {
            if (t.isEmpty())
                continue;  // an optional text that is absent
            ++checked;
            if (!t.bilingual || t.ja.isEmpty() || t.en.isEmpty())
                missing << path;
        }
        QCOMPARE(missing, QStringList());
        QCOMPARE_GT(checked, 300);
    }

    // Static IIM (docs/model.md): with every node's incoming weights below 1, q = c + A* q converges
    // (spectral radius < 1), and the sum of q when one node fails ranks what the rest depends on.
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
        QStringList top{ranking[0].second, ranking[1].second, ranking[2].second};
        top.sort();
        QCOMPARE(top, QStringList({"power", "telecom", "water"}));
    }

    void edgesCiteTheirBasis()
    {
        QStringList bare;
        for (const Edge &e : m_s.graph.edges)
            if (e.notes.isEmpty() || e.weight <= 0 || e.weight > 1 || e.autonomyH < 0)
                bare << e.from + "->" + e.to;
        QCOMPARE(bare, QStringList());
    }

    void attachmentsExist()
    {
        for (const Inject &i : m_s.injects)
            for (const QString &file : i.attachments)
                QVERIFY2(QFile::exists(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/files/") + file),
                         qPrintable(file));
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
            if (act == "survey")
                for (const QString &q : a["answers"].toObject().keys())
                    if (std::none_of(m_s.survey.begin(), m_s.survey.end(),
                                     [&](const SurveyQuestion &sq) { return sq.id == q; }))
                        bad("unknown question " + q);
        }
        QCOMPARE(refused, QStringList());
        for (const char *act :
             {"mail", "call", "answer", "post", "hypothesis", "judge", "request", "approve", "survey"})
            QVERIFY2(did.count(QLatin1String(act)) == 1, act);
    }
};

QTEST_GUILESS_MAIN(TestBundledScenario)
#include "tst_bundled_scenario.moc"
