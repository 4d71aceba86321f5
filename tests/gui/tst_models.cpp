// The scenario item models (app/views/) on a scenario built in code: structure checked by
// QAbstractItemModelTester, values and numeric sorting checked row by row.
#include "views/diagnosticmodel.h"
#include "views/mselmodel.h"
#include "views/roommodel.h"
#include "views/sectormodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace cd::scenario;
using cd::gui::DiagnosticModel;
using cd::gui::MselModel;
using cd::gui::RoomModel;
using cd::gui::ScenarioTableModel;
using cd::gui::SectorModel;

namespace {

Inject timed(const QString &id, int at, Channel channel, const QString &from, QStringList to, const Text &subject)
{
    Inject i;
    i.id = id;
    i.atMin = at;
    i.channel = channel;
    i.from = from;
    i.to = std::move(to);
    i.subject = subject;
    return i;
}

Scenario makeScenario()
{
    Scenario s;
    s.meta.id = QStringLiteral("models");
    s.meta.title = Text::fromPair(QStringLiteral("模型"), QStringLiteral("Models"));
    s.meta.start = QStringLiteral("12:30");
    s.meta.durationMin = 600;
    s.rooms = {{QStringLiteral("nisc"), Text::fromPair("NISC", "NISC"), Role::Nisc, {}, {}, 3},
               {QStringLiteral("mic"), Text::fromPair("総務省", "MIC"), Role::Ministry, {}, {"telecom", "power"}, 1},
               {QStringLiteral("op-a"), Text::fromPlain("Operator A"), Role::Operator, "telecom", {}, 2}};
    s.personas = {{QStringLiteral("desk"), Text::fromPair("顧客窓口", "Customer desk"), QStringLiteral("customer")}};
    Node power{QStringLiteral("power"),
               Text::fromPair("電力", "Electricity"),
               0.5,
               1000000,
               QStringLiteral("kW"),
               Level{100000, 10, Text::fromPair("10万kW以上が10分以上", "100,000 kW for 10 min")},
               0,
               {}};
    Node telecom{QStringLiteral("telecom"),
                 Text::fromPair("情報通信", "Telecom"),
                 kInfiniteRate,
                 20000000,
                 QStringLiteral("users"),
                 Level{30000, 120, {}},
                 0,
                 {}};
    s.graph.nodes = {power, telecom};

    // Scenario order differs from time order.
    s.injects.push_back(
        timed("I-1", 45, Channel::Mail, "persona:desk", {"op-a"}, Text::fromPair("つながらない", "No calls")));
    s.injects.push_back(timed("I-2", 600, Channel::Phone, "control", {"nisc", "mic"}, Text::fromPlain("Late call")));
    Inject conditional = timed("I-3", 0, Channel::Mail, "persona:desk", {"mic"}, Text::fromPlain("Conditional"));
    conditional.atMin.reset();
    Condition q{Condition::Kind::NodeQ, QStringLiteral("telecom"), 0.3, 0, {}};
    Condition fired{Condition::Kind::Fired, QStringLiteral("I-1"), 0, 30, {}};
    conditional.when = Condition{Condition::Kind::Any, {}, 0, 0, {q, fired}};
    conditional.delayMin = 10;
    conditional.contingency = true;
    s.injects.push_back(conditional);
    s.injects.push_back(timed("I-4", 5, Channel::Web, "control", {}, Text{}));
    s.injects.back().page =
        Page{QStringLiteral("news"), QStringLiteral("/a"), Text::fromPlain("Headline"), Text::fromPlain("Body")};
    s.sites = {{QStringLiteral("news"), Text::fromPair("ニュース", "News"), QStringLiteral("news"), {"all"}, {}, {}}};
    return s;
}

QStringList columnTexts(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data(role).toString();
    return out;
}

std::unique_ptr<ScenarioTableModel> makeModel(const QString &which)
{
    if (which == "msel")
        return std::make_unique<MselModel>();
    if (which == "rooms")
        return std::make_unique<RoomModel>();
    return std::make_unique<SectorModel>();
}

}  // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void modelTester_data();
    void modelTester();
    void mselValues_data();
    void mselValues();
    void mselLongRecipientListsAreSummarised();
    void mselSortsTimesNumerically_data();
    void mselSortsTimesNumerically();
    void roomsAndSectors_data();
    void roomsAndSectors();
    void languageFollowsSetLanguage();
    void diagnostics();
};

void TestModels::modelTester_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("msel") << "msel";
    QTest::newRow("rooms") << "rooms";
    QTest::newRow("sectors") << "sectors";
}

void TestModels::modelTester()
{
    QFETCH(QString, which);
    std::unique_ptr<ScenarioTableModel> model = makeModel(which);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Scenario first = makeScenario();
    Scenario second = makeScenario();
    second.injects.pop_back();
    second.rooms.pop_back();
    second.graph.nodes.pop_back();
    model->setScenario(&first);
    QCOMPARE_GT(model->rowCount(), 1);
    model->setLanguage(QStringLiteral("ja"));
    model->setScenario(&second);
    model->setLanguage(QStringLiteral("en"));
    model->setScenario(nullptr);
    QCOMPARE(model->rowCount(), 0);
}

void TestModels::mselValues_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ids") << "en" << int(MselModel::Id) << QStringList{"I-1", "I-2", "I-3", "I-4"};
    QTest::newRow("times") << "en" << int(MselModel::Time)
                           << QStringList{"+00:45 (13:15)", "+10:00 (22:30)",
                                          "when Telecom q ≥ 0.3 or +00:30 after I-1, then +00:10 [contingency]",
                                          "+00:05 (12:35)"};
    QTest::newRow("from en") << "en" << int(MselModel::From)
                             << QStringList{"Customer desk", "Control team", "Customer desk", "Control team"};
    QTest::newRow("to en") << "en" << int(MselModel::To) << QStringList{"Operator A", "NISC, MIC", "MIC", "News"};
    QTest::newRow("to ja") << "ja" << int(MselModel::To)
                           << QStringList{"Operator A", "NISC, 総務省", "総務省", "ニュース"};
    QTest::newRow("subject ja") << "ja" << int(MselModel::Subject)
                                << QStringList{"つながらない", "Late call", "Conditional", "Headline"};
    QTest::newRow("channel") << "en" << int(MselModel::Channel) << QStringList{"Mail", "Phone", "Mail", "Web"};
}

void TestModels::mselValues()
{
    QFETCH(QString, lang);
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    const Scenario s = makeScenario();
    MselModel model;
    model.setLanguage(lang);
    model.setScenario(&s);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(columnTexts(model, column), expected);
}

void TestModels::mselLongRecipientListsAreSummarised()
{
    Scenario s = makeScenario();
    s.injects.push_back(timed("I-5", 0, Channel::Mail, "control", {"op-a", "nisc", "mic"}, Text::fromPlain("Start")));
    s.injects.push_back(timed("I-6", 1, Channel::Mail, "control", {"op-a", "nisc"}, Text::fromPlain("Two")));
    MselModel model;
    model.setScenario(&s);
    QCOMPARE(model.index(4, MselModel::To).data().toString(), "All rooms (3)");
    QCOMPARE(model.index(4, MselModel::To).data(Qt::ToolTipRole).toString(),
             "Operator A (op-a)\nNISC (nisc)\nMIC (mic)");
    QCOMPARE(model.index(5, MselModel::To).data().toString(), "Operator A, NISC");
    s.rooms.push_back({"r4", Text::fromPlain("Four"), Role::Observer, {}, {}, 1});
    s.rooms.push_back({"r5", Text::fromPlain("Five"), Role::Observer, {}, {}, 1});
    s.rooms.push_back({"r6", Text::fromPlain("Six"), Role::Observer, {}, {}, 1});
    s.injects[5].to << "mic"
                    << "r4";
    model.setScenario(&s);
    QCOMPARE(model.index(5, MselModel::To).data().toString(), "Operator A, NISC, MIC, Four");
    s.injects[5].to << "r5";
    QCOMPARE(model.index(5, MselModel::To).data().toString(), "Operator A, NISC, MIC and 2 more");
    QCOMPARE(model.toText(s.injects[5], false), "Operator A, NISC, MIC, Four, Five");
}

void TestModels::mselSortsTimesNumerically_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expectedIds");
    // Untimed injects come after every timed one; +10:00 after +00:45.
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringList{"I-4", "I-1", "I-2", "I-3"};
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringList{"I-3", "I-2", "I-1", "I-4"};
}

void TestModels::mselSortsTimesNumerically()
{
    QFETCH(int, order);
    QFETCH(QStringList, expectedIds);
    const Scenario s = makeScenario();
    MselModel model;
    model.setScenario(&s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ScenarioTableModel::RawRole);
    proxy.sort(MselModel::Time, Qt::SortOrder(order));
    QCOMPARE(columnTexts(proxy, MselModel::Id), expectedIds);
    QCOMPARE(model.index(1, MselModel::Time).data(ScenarioTableModel::RawRole).toLongLong(), 600);
    QCOMPARE(model.index(2, MselModel::Time).data(MselModel::ContingencyRole).toBool(), true);
    QCOMPARE(model.index(0, MselModel::Time).data(MselModel::ContingencyRole).toBool(), false);
}

void TestModels::roomsAndSectors_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("room names ja") << "rooms"
                                   << "ja" << int(RoomModel::Name) << QStringList{"NISC", "総務省", "Operator A"};
    QTest::newRow("room roles") << "rooms"
                                << "en" << int(RoomModel::Role) << QStringList{"NISC", "Ministry", "Operator"};
    QTest::newRow("room sectors") << "rooms"
                                  << "en" << int(RoomModel::Sector)
                                  << QStringList{"", "Telecom, Electricity", "Telecom"};
    QTest::newRow("phone lines") << "rooms"
                                 << "en" << int(RoomModel::PhoneLines) << QStringList{"3", "1", "2"};
    QTest::newRow("sector names ja") << "sectors"
                                     << "ja" << int(SectorModel::Name) << QStringList{"電力", "情報通信"};
    QTest::newRow("served") << "sectors"
                            << "en" << int(SectorModel::Served) << QStringList{"1,000,000 kW", "20,000,000 users"};
    QTest::newRow("level") << "sectors"
                           << "en" << int(SectorModel::Level)
                           << QStringList{"≥ 100,000 kW for ≥ 10 min", "≥ 30,000 users for ≥ 2 h"};
    QTest::newRow("level text") << "sectors"
                                << "ja" << int(SectorModel::LevelText) << QStringList{"10万kW以上が10分以上", ""};
}

void TestModels::roomsAndSectors()
{
    QFETCH(QString, which);
    QFETCH(QString, lang);
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    const Scenario s = makeScenario();
    std::unique_ptr<ScenarioTableModel> model = makeModel(which);
    model->setLanguage(lang);
    model->setScenario(&s);
    QCOMPARE(columnTexts(*model, column), expected);
}

void TestModels::languageFollowsSetLanguage()
{
    const Scenario s = makeScenario();
    SectorModel model;
    model.setScenario(&s);
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
    QCOMPARE(model.index(0, SectorModel::Name).data().toString(), "Electricity");
    model.setLanguage(QStringLiteral("ja"));
    QCOMPARE(model.index(0, SectorModel::Name).data().toString(), "電力");
    QCOMPARE(dataSpy.size(), 1);
    QCOMPARE(headerSpy.size(), 1);
    QCOMPARE(model.index(1, SectorModel::Served).data(ScenarioTableModel::RawRole).toDouble(), 20000000.0);
}

void TestModels::diagnostics()
{
    DiagnosticModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(
        {{"/tmp/x/bad.cxs.json", 7, 18, Diagnostic::Severity::Error, "unknown key 'chanel'", "injects[0]"},
         {"/tmp/x/bad.cxs.json", 9, 0, Diagnostic::Severity::Warning, "odd", {}}});
    QCOMPARE(columnTexts(model, 0),
             (QStringList{"bad.cxs.json:7:18: error: unknown key 'chanel'", "bad.cxs.json:9: warning: odd"}));
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    QCOMPARE(model.index(0, 0).data(DiagnosticModel::PathRole).toString(), "injects[0]");
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
