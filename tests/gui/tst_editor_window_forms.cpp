// The scenario editor window's diagnostics and forms, offscreen: it validates live (runnable()
// follows errors) and Run follows it, reveals the field of a diagnostic, a form edit is one undo
// step, renaming ids from the forms moves every reference, the room preview and the cascade
// panel follow the scenario, and its models pass QAbstractItemModelTester.
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

class TestEditorWindowForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveValidationAndRunnable();
    void revealPath_data();
    void revealPath();
    void formEditIsOneUndoStep();
    void runFollowsValidation();
    void renameFromForms();
    void roomPreviewInOrder();
    void cascadeFollowsAutonomy();
    void modelsPassTester();
};
void TestEditorWindowForms::initTestCase()
{
    // The recovery directory of untitled documents: a test one, empty.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ScenarioDocument::recoveryDir()).removeRecursively();
}

void TestEditorWindowForms::liveValidationAndRunnable()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    QSignalSpy runnable(&w, &EditorWindow::runnableChanged);
    ScenarioDocument *d = w.document();
    Edge bad{"power", "nowhere", 0.5, 0, 1, "power", {}};
    d->undoStack()->push(new cd::editor::ConnectNodesCommand(d, bad));
    QCOMPARE(w.runnable(), false);  // pending validation counts as not runnable
    QVERIFY(runnable.wait(5000));
    QCOMPARE(runnable.last().first().toBool(), false);
    QCOMPARE(w.runnable(), false);
    const auto *model = w.diagnosticsDock()->model();
    QVERIFY(model->errorCount() >= 1);
    bool found = false;
    for (const Diagnostic &diag : model->diagnostics())
        found = found || diag.path.startsWith("graph.edges[1]");
    QVERIFY(found);
    d->undoStack()->undo();
    d->validateNow();
    QCOMPARE(w.runnable(), true);
    QCOMPARE(runnable.last().first().toBool(), true);
}

void TestEditorWindowForms::revealPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("row");
    QTest::newRow("inject field") << "injects[2].to[0]" << int(EditorWindow::MselPage) << 2;
    QTest::newRow("room") << "rooms[3].sector" << int(EditorWindow::RoomsPage) << 3;
    QTest::newRow("node") << "graph.nodes[1].rate_per_h" << int(EditorWindow::GraphPageIndex) << -1;
    QTest::newRow("shock") << "truth.shocks[0].node" << int(EditorWindow::TruthPageIndex) << -1;
    QTest::newRow("meta") << "meta.duration" << int(EditorWindow::DetailsPage) << -1;
    QTest::newRow("survey") << "survey[0].type" << int(EditorWindow::SectionsPageIndex) << -1;
}

void TestEditorWindowForms::revealPath()
{
    QFETCH(QString, path);
    QFETCH(int, page);
    QFETCH(int, row);
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    w.revealPath(path);
    QCOMPARE(w.tabs()->currentIndex(), page);
    if (page == EditorWindow::MselPage)
        QCOMPARE(w.injectPage()->currentRow(), row);
    if (page == EditorWindow::RoomsPage)
        QCOMPARE(w.roomPage()->currentRow(), row);
}

void TestEditorWindowForms::formEditIsOneUndoStep()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    const Scenario before = w.document()->scenario();
    w.injectPage()->selectInject(1);
    auto *id = w.findChild<QLineEdit *>("injectId");
    QVERIFY(id);
    id->setText("I-renamed");
    emit id->editingFinished();
    QCOMPARE(w.document()->scenario().injects[1].id, QString("I-renamed"));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->scenario() == before);
    QCOMPARE(id->text(), QString("I-002"));  // the form follows the undo
}

void TestEditorWindowForms::runFollowsValidation()
{
    QMainWindow console;
    QMenu menu;
    auto *actions = new cd::editor::EditorActions(&menu, nullptr, {}, &console);
    std::unique_ptr<EditorWindow> w(actions->openEditor(QString()));
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    QAction *run = w->findChild<QAction *>("runExerciseAction");
    QVERIFY(run);
    QCOMPARE(run, w->runAction());
    w->document()->validateNow();
    QCOMPARE(w->runnable(), true);
    QCOMPARE(run->isEnabled(), true);

    Room r = w->document()->scenario().rooms[0];
    r.sector = "no-such-sector";
    w->document()->undoStack()->push(new cd::editor::SetRoomCommand(w->document(), 0, r));
    QCOMPARE(run->isEnabled(), false);  // not checked yet
    w->document()->validateNow();
    QCOMPARE(w->runnable(), false);
    QCOMPARE(run->isEnabled(), false);
    QVERIFY2(run->toolTip().contains("1 error"), qPrintable(run->toolTip()));
    QSignalSpy requested(actions, &cd::editor::EditorActions::runRequested);
    QCOMPARE(w->runExercise(), false);
    QCOMPARE(requested.count(), 0);

    w->document()->undoStack()->undo();
    w->document()->validateNow();
    QCOMPARE(run->isEnabled(), true);
    QVERIFY2(!run->toolTip().contains("error"), qPrintable(run->toolTip()));
    // Running saves the edits first; the console gets the saved file.
    QTemporaryDir tmp;
    const QString path = tmp.filePath("run.cxs.json");
    QVERIFY(w->saveAs(path));
    r = w->document()->scenario().rooms[0];
    r.phoneLines = 4;
    w->document()->undoStack()->push(new cd::editor::SetRoomCommand(w->document(), 0, r));
    QCOMPARE(run->isEnabled(), false);  // until the edit is checked (the 250 ms debounce)
    w->document()->validateNow();
    run->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w->document()->isModified(), false);
    QCOMPARE(loadScenarioFile(path).scenario->rooms[0].phoneLines, 4);
}

void TestEditorWindowForms::renameFromForms()
{
    EditorWindow w;
    QVERIFY(
        w.openFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json", EditorWindow::Recovery::Ignore));
    const Scenario before = w.document()->scenario();
    // A room: every inject addressed to it follows.
    w.tabs()->setCurrentIndex(EditorWindow::RoomsPage);
    w.roomPage()->selectRoom(1);
    auto *roomId = w.findChild<QLineEdit *>("roomId");
    QVERIFY(roomId);
    QCOMPARE(roomId->text(), QString("mic"));
    roomId->setText("soumu");
    emit roomId->editingFinished();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->scenario().rooms[1].id, QString("soumu"));
    int addressed = 0;
    for (const Inject &in : w.document()->scenario().injects) {
        QVERIFY(!in.to.contains("mic"));
        addressed += in.to.contains("soumu");
    }
    QCOMPARE(addressed, 5);
    // Refused: the id of another room. Nothing changes; the form shows the id again.
    roomId->setText("nisc");
    emit roomId->editingFinished();
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(roomId->text(), QString("soumu"));
    QWidget *refused = w.findChild<QWidget *>("renameRefusedBox");
    QVERIFY(refused);
    refused->close();
    // A sector on the graph page: edges and shocks follow.
    w.tabs()->setCurrentIndex(EditorWindow::GraphPageIndex);
    w.graphPage()->selectNode(0);
    auto *nodeId = w.findChild<QLineEdit *>("nodeId");
    QVERIFY(nodeId);
    QCOMPARE(nodeId->text(), QString("telecom"));
    nodeId->setText("telecoms");
    emit nodeId->editingFinished();
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QCOMPARE(w.document()->scenario().truth.shocks[0].node, QString("telecoms"));
    for (const Edge &e : w.document()->scenario().graph.edges)
        QVERIFY(e.from != "telecom" && e.to != "telecom");
    w.document()->validateNow();
    QCOMPARE(w.runnable(), true);  // nothing dangles
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->scenario() == before);
}

void TestEditorWindowForms::roomPreviewInOrder()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    const Scenario &s = w.document()->scenario();
    // op-telecom: I-001 at +00:00, then the conditional phone call I-003.
    QCOMPARE(cd::editor::receivedBy(s, "op-telecom"), (std::vector<int>{0, 2}));
    QCOMPARE(cd::editor::receivedBy(s, "op-power"), (std::vector<int>{0, 1}));
    QCOMPARE(cd::editor::receivedBy(s, "nisc"), (std::vector<int>{0}));
    auto *page = w.timelinePage();
    page->roomPicker()->setCurrentIndex(page->roomPicker()->findData("op-telecom"));
    QCOMPARE(page->preview()->count(), 2);
    QVERIFY(page->preview()->item(0)->text().contains("I-001"));
    QVERIFY(page->preview()->item(1)->text().contains("I-003"));
}

void TestEditorWindowForms::cascadeFollowsAutonomy()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    auto *model = w.cascadePanel()->model();
    const auto telecomBreach = [&]() -> std::optional<int> {
        w.cascadePanel()->recompute();
        for (const auto &r : model->rows())
            if (r.id == "telecom")
                return r.breachAt;
        return std::nullopt;
    };
    const std::optional<int> short_ = telecomBreach();
    QVERIFY(short_.has_value());
    // Half an hour more battery delays telecom's breach by at least 30 min: the buffer drains
    // at power's inoperability per hour, which is below 1.
    Edge e = w.document()->scenario().graph.edges[0];
    e.autonomyH += 0.5;
    w.document()->undoStack()->push(new cd::editor::SetEdgeCommand(w.document(), 0, e));
    const std::optional<int> longer = telecomBreach();
    QVERIFY(longer.has_value());
    QCOMPARE_GE(*longer - *short_, 30);
    w.document()->undoStack()->undo();
    QCOMPARE(telecomBreach(), short_);
}

void TestEditorWindowForms::modelsPassTester()
{
    EditorWindow w;
    QVERIFY(
        w.openFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json", EditorWindow::Recovery::Ignore));
    QAbstractItemModelTester shocks(w.truthPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester cascade(w.cascadePanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester msel(w.injectPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rooms(w.roomPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> sections;
    for (int tab = 0; tab < cd::editor::SectionsPage::ChannelsTab; ++tab) {
        auto *page = qobject_cast<cd::editor::ListFormPage *>(w.sectionsPage()->tabs()->widget(tab));
        QVERIFY(page);
        QCOMPARE_GT(page->model()->rowCount(), 0);
        sections.push_back(std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    // Edits reset the models; the testers check every signal on the way.
    w.document()->undoStack()->push(
        new cd::editor::ConnectNodesCommand(w.document(), Edge{"water", "gas", 0.2, 1, 1, "water", {}}));
    w.cascadePanel()->recompute();
    w.document()->undoStack()->undo();
    w.cascadePanel()->recompute();
    QCOMPARE(w.truthPage()->model()->rowCount(), int(w.document()->scenario().truth.shocks.size()));
    QCOMPARE(w.truthPage()->model()->data(w.truthPage()->model()->index(0, cd::editor::ShockModel::Node)).toString(),
             w.document()->scenario().truth.shocks[0].node);
}

QTEST_MAIN(TestEditorWindowForms)
#include "tst_editor_window_forms.moc"
