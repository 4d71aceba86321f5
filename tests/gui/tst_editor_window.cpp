// The scenario editor window, offscreen: it opens every bundled scenario without a problem,
// edits then saves to a golden file, validates live (runnable() follows errors), reveals the
// field of a diagnostic, autosaves and recovers, round-trips the MSEL
// spreadsheet, and its models pass QAbstractItemModelTester. Untitled documents autosave to the
// recovery directory (QStandardPaths test mode) and are offered back; Run follows runnable();
// renaming ids from the forms moves every reference; dragged node positions are saved beside
// the scenario and read back.
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
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace cd::scenario;
using cd::editor::EditorWindow;

using cd::editor::ScenarioDocument;

class TestEditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensBundledScenarios_data();
    void opensBundledScenarios();
    void templateIsValidAndBilingual();
    void editThenSaveMatchesGolden();
    void liveValidationAndRunnable();
    void revealPath_data();
    void revealPath();
    void formEditIsOneUndoStep();
    void autosaveAndRecovery();
    void untitledAutosaveAndRecovery();
    void untitledCloseWithoutChangesDropsRecovery();
    void runFollowsValidation();
    void renameFromForms();
    void nodeDragIsSavedBesideTheScenario();
    void mselRoundTrip();
    void roomPreviewInOrder();
    void cascadeFollowsAutonomy();
    void modelsPassTester();
    void consoleActionsOpenEditor();
    void buildFromNothing_data();
    void buildFromNothing();
};

void TestEditorWindow::initTestCase()
{
    // The recovery directory of untitled documents: a test one, empty.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ScenarioDocument::recoveryDir()).removeRecursively();
}

void TestEditorWindow::opensBundledScenarios_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(CROSSDRILL_SOURCE_DIR "/scenarios");
    const QStringList files = dir.entryList({"*.cxs.json"}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestEditorWindow::opensBundledScenarios()
{
    QFETCH(QString, path);
    EditorWindow w;
    QVERIFY(w.openFile(path, EditorWindow::Recovery::Ignore));
    w.document()->validateNow();
    QStringList problems;
    for (const Diagnostic &d : w.document()->diagnostics())
        problems << d.format();
    QCOMPARE(problems, QStringList());
    QCOMPARE(w.runnable(), true);
    QCOMPARE(w.isWindowModified(), false);
    QCOMPARE(w.injectPage()->model()->rowCount(), int(w.document()->scenario().injects.size()));
    QCOMPARE(w.roomPage()->model()->rowCount(), int(w.document()->scenario().rooms.size()));
    w.cascadePanel()->recompute();
    QCOMPARE(w.cascadePanel()->model()->error(), QString());
    QCOMPARE(w.cascadePanel()->model()->rowCount(), int(w.document()->scenario().graph.nodes.size()));
}

void TestEditorWindow::templateIsValidAndBilingual()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    w.document()->validateNow();
    QCOMPARE(w.document()->diagnostics().size(), std::size_t(0));
    QCOMPARE(w.document()->filePath(), QString());
    const Scenario &s = w.document()->scenario();
    QCOMPARE(s.meta.title.bilingual, true);
    QVERIFY(!s.meta.title.ja.isEmpty());
    QVERIFY(!s.meta.title.en.isEmpty());
    for (const Inject &i : s.injects) {
        QCOMPARE(i.subject.bilingual, true);
        QVERIFY(!i.subject.ja.isEmpty());
        QVERIFY(!i.subject.en.isEmpty());
    }
}

void TestEditorWindow::editThenSaveMatchesGolden()
{
    QTemporaryDir tmp;
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    ScenarioDocument *d = w.document();
    Inject in;
    in.id = "I-004";
    in.atMin = 45;
    in.channel = Channel::Mail;
    in.from = "control";
    in.to = {"ministry"};
    in.cc = {"nisc"};
    in.subject = Text::fromPair("【状況付与】通信障害", "[Inject] Telecom outage");
    in.body = Text::fromPair("携帯基地局の一部が停波しています。", "Some mobile base stations are off air.");
    d->undoStack()->push(new cd::editor::AddInjectCommand(d, 3, in));
    Room r = d->scenario().rooms[1];
    r.phoneLines = 3;
    d->undoStack()->push(new cd::editor::SetRoomCommand(d, 1, r));
    Node water;
    water.id = "water";
    water.name = Text::fromPair("水道", "Water");
    water.ratePerH = 1;
    water.served = 500000;
    water.unit = "households";
    d->undoStack()->push(new cd::editor::AddNodeCommand(d, 2, water));
    d->undoStack()->push(new cd::editor::ConnectNodesCommand(d, Edge{"power", "water", 0.3, 6, 1, "power", {}}));
    QCOMPARE(w.isWindowModified(), true);

    const QString out = tmp.filePath("edited.cxs.json");
    QVERIFY(w.saveAs(out));
    QCOMPARE(w.isWindowModified(), false);
    QCOMPARE(d->filePath(), out);
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    const LoadResult reloaded = loadScenario(bytes, "edited.cxs.json");
    QCOMPARE(reloaded.diagnostics.size(), std::size_t(0));
    QVERIFY(*reloaded.scenario == d->scenario());
    QFile golden(CROSSDRILL_TEST_DATA "/editor/edited.cxs.json");
    if (!golden.exists()) {  // first run: leave the output to inspect and commit as the golden file
        QFile actual(QDir::temp().filePath("edited.actual.cxs.json"));
        QVERIFY(actual.open(QIODevice::WriteOnly));
        actual.write(bytes);
    }
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(golden.readAll()));
}

void TestEditorWindow::liveValidationAndRunnable()
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

void TestEditorWindow::revealPath_data()
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

void TestEditorWindow::revealPath()
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

void TestEditorWindow::formEditIsOneUndoStep()
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

void TestEditorWindow::autosaveAndRecovery()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("s.cxs.json");
    {
        EditorWindow w;
        QVERIFY(w.newFromTemplate());
        QVERIFY(w.saveAs(path));
        QCOMPARE(w.document()->autosave(), false);  // nothing unsaved
        Room r = w.document()->scenario().rooms[0];
        r.phoneLines = 9;
        w.document()->undoStack()->push(new cd::editor::SetRoomCommand(w.document(), 0, r));
        QCOMPARE(w.document()->autosave(), true);
        QVERIFY(QFile::exists(ScenarioDocument::autosavePath(path)));
        // A crash now: the window goes away without saving (no prompt on destruction).
    }
    QCOMPARE(ScenarioDocument::hasRecovery(path), true);
    EditorWindow w;
    QVERIFY(w.openFile(path, EditorWindow::Recovery::Recover));
    QCOMPARE(w.document()->scenario().rooms[0].phoneLines, 9);
    QCOMPARE(w.document()->isModified(), true);
    QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(w.save());
    QCOMPARE(QFile::exists(ScenarioDocument::autosavePath(path)), false);
    QCOMPARE(ScenarioDocument::hasRecovery(path), false);
    EditorWindow again;
    QVERIFY(again.openFile(path, EditorWindow::Recovery::Ask));  // no autosave: no question
    QCOMPARE(again.document()->scenario().rooms[0].phoneLines, 9);
}

void TestEditorWindow::untitledAutosaveAndRecovery()
{
    QString file;
    {
        EditorWindow w;
        QVERIFY(w.newFromTemplate());
        QCOMPARE(w.document()->autosave(), false);  // nothing unsaved
        QCOMPARE(ScenarioDocument::untitledRecoveries(), QStringList());
        Room r = w.document()->scenario().rooms[0];
        r.phoneLines = 7;
        w.document()->undoStack()->push(new cd::editor::SetRoomCommand(w.document(), 0, r));
        w.document()->undoStack()->push(new cd::editor::MoveNodeCommand(w.document(), {{"power", QPointF(12, 34)}}));
        QCOMPARE(w.document()->autosave(), true);
        file = w.document()->autosaveFile();
        QCOMPARE(QFileInfo(file).absolutePath(), QDir(ScenarioDocument::recoveryDir()).absolutePath());
        QCOMPARE(ScenarioDocument::untitledRecoveries(), QStringList{file});
        // A crash now: the window goes away without saving (no prompt on destruction).
    }
    // The next start offers it back.
    QMainWindow console;
    QMenu menu;
    auto *actions = new cd::editor::EditorActions(&menu, nullptr, {}, &console);
    std::unique_ptr<QWidget> box(actions->offerRecovery());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QString("recoveryBox"));
    box.reset();
    const QList<EditorWindow *> windows = actions->recoverUntitled(ScenarioDocument::untitledRecoveries());
    QCOMPARE(windows.size(), 1);
    std::unique_ptr<EditorWindow> w(windows.first());
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    QCOMPARE(w->document()->scenario().rooms[0].phoneLines, 7);
    QCOMPARE(w->document()->layout().value("power"), QPointF(12, 34));
    QCOMPARE(w->document()->isModified(), true);
    QCOMPARE(w->isWindowModified(), true);
    QCOMPARE(w->document()->filePath(), QString());
    // Saving it removes the recovery file.
    QTemporaryDir tmp;
    QVERIFY(w->saveAs(tmp.filePath("recovered.cxs.json")));
    QCOMPARE(QFile::exists(file), false);
    QCOMPARE(ScenarioDocument::untitledRecoveries(), QStringList());
    QCOMPARE(actions->offerRecovery(), nullptr);  // nothing left to offer
}

void TestEditorWindow::untitledCloseWithoutChangesDropsRecovery()
{
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    Room r = w.document()->scenario().rooms[1];
    r.phoneLines = 3;
    w.document()->undoStack()->push(new cd::editor::SetRoomCommand(w.document(), 1, r));
    QCOMPARE(w.document()->autosave(), true);
    const QString file = w.document()->autosaveFile();
    QVERIFY(QFile::exists(file));
    w.document()->undoStack()->undo();  // back to unchanged: closing asks nothing
    QCOMPARE(w.document()->isModified(), false);
    QVERIFY(w.close());
    QCOMPARE(QFile::exists(file), false);
    QCOMPARE(ScenarioDocument::untitledRecoveries(), QStringList());
}

void TestEditorWindow::runFollowsValidation()
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

void TestEditorWindow::renameFromForms()
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

void TestEditorWindow::nodeDragIsSavedBesideTheScenario()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("layout.cxs.json");
    {
        EditorWindow w;
        QVERIFY(w.newFromTemplate());
        QVERIFY(w.saveAs(path));
        QCOMPARE(QFile::exists(ScenarioDocument::layoutPath(path)), false);  // nothing placed yet
        w.tabs()->setCurrentIndex(EditorWindow::GraphPageIndex);
        cd::editor::GraphCanvas *canvas = w.graphPage()->canvas();
        QGraphicsItem *telecom = nullptr;
        for (QGraphicsItem *item : canvas->scene()->items())
            if (item->toolTip() == "telecom")
                telecom = item;
        QVERIFY(telecom);
        // What a drag leaves: the node selected and moved, then the button released.
        canvas->scene()->clearSelection();
        telecom->setSelected(true);
        telecom->setPos(QPointF(150, -75));
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.document()->layout().value("telecom"), QPointF(150, -75));
        QCOMPARE(canvas->nodePosition("telecom"), QPointF(150, -75));
        QCOMPARE(w.document()->isModified(), true);
        QVERIFY(w.save());
    }
    QCOMPARE(ScenarioDocument::layoutPath(path), tmp.filePath("layout.cxs.layout.json"));
    QVERIFY(QFile::exists(ScenarioDocument::layoutPath(path)));
    EditorWindow again;
    QVERIFY(again.openFile(path, EditorWindow::Recovery::Ignore));
    QCOMPARE(again.document()->layout().value("telecom"), QPointF(150, -75));
    QCOMPARE(again.graphPage()->canvas()->nodePosition("telecom"), QPointF(150, -75));
    QCOMPARE(again.document()->isModified(), false);
}

void TestEditorWindow::mselRoundTrip()
{
    QTemporaryDir tmp;
    EditorWindow w;
    QVERIFY(
        w.openFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json", EditorWindow::Recovery::Ignore));
    const Scenario before = w.document()->scenario();
    const QString csv = tmp.filePath("msel.csv");
    QVERIFY(w.exportMsel(csv));
    QStringList problems;
    QVERIFY(w.importMsel(csv, &problems));
    QCOMPARE(problems, QStringList());
    QVERIFY(w.document()->scenario() == before);
    // A bad spreadsheet changes nothing and says where.
    QFile bad(tmp.filePath("bad.csv"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(msel::columns().join(',').toUtf8() + "\nI-1,+00:10,fax,control,nisc,,s,b,,,,,,\n");
    bad.close();
    QCOMPARE(w.importMsel(bad.fileName(), &problems), false);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().startsWith("bad.csv:2"), qPrintable(problems.first()));
    QVERIFY(w.document()->scenario() == before);
}

void TestEditorWindow::roomPreviewInOrder()
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

void TestEditorWindow::cascadeFollowsAutonomy()
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

void TestEditorWindow::modelsPassTester()
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

// The console's File menu entries: Edit Scenario opens the console's file, New Scenario from
// Template an untitled document from the template; each in its own window.
void TestEditorWindow::consoleActionsOpenEditor()
{
    QMainWindow console;
    QMenu menu;
    QString current = CROSSDRILL_SOURCE_DIR "/scenarios/2007-ddos-mail-only.cxs.json";
    auto *actions = new cd::editor::EditorActions(
        &menu, nullptr, [&] { return current; }, &console);
    QCOMPARE(menu.actions().size(), 2);
    QCOMPARE(menu.actions().at(1), actions->editAction());
    std::unique_ptr<EditorWindow> edit(actions->openEditor(current));
    QCOMPARE(edit->document()->filePath(), QFileInfo(current).absoluteFilePath());
    QCOMPARE(edit->document()->scenario().meta.id, QString("nisc-2007-ddos-mail-only"));
    edit->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<EditorWindow> fresh(actions->openEditor(QString()));
    fresh->setAttribute(Qt::WA_DeleteOnClose, false);
    QCOMPARE(fresh->document()->filePath(), QString());
    QCOMPARE(fresh->document()->scenario().meta.id, QString("new-scenario"));
}

void TestEditorWindow::buildFromNothing_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

// A small scenario built from an empty document with the page buttons and the commands they
// push; it must end valid. With CROSSDRILL_SCREENSHOT_DIR set (run under Xvfb), the window is
// saved as editor-LANG-PAGE.png there.
void TestEditorWindow::buildFromNothing()
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

QTEST_MAIN(TestEditorWindow)
#include "tst_editor_window.moc"
