// Every edit command of the scenario editor on the bundled NISC 2008 scenario: redo gives the
// scenario the test expects (built by editing a copy by hand), undo restores the original
// exactly (operator==), redo again gives the expected scenario again; the document's modified
// flag follows the undo stack's clean state.
#include "editor/commands/addinjectcommand.h"
#include "editor/commands/addnodecommand.h"
#include "editor/commands/addroomcommand.h"
#include "editor/commands/addshockcommand.h"
#include "editor/commands/connectnodescommand.h"
#include "editor/commands/importmselcommand.h"
#include "editor/commands/moveinjectcommand.h"
#include "editor/commands/removeedgecommand.h"
#include "editor/commands/removeinjectcommand.h"
#include "editor/commands/removenodecommand.h"
#include "editor/commands/removeroomcommand.h"
#include "editor/commands/removeshockcommand.h"
#include "editor/commands/replacesectioncommand.h"
#include "editor/commands/setedgecommand.h"
#include "editor/commands/setinjectcommand.h"
#include "editor/commands/setmetacommand.h"
#include "editor/commands/setnodecommand.h"
#include "editor/commands/setroomcommand.h"
#include "editor/commands/setshockcommand.h"
#include "editor/commands/settruthstorycommand.h"
#include "editor/scenariodocument.h"
#include "scenario/loader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace cd::scenario;
using cd::editor::ScenarioDocument;

namespace {

struct Case
{
    std::function<QUndoCommand *(ScenarioDocument *)> make;
    std::function<void(Scenario &)> expect;  ///< the same edit, by hand
};

Scenario bundled()
{
    LoadResult r = loadScenarioFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
    return std::move(*r.scenario);
}

Inject newInject()
{
    Inject i;
    i.id = "I-new";
    i.atMin = 42;
    i.from = "control";
    i.to = {"nisc"};
    i.subject = Text::fromPair("件名", "Subject");
    return i;
}

}  // namespace

Q_DECLARE_METATYPE(Case)

class TestEditorCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void removeNodeRestoresEdgesInPlace();
    void modifiedFollowsCleanState();
};

void TestEditorCommands::undoRedo_data()
{
    using namespace cd::editor;
    QTest::addColumn<Case>("c");
    QTest::newRow("add inject at 0") << Case{[](auto *d) { return new AddInjectCommand(d, 0, newInject()); },
                                             [](Scenario &s) { s.injects.insert(s.injects.begin(), newInject()); }};
    QTest::newRow("add inject at end") << Case{
        [](auto *d) { return new AddInjectCommand(d, int(d->scenario().injects.size()), newInject()); },
        [](Scenario &s) { s.injects.push_back(newInject()); }};
    QTest::newRow("remove inject") << Case{[](auto *d) { return new RemoveInjectCommand(d, 3); },
                                           [](Scenario &s) { s.injects.erase(s.injects.begin() + 3); }};
    QTest::newRow("set inject") << Case{[](auto *d) {
                                            Inject i = d->scenario().injects[5];
                                            i.subject.en = "Edited";
                                            i.to.append("mic");
                                            return new SetInjectCommand(d, 5, i);
                                        },
                                        [](Scenario &s) {
                                            s.injects[5].subject.en = "Edited";
                                            s.injects[5].to.append("mic");
                                        }};
    QTest::newRow("move inject down") << Case{[](auto *d) { return new MoveInjectCommand(d, 2, 7); },
                                              [](Scenario &s) {
                                                  Inject i = s.injects[2];
                                                  s.injects.erase(s.injects.begin() + 2);
                                                  s.injects.insert(s.injects.begin() + 7, i);
                                              }};
    QTest::newRow("move inject up") << Case{[](auto *d) { return new MoveInjectCommand(d, 9, 0); },
                                            [](Scenario &s) {
                                                Inject i = s.injects[9];
                                                s.injects.erase(s.injects.begin() + 9);
                                                s.injects.insert(s.injects.begin(), i);
                                            }};
    const Room room{"new-room", Text::fromPair("新室", "New room"), Role::Observer, {}, {}, 2};
    QTest::newRow("add room") << Case{[room](auto *d) { return new AddRoomCommand(d, 1, room); },
                                      [room](Scenario &s) { s.rooms.insert(s.rooms.begin() + 1, room); }};
    QTest::newRow("remove room") << Case{[](auto *d) { return new RemoveRoomCommand(d, 0); },
                                         [](Scenario &s) { s.rooms.erase(s.rooms.begin()); }};
    QTest::newRow("set room") << Case{[](auto *d) {
                                          Room r = d->scenario().rooms[4];
                                          r.phoneLines = 7;
                                          r.role = Role::Agency;
                                          return new SetRoomCommand(d, 4, r);
                                      },
                                      [](Scenario &s) {
                                          s.rooms[4].phoneLines = 7;
                                          s.rooms[4].role = Role::Agency;
                                      }};
    Node node;
    node.id = "dams";
    node.name = Text::fromPair("ダム", "Dams");
    node.ratePerH = 0.5;
    QTest::newRow("add node") << Case{[node](auto *d) { return new AddNodeCommand(d, 14, node); },
                                      [node](Scenario &s) { s.graph.nodes.push_back(node); }};
    QTest::newRow("remove node") << Case{[](auto *d) { return new RemoveNodeCommand(d, 8); },
                                         [](Scenario &s) {
                                             const QString id = s.graph.nodes[8].id;
                                             s.graph.nodes.erase(s.graph.nodes.begin() + 8);
                                             std::erase_if(s.graph.edges,
                                                           [&](const Edge &e) { return e.from == id || e.to == id; });
                                         }};
    QTest::newRow("set node") << Case{[](auto *d) {
                                          Node n = d->scenario().graph.nodes[0];
                                          n.ratePerH = kInfiniteRate;
                                          n.served = 123;
                                          return new SetNodeCommand(d, 0, n);
                                      },
                                      [](Scenario &s) {
                                          s.graph.nodes[0].ratePerH = kInfiniteRate;
                                          s.graph.nodes[0].served = 123;
                                      }};
    const Edge edge{"water", "telecom", 0.25, 6, 1, "water", {}};
    QTest::newRow("connect nodes") << Case{[edge](auto *d) { return new ConnectNodesCommand(d, edge); },
                                           [edge](Scenario &s) { s.graph.edges.push_back(edge); }};
    QTest::newRow("remove edge") << Case{[](auto *d) { return new RemoveEdgeCommand(d, 10); },
                                         [](Scenario &s) { s.graph.edges.erase(s.graph.edges.begin() + 10); }};
    QTest::newRow("set edge") << Case{[](auto *d) {
                                          Edge e = d->scenario().graph.edges[1];
                                          e.autonomyH = 9.5;
                                          e.weight = 0.1;
                                          return new SetEdgeCommand(d, 1, e);
                                      },
                                      [](Scenario &s) {
                                          s.graph.edges[1].autonomyH = 9.5;
                                          s.graph.edges[1].weight = 0.1;
                                      }};
    const Shock shock{"gas", 0.3, 30, 90};
    QTest::newRow("add shock") << Case{[shock](auto *d) { return new AddShockCommand(d, 0, shock); },
                                       [shock](Scenario &s) { s.truth.shocks.insert(s.truth.shocks.begin(), shock); }};
    QTest::newRow("remove shock") << Case{[](auto *d) { return new RemoveShockCommand(d, 2); },
                                          [](Scenario &s) { s.truth.shocks.erase(s.truth.shocks.begin() + 2); }};
    QTest::newRow("set shock open-ended") << Case{[](auto *d) {
                                                      Shock sh = d->scenario().truth.shocks[0];
                                                      sh.toMin.reset();
                                                      sh.c = 1;
                                                      return new SetShockCommand(d, 0, sh);
                                                  },
                                                  [](Scenario &s) {
                                                      s.truth.shocks[0].toMin.reset();
                                                      s.truth.shocks[0].c = 1;
                                                  }};
    QTest::newRow("set meta") << Case{[](auto *d) {
                                          Meta m = d->scenario().meta;
                                          m.durationMin = 300;
                                          m.title.ja = "改題";
                                          return new SetMetaCommand(d, m);
                                      },
                                      [](Scenario &s) {
                                          s.meta.durationMin = 300;
                                          s.meta.title.ja = "改題";
                                      }};
    QTest::newRow("set truth story") << Case{
        [](auto *d) { return new SetTruthStoryCommand(d, Text::fromPlain("cause"), d->scenario().truth.narrative); },
        [](Scenario &s) { s.truth.rootCause = Text::fromPlain("cause"); }};
    QTest::newRow("replace section") << Case{[](auto *d) {
                                                 Scenario s = d->scenario();
                                                 s.personas.pop_back();
                                                 s.survey.clear();
                                                 return new ReplaceSectionCommand(d, s, "personas");
                                             },
                                             [](Scenario &s) {
                                                 s.personas.pop_back();
                                                 s.survey.clear();
                                             }};
    QTest::newRow("import msel") << Case{[](auto *d) { return new ImportMselCommand(d, {newInject()}); },
                                         [](Scenario &s) { s.injects = {newInject()}; }};
}

void TestEditorCommands::undoRedo()
{
    QFETCH(Case, c);
    ScenarioDocument doc;
    const Scenario original = bundled();
    doc.reset(original);
    Scenario expected = original;
    c.expect(expected);
    QVERIFY(expected != original);  // the row edits something

    doc.undoStack()->push(c.make(&doc));  // push() runs redo()
    QVERIFY(doc.scenario() == expected);
    QCOMPARE(doc.isModified(), true);
    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == original);
    QCOMPARE(doc.isModified(), false);
    doc.undoStack()->redo();
    QVERIFY(doc.scenario() == expected);
    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == original);
}

void TestEditorCommands::removeNodeRestoresEdgesInPlace()
{
    ScenarioDocument doc;
    doc.reset(bundled());
    const std::vector<Edge> before = doc.scenario().graph.edges;
    const int powerIndex = 8;
    QCOMPARE(doc.scenario().graph.nodes[powerIndex].id, QString("power"));
    doc.undoStack()->push(new cd::editor::RemoveNodeCommand(&doc, powerIndex));
    for (const Edge &e : doc.scenario().graph.edges) {
        QVERIFY(e.from != "power");
        QVERIFY(e.to != "power");
    }
    QCOMPARE_LT(doc.scenario().graph.edges.size(), before.size());
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().graph.edges.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        QVERIFY2(doc.scenario().graph.edges[i] == before[i], qPrintable(QString::number(i)));
}

void TestEditorCommands::modifiedFollowsCleanState()
{
    ScenarioDocument doc;
    doc.reset(bundled());
    QSignalSpy modified(&doc, &ScenarioDocument::modifiedChanged);
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    doc.undoStack()->push(new cd::editor::RemoveInjectCommand(&doc, 0));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QCOMPARE(changed.count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestEditorCommands)
#include "tst_editor_commands.moc"
