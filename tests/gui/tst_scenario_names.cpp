// The name and condition texts shared by the console's views: ScenarioNames (parties, sites,
// sectors in ja/en, ids in tooltips), the one condition describer used by the editor's MSEL and
// the console's timeline, and the communications monitor's To column naming sites and rooms.
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/settings.h"
#include "control/translations.h"
#include "scenario/loader.h"
#include "views/commsmodel.h"
#include "views/conditiontext.h"
#include "views/mselmodel.h"
#include "views/scenarionames.h"
#include "views/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::gui;
using cd::scenario::Condition;
using K = cd::scenario::Condition::Kind;

Q_DECLARE_METATYPE(cd::scenario::Condition)

namespace {
QString bundled()
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
}
Condition leaf(K kind, const QString &ref, double q = 0, int plus = 0)
{
    return Condition{kind, ref, q, plus, {}};
}
Condition group(K kind, std::vector<Condition> children)
{
    return Condition{kind, {}, 0, 0, std::move(children)};
}
}  // namespace

class TestScenarioNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void names_data();
    void names();
    void conditions_data();
    void conditions();
    void monitorNamesRecipients_data();
    void monitorNamesRecipients();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
    std::optional<cd::scenario::Scenario> m_scenario;
};

void TestScenarioNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
    auto loaded = cd::scenario::loadScenarioFile(bundled());
    QVERIFY(loaded.scenario);
    m_scenario = std::move(*loaded.scenario);
}

void TestScenarioNames::names_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tip");
    QTest::newRow("room ja") << "ja"
                             << "party"
                             << "op-toto-telecom"
                             << "東都通信"
                             << "東都通信 (op-toto-telecom)";
    QTest::newRow("room en") << "en"
                             << "party"
                             << "op-toto-telecom"
                             << "Toto Telecom"
                             << "Toto Telecom (op-toto-telecom)";
    QTest::newRow("persona en") << "en"
                                << "party"
                                << "persona:chronos"
                                << "Chronos Time Systems support centre"
                                << "Chronos Time Systems support centre (persona:chronos)";
    QTest::newRow("control ja") << "ja"
                                << "party"
                                << "control"
                                << "事務局"
                                << "事務局 (control)";
    QTest::newRow("unknown party") << "en"
                                   << "party"
                                   << "nobody"
                                   << "nobody"
                                   << "nobody";
    QTest::newRow("site ja") << "ja"
                             << "site"
                             << "news"
                             << "東都ニュース"
                             << "東都ニュース (news)";
    QTest::newRow("site as recipient en") << "en"
                                          << "partyOrSite"
                                          << "portal"
                                          << "NISC critical-infrastructure information-sharing portal"
                                          << "NISC critical-infrastructure information-sharing portal (portal)";
    QTest::newRow("node ja") << "ja"
                             << "node"
                             << "telecom"
                             << "情報通信"
                             << "情報通信 (telecom)";
}

void TestScenarioNames::names()
{
    QFETCH(QString, lang);
    QFETCH(QString, what);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, tip);
    m_translations.apply(lang);
    const ScenarioNames names(*m_scenario);
    const QString shown = what == "party"  ? names.party(id, lang)
                          : what == "site" ? names.site(id, lang)
                          : what == "node" ? names.node(id, lang)
                                           : names.partyOrSite(id, lang);
    QCOMPARE(shown, name);
    QCOMPARE(ScenarioNames::withId(shown, id), tip);
    m_translations.apply(QStringLiteral("en"));
}

void TestScenarioNames::conditions_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<QString>("text");
    QTest::newRow("q en") << "en" << leaf(K::NodeQ, "telecom", 0.25) << "Telecommunications q ≥ 0.25";
    QTest::newRow("q ja") << "ja" << leaf(K::NodeQ, "telecom", 0.25) << "情報通信の機能不全度 ≥ 0.25";
    QTest::newRow("breach en") << "en" << leaf(K::Breach, "banking") << "Banking level breached";
    QTest::newRow("fired") << "en" << leaf(K::Fired, "I-004") << "I-004 fired";
    QTest::newRow("fired plus") << "en" << leaf(K::Fired, "I-004", 0, 90) << "+01:30 after I-004";
    QTest::newRow("met, missed, applied")
        << "en" << group(K::All, {leaf(K::Met, "E-1"), leaf(K::Missed, "E-2"), leaf(K::Response, "R-1")})
        << "E-1 met and E-2 missed and R-1 applied";
    QTest::newRow("nested groups bracketed")
        << "en"
        << group(K::Any, {leaf(K::NodeQ, "unknown-node", 0.5),
                          group(K::All, {leaf(K::Fired, "I-1"), group(K::Not, {leaf(K::Met, "E-9")})})})
        << "unknown-node q ≥ 0.5 or (I-1 fired and not (E-9 met))";
    QTest::newRow("not, empty") << "en" << group(K::Not, {}) << "not ()";
}

void TestScenarioNames::conditions()
{
    QFETCH(QString, lang);
    QFETCH(Condition, condition);
    QFETCH(QString, text);
    m_translations.apply(lang);
    const ScenarioNames names(*m_scenario);
    const auto node = [&](const QString &id) { return names.node(id, lang); };
    QCOMPARE(conditionText(condition, node, lang), text);

    // The editor's MSEL and the console's timeline show it the same way.
    cd::scenario::Scenario s = *m_scenario;
    s.injects.front().atMin.reset();
    s.injects.front().contingency = false;
    s.injects.front().delayMin = 0;
    s.injects.front().when = condition;
    MselModel msel;
    msel.setScenario(&s);
    msel.setLanguage(lang);
    QCOMPARE(msel.describe(condition), text);
    const QString mselTime = msel.index(0, MselModel::Time).data().toString();
    QVERIFY2(mselTime.contains(text), qPrintable(mselTime));
    TimelineModel timeline(s);
    QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setLanguage(lang);
    QCOMPARE(timeline.index(0, TimelineModel::TimeColumn).data().toString(), text);
    m_translations.apply(QStringLiteral("en"));
}

void TestScenarioNames::monitorNamesRecipients_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("tip");
    QTest::newRow("site en") << "en"
                             << "web"
                             << "Toto News"
                             << "Toto News (news)";
    QTest::newRow("site ja") << "ja"
                             << "web"
                             << "東都ニュース"
                             << "東都ニュース (news)";
    QTest::newRow("room ja") << "ja"
                             << "mail"
                             << "東都通信"
                             << "東都通信 (op-toto-telecom)";
}

void TestScenarioNames::monitorNamesRecipients()
{
    QFETCH(QString, lang);
    QFETCH(QString, channel);
    QFETCH(QString, to);
    QFETCH(QString, tip);
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(bundled()));
    ExerciseSession &session = w.console()->session();
    session.start();
    session.runTo(1);
    // The start posts every site's first pages; the control team mails Toto Telecom.
    QVERIFY(session
                .perform({{"do", "mail"},
                          {"from", "persona:chronos"},
                          {"to", QJsonArray{"op-toto-telecom"}},
                          {"subject", "Patch"},
                          {"body", "Apply 4.2.1"}})
                .ok);
    m_translations.apply(lang);
    CommsModel *comms = w.console()->monitor()->model();
    QAbstractItemModelTester tester(comms, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = channel == "web" ? QString("news") : QString("op-toto-telecom");
    int row = -1;
    for (int r = 0; r < comms->rowCount() && row < 0; ++r)
        if (comms->index(r, 0).data(CommsModel::ChannelRole).toString() == channel &&
            comms->index(r, 0).data(CommsModel::PartiesRole).toStringList().contains(id) &&
            (channel == "web" || comms->index(r, CommsModel::TextColumn).data().toString() == "Patch"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(comms->index(row, CommsModel::ToColumn).data().toString(), to);
    QCOMPARE(comms->index(row, CommsModel::ToColumn).data(Qt::ToolTipRole).toString(), tip);
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestScenarioNames)
#include "tst_scenario_names.moc"
