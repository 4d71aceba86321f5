// The scenario editor window's files, offscreen: it opens every bundled scenario without a
// problem, edits then saves to a golden file, autosaves and recovers, round-trips the MSEL
// spreadsheet; untitled documents autosave to the recovery directory (QStandardPaths test mode)
// and are offered back; dragged node positions are saved beside the scenario and read back; the
// console's menu opens editors. Diagnostics and forms: tst_editor_window_forms; a scenario
// built from nothing: tst_editor_build.
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

class TestEditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensBundledScenarios_data();
    void opensBundledScenarios();
    void templateIsValidAndBilingual();
    void editThenSaveMatchesGolden();
    void autosaveAndRecovery();
    void untitledAutosaveAndRecovery();
    void untitledCloseWithoutChangesDropsRecovery();
    void nodeDragIsSavedBesideTheScenario();
    void mselRoundTrip();
    void consoleActionsOpenEditor();
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

QTEST_MAIN(TestEditorWindow)
#include "tst_editor_window.moc"
