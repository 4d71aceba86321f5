// The scenario editor window, offscreen: a small scenario built from an empty document with the
// page buttons.
#include "control/diagnosticsdock.h"
#include "control/translations.h"
#include "editor/cascademodel.h"
#include "editor/cascadepanel.h"
#include "editor/channelspage.h"
#include "editor/commands/addinjectcommand.h"
#include "editor/commands/addnodecommand.h"
#include "editor/commands/addshockcommand.h"
#include "editor/commands/connectnodescommand.h"
#include "editor/commands/movenodecommand.h"
#include "editor/commands/renameidcommand.h"
#include "editor/commands/setedgecommand.h"
#include "editor/commands/setinjectcommand.h"
#include "editor/commands/setmetacommand.h"
#include "editor/commands/setnodecommand.h"
#include "editor/commands/setroomcommand.h"
#include "editor/editoractions.h"
#include "editor/editorwindow.h"
#include "editor/flowpage.h"
#include "editor/graphpage.h"
#include "editor/injectpage.h"
#include "editor/listformpage.h"
#include "editor/objectivepage.h"
#include "editor/personapage.h"
#include "editor/reach.h"
#include "editor/responsepage.h"
#include "editor/roompage.h"
#include "editor/scenariodocument.h"
#include "editor/sectionspage.h"
#include "editor/shockmodel.h"
#include "editor/sitepage.h"
#include "editor/surveypage.h"
#include "editor/textpairedit.h"
#include "editor/timelinepage.h"
#include "editor/truthpage.h"
#include "scenario/loader.h"
#include "scenario/msel.h"
#include "scenario/saver.h"
#include "typetext.h"
#include "views/diagnosticmodel.h"
#include "views/mselmodel.h"
#include "views/roommodel.h"
#include "views/scenariotablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cd::scenario;
using cd::editor::EditorWindow;

using cd::editor::ScenarioDocument;

class TestEditorBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildFromNothing_data();
    void buildFromNothing();
};
void TestEditorBuild::initTestCase()
{
    // The recovery directory of untitled documents: a test one, empty.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ScenarioDocument::recoveryDir()).removeRecursively();
}

void TestEditorBuild::buildFromNothing_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

// A small scenario built from an empty document with the page buttons and the commands they
// push; it must end valid. With CROSSDRILL_SCREENSHOT_DIR set (run under Xvfb), the window is
// saved as editor-LANG-PAGE.png there.
void TestEditorBuild::buildFromNothing()
{
    QFETCH(QString, lang);
    cd::gui::Translations translations;
    translations.apply(lang);
    EditorWindow w(&translations);
    ScenarioDocument *d = w.document();
    d->reset(Scenario{});
    Meta m;
    m.id = "mini";
    m.title = Text::fromPair("小規模演習: 停電と通信", "Mini exercise: outage and telecom");
    m.start = "13:00";
    m.durationMin = 180;
    d->undoStack()->push(new cd::editor::SetMetaCommand(d, m));
    // Rooms with the Add button, then named through the form's command.
    auto *roomPage = w.roomPage();
    const QList<std::pair<QString, Text>> rooms{{"nisc", Text::fromPair("NISC", "NISC")},
                                                {"ministry", Text::fromPair("所管省庁", "Ministry")},
                                                {"op-power", Text::fromPair("電力事業者", "Power operator")},
                                                {"op-telecom", Text::fromPair("通信事業者", "Telecom operator")}};
    const Role roles[] = {Role::Nisc, Role::Ministry, Role::Operator, Role::Operator};
    for (int i = 0; i < rooms.size(); ++i) {
        auto *add = roomPage->findChildren<QPushButton *>().first();
        QTest::mouseClick(add, Qt::LeftButton);
        Room r = d->scenario().rooms[i];
        r.id = rooms[i].first;
        r.name = rooms[i].second;
        r.role = roles[i];
        d->undoStack()->push(new cd::editor::SetRoomCommand(d, i, r));
    }
    // Sectors with the canvas' Add action, then a dependency.
    const QList<std::tuple<QString, Text, double, QString>> nodes{
        {"power", Text::fromPair("電力", "Electricity"), 1000000, "households"},
        {"telecom", Text::fromPair("情報通信", "Telecom"), 2000000, "users"},
        {"finance", Text::fromPair("金融", "Finance"), 500000, "transactions"}};
    for (int i = 0; i < nodes.size(); ++i) {
        w.graphPage()->addNodeAction()->trigger();
        Node n = d->scenario().graph.nodes[i];
        n.id = std::get<0>(nodes[i]);
        n.name = std::get<1>(nodes[i]);
        n.served = std::get<2>(nodes[i]);
        n.unit = std::get<3>(nodes[i]);
        n.ratePerH = 2;
        n.level = Level{n.served / 20, 30, {}};
        d->undoStack()->push(new cd::editor::SetNodeCommand(d, i, n));
    }
    d->undoStack()->push(new cd::editor::ConnectNodesCommand(d, Edge{"power", "telecom", 0.5, 1, 1, "power", {}}));
    d->undoStack()->push(
        new cd::editor::ConnectNodesCommand(d, Edge{"telecom", "finance", 0.6, 0.5, 1, "communications", {}}));
    d->undoStack()->push(new cd::editor::ConnectNodesCommand(d, Edge{"power", "finance", 0.3, 3, 1, "power", {}}));
    d->undoStack()->push(new cd::editor::AddShockCommand(d, 0, Shock{"power", 0.7, 10, 120}));
    const auto inject = [](QString id, std::optional<int> at, Channel ch, QString from, QStringList to, Text subject) {
        Inject in;
        in.id = std::move(id);
        in.atMin = at;
        in.channel = ch;
        in.from = std::move(from);
        in.to = std::move(to);
        in.subject = std::move(subject);
        return in;
    };
    d->undoStack()->push(new cd::editor::AddInjectCommand(
        d, 0,
        inject("I-001", 0, Channel::Mail, "control", {"nisc", "ministry", "op-power", "op-telecom"},
               Text::fromPair("【状況付与】演習開始", "[Inject] Exercise start"))));
    d->undoStack()->push(
        new cd::editor::AddInjectCommand(d, 1,
                                         inject("I-002", 15, Channel::Mail, "control", {"op-power"},
                                                Text::fromPair("【状況付与】広域停電", "[Inject] Wide-area outage"))));
    d->undoStack()->push(
        new cd::editor::AddInjectCommand(d, 2,
                                         inject("I-003", 50, Channel::Phone, "control", {"op-telecom"},
                                                Text::fromPair("基地局の停波", "Base stations off air"))));
    Inject conditional = inject("I-004", std::nullopt, Channel::Mail, "control", {"ministry", "nisc"},
                                Text::fromPair("金融分野への波及", "The outage reaches finance"));
    Condition breach;
    breach.kind = Condition::Kind::Breach;
    breach.ref = "finance";
    conditional.when = breach;
    d->undoStack()->push(new cd::editor::AddInjectCommand(d, 3, conditional));
    Inject withExpected = d->scenario().injects[1];
    withExpected.body = Text::fromPair("13:10から管内の約70万世帯が停電しています。",
                                       "Since 13:10 about 700,000 households have no power.");
    withExpected.expected = {{"E-002", "op-power", Action::Report, "ministry", 30, 1}};
    d->undoStack()->push(new cd::editor::SetInjectCommand(d, 1, withExpected));
    // The other sections with their pages' Add buttons and form fields, as a controller would.
    auto *sections = w.sectionsPage();
    const auto typeInto = [](QLineEdit *e, const QString &text) {
        typeText(e, text);
        QTest::keyClick(e, Qt::Key_Return);
    };
    const auto setPair = [&](QWidget *page, const QString &name, int which, const QString &text) {
        auto *pair = page->findChild<cd::editor::TextPairEdit *>(name);
        QVERIFY(pair);
        typeInto(pair->findChildren<QLineEdit *>().at(which), text);
    };
    QTest::mouseClick(sections->objectivePage()->addButton(), Qt::LeftButton);
    QTest::mouseClick(sections->personaPage()->addButton(), Qt::LeftButton);
    typeInto(sections->personaPage()->findChild<QLineEdit *>("personaId"), "press");
    setPair(sections->personaPage(), "personaName", 0, "東都新聞 記者");
    setPair(sections->personaPage(), "personaName", 1, "Toto Shimbun reporter");
    QTest::mouseClick(sections->sitePage()->addButton(), Qt::LeftButton);
    typeInto(sections->sitePage()->findChild<QLineEdit *>("siteId"), "news");
    QTest::mouseClick(sections->responsePage()->addButton(), Qt::LeftButton);
    QTest::mouseClick(sections->flowPage()->addButton(), Qt::LeftButton);
    QTest::mouseClick(sections->surveyPage()->addButton(), Qt::LeftButton);
    const Scenario &built = d->scenario();
    QCOMPARE(built.meta.objectives.size(), std::size_t(1));
    QCOMPARE(built.personas.size(), std::size_t(1));
    QCOMPARE(built.personas[0].name, Text::fromPair("東都新聞 記者", "Toto Shimbun reporter"));
    QCOMPARE(built.sites.size(), std::size_t(1));
    QCOMPARE(built.sites[0].id, QString("news"));
    QCOMPARE(built.responses.size(), std::size_t(1));
    QCOMPARE(built.expectedFlows.size(), std::size_t(1));
    QCOMPARE(built.survey.size(), std::size_t(1));
    d->validateNow();
    QStringList problems;
    for (const Diagnostic &diag : d->diagnostics())
        problems << diag.format();
    QCOMPARE(problems, QStringList());
    QCOMPARE(w.runnable(), true);
    w.cascadePanel()->recompute();
    int breached = 0;
    for (const auto &r : w.cascadePanel()->model()->rows())
        breached += r.breachAt.has_value();
    QCOMPARE_GE(breached, 2);  // power, then telecom through its 1 h battery

    // Saved, the file passes `crossdrill validate`.
    QTemporaryDir tmp;
    const QString file = tmp.filePath("mini.cxs.json");
    QVERIFY(w.saveAs(file));
    QProcess validate;
    validate.start(CROSSDRILL_BINARY, {"validate", file});
    QVERIFY(validate.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(validate.readAllStandardError()), QString());
    QCOMPARE(validate.exitCode(), 0);

    const QString dir = qEnvironmentVariable("CROSSDRILL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<std::pair<int, QString>> pages{{EditorWindow::MselPage, "msel"},
                                               {EditorWindow::GraphPageIndex, "graph"},
                                               {EditorWindow::TimelinePageIndex, "timeline"}};
    for (const auto &[page, name] : pages) {
        w.tabs()->setCurrentIndex(page);
        if (page == EditorWindow::MselPage)
            w.injectPage()->selectInject(1);
        if (page == EditorWindow::GraphPageIndex)
            w.graphPage()->selectEdge(0);
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(dir).filePath(QString("editor-%1-%2.png").arg(lang, name))));
    }
    w.tabs()->setCurrentIndex(EditorWindow::SectionsPageIndex);
    const QList<std::pair<int, QString>> tabs{
        {cd::editor::SectionsPage::PersonasTab, "personas"},   {cd::editor::SectionsPage::SitesTab, "sites"},
        {cd::editor::SectionsPage::ResponsesTab, "responses"}, {cd::editor::SectionsPage::FlowsTab, "flows"},
        {cd::editor::SectionsPage::SurveyTab, "survey"},       {cd::editor::SectionsPage::ChannelsTab, "channels"}};
    for (const auto &[tab, name] : tabs) {
        sections->tabs()->setCurrentIndex(tab);
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(dir).filePath(QString("editor-%1-sections-%2.png").arg(lang, name))));
    }
}

QTEST_MAIN(TestEditorBuild)
#include "tst_editor_build.moc"
