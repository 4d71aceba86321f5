// The id and layout commands of the scenario editor on the bundled NISC 2008 scenario: renaming
// an id of each kind moves every reference (counted in the saved JSON, and nothing left
// dangling), and undoes exactly; node moves on the canvas merge within one drag and undo to
// where the node was.
#include "editor/commands/addflowcommand.h"
#include "editor/commands/addinjectcommand.h"
#include "editor/commands/addnodecommand.h"
#include "editor/commands/addobjectivecommand.h"
#include "editor/commands/addpersonacommand.h"
#include "editor/commands/addquestioncommand.h"
#include "editor/commands/addresponsecommand.h"
#include "editor/commands/addroomcommand.h"
#include "editor/commands/addshockcommand.h"
#include "editor/commands/addsitecommand.h"
#include "editor/commands/connectnodescommand.h"
#include "editor/commands/importmselcommand.h"
#include "editor/commands/moveinjectcommand.h"
#include "editor/commands/movenodecommand.h"
#include "editor/commands/removeedgecommand.h"
#include "editor/commands/removeflowcommand.h"
#include "editor/commands/removeinjectcommand.h"
#include "editor/commands/removenodecommand.h"
#include "editor/commands/removeobjectivecommand.h"
#include "editor/commands/removepersonacommand.h"
#include "editor/commands/removequestioncommand.h"
#include "editor/commands/removeresponsecommand.h"
#include "editor/commands/removeroomcommand.h"
#include "editor/commands/removeshockcommand.h"
#include "editor/commands/removesitecommand.h"
#include "editor/commands/renameidcommand.h"
#include "editor/commands/setchannelscommand.h"
#include "editor/commands/setedgecommand.h"
#include "editor/commands/setflowcommand.h"
#include "editor/commands/setinjectcommand.h"
#include "editor/commands/setmetacommand.h"
#include "editor/commands/setnodecommand.h"
#include "editor/commands/setobjectivecommand.h"
#include "editor/commands/setpersonacommand.h"
#include "editor/commands/setquestioncommand.h"
#include "editor/commands/setresponsecommand.h"
#include "editor/commands/setroomcommand.h"
#include "editor/commands/setshockcommand.h"
#include "editor/commands/setsitecommand.h"
#include "editor/commands/settruthstorycommand.h"
#include "editor/scenariodocument.h"
#include "editorcommandtest.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace cd::scenario;
using cd::editor::ScenarioDocument;

namespace {

/// How often `id` appears as a whole JSON string ("id" or "persona:id") in the saved scenario.
int tokens(const Scenario &s, const QString &id)
{
    const QByteArray json = saveScenario(s);
    return int(json.count(QByteArray("\"" + id.toUtf8() + "\"")) +
               json.count(QByteArray("\"persona:" + id.toUtf8() + "\"")));
}

int errorsOf(const Scenario &s)
{
    int errors = 0;
    for (const Diagnostic &d : validateScenario(s))
        errors += d.severity == Diagnostic::Severity::Error;
    return errors;
}

}  // namespace

Q_DECLARE_METATYPE(cd::editor::IdKind)

class TestEditorRenameCommands : public QObject
{
    Q_OBJECT

private slots:
    void renameId_data();
    void renameId();
    void renameRefused_data();
    void renameRefused();
    void renameNodeCarriesLayout();
    void moveNodesMergeWithinOneDrag();
};

void TestEditorRenameCommands::renameId_data()
{
    using cd::editor::IdKind;
    QTest::addColumn<IdKind>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("references");  ///< tokens of `from` that are the item or refer to it
    QTest::addColumn<int>("untouched");   ///< tokens of `from` that mean something else
    // Counted by hand, per key, in the JSON the saver writes (see the comments); a site's own
    // pages do not repeat its id there, the validator checks that they follow the rename.
    // mic: room id, 5 inject to, 5 expected to, 2 expected room, 1 response rooms.
    QTest::newRow("room mic") << IdKind::Room << "mic"
                              << "soumu" << 14 << 0;
    // nisc: also the role "nisc" of the room itself, which is not a reference.
    QTest::newRow("room nisc") << IdKind::Room << "nisc"
                               << "nisc-hq" << 35 << 1;
    // telecom: edges, rooms' sector(s), shocks, node_q/breach conditions, response effects, channels.
    QTest::newRow("node telecom") << IdKind::Node << "telecom"
                                  << "telecoms" << 33 << 0;
    QTest::newRow("node gas") << IdKind::Node << "gas"
                              << "city-gas" << 9 << 0;
    // chronos is both a persona (id, 3 injects' from) and a site (id, 2 injects' page).
    QTest::newRow("site chronos") << IdKind::Site << "chronos"
                                  << "chronos-web" << 3 << 4;
    QTest::newRow("persona chronos") << IdKind::Persona << "chronos"
                                     << "chronos-pr" << 4 << 3;
    // news: the site kind "news" stays.
    QTest::newRow("site news") << IdKind::Site << "news"
                               << "newswire" << 9 << 1;
    QTest::newRow("persona press-daily") << IdKind::Persona << "press-daily"
                                         << "press-asahi" << 2 << 0;
    // I-024: id, 2 "fired" in any-conditions, 3 flows' "after".
    QTest::newRow("inject I-024") << IdKind::Inject << "I-024"
                                  << "I-024b" << 6 << 0;
    // E-024h: id, 2 "met" and 1 "missed" conditions.
    QTest::newRow("expected E-024h") << IdKind::Expected << "E-024h"
                                     << "E-024-help" << 4 << 0;
    QTest::newRow("response R-tel-timesrc") << IdKind::Response << "R-tel-timesrc"
                                            << "R-tel-gps" << 2 << 0;
    QTest::newRow("objective O2") << IdKind::Objective << "O2"
                                  << "O-sharing" << 1 << 0;
    QTest::newRow("flow F-meti-nisc") << IdKind::Flow << "F-meti-nisc"
                                      << "F-meti-cas" << 1 << 0;
    QTest::newRow("question Q3") << IdKind::Question << "Q3"
                                 << "Q-speed" << 1 << 0;
}

void TestEditorRenameCommands::renameId()
{
    QFETCH(cd::editor::IdKind, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, references);
    QFETCH(int, untouched);
    ScenarioDocument doc;
    const Scenario original = bundled();
    doc.reset(original);
    QCOMPARE(tokens(original, from), references + untouched);
    QCOMPARE(tokens(original, to), 0);
    QCOMPARE(errorsOf(original), 0);

    QString why;
    QVERIFY(cd::editor::RenameIdCommand::rename(&doc, kind, from, to, &why));
    QCOMPARE(why, QString());
    QCOMPARE(doc.undoStack()->count(), 1);
    const Scenario renamed = doc.scenario();
    QCOMPARE(tokens(renamed, to), references);
    QCOMPARE(tokens(renamed, from), untouched);
    QCOMPARE(errorsOf(renamed), 0);  // no reference left pointing at the old id
    QCOMPARE(doc.isModified(), true);

    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == original);
    QCOMPARE(doc.isModified(), false);
    doc.undoStack()->redo();
    QVERIFY(doc.scenario() == renamed);
    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == original);
}

void TestEditorRenameCommands::renameRefused_data()
{
    using cd::editor::IdKind;
    QTest::addColumn<IdKind>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");  ///< a word the refusal must contain
    QTest::newRow("room taken") << IdKind::Room << "mic"
                                << "nisc"
                                << "already";
    QTest::newRow("room invalid") << IdKind::Room << "mic"
                                  << "総務 省"
                                  << "not a valid id";
    QTest::newRow("room reserved all") << IdKind::Room << "mic"
                                       << "all"
                                       << "reserved";
    QTest::newRow("room reserved control") << IdKind::Room << "mic"
                                           << "control"
                                           << "reserved";
    QTest::newRow("node empty") << IdKind::Node << "gas"
                                << ""
                                << "empty";
    QTest::newRow("node unknown") << IdKind::Node << "no-such-node"
                                  << "x"
                                  << "no-such-node";
    QTest::newRow("inject reserved") << IdKind::Inject << "I-024"
                                     << "first-impact"
                                     << "reserved";
    QTest::newRow("expected taken in another inject") << IdKind::Expected << "E-024h"
                                                      << "E-004"
                                                      << "already";
    QTest::newRow("persona taken") << IdKind::Persona << "chronos"
                                   << "cabinet"
                                   << "already";
    QTest::newRow("site is not a persona") << IdKind::Site << "press-daily"
                                           << "x"
                                           << "no site";
}

void TestEditorRenameCommands::renameRefused()
{
    QFETCH(cd::editor::IdKind, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    ScenarioDocument doc;
    const Scenario original = bundled();
    doc.reset(original);
    QString why;
    QCOMPARE(cd::editor::RenameIdCommand::rename(&doc, kind, from, to, &why), false);
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.scenario() == original);
}

void TestEditorRenameCommands::renameNodeCarriesLayout()
{
    ScenarioDocument doc;
    doc.reset(bundled());
    doc.undoStack()->push(new cd::editor::MoveNodeCommand(&doc, {{"telecom", QPointF(10, 20)}}));
    QVERIFY(cd::editor::RenameIdCommand::rename(&doc, cd::editor::IdKind::Node, "telecom", "telecoms"));
    QCOMPARE(doc.layout().value("telecoms"), QPointF(10, 20));
    QCOMPARE(doc.layout().contains("telecom"), false);
    doc.undoStack()->undo();
    QCOMPARE(doc.layout().value("telecom"), QPointF(10, 20));
    QCOMPARE(doc.layout().contains("telecoms"), false);
}

void TestEditorRenameCommands::moveNodesMergeWithinOneDrag()
{
    using cd::editor::MoveNodeCommand;
    ScenarioDocument doc;
    const Scenario original = bundled();
    doc.reset(original);
    doc.undoStack()->push(new MoveNodeCommand(&doc, {{"gas", QPointF(5, 5)}}, 1));
    doc.undoStack()->setClean();
    // Drag 2 reported in two steps (gas, then gas again with power): one undo step.
    doc.undoStack()->push(new MoveNodeCommand(&doc, {{"gas", QPointF(10, 20)}}, 2));
    doc.undoStack()->push(new MoveNodeCommand(&doc, {{"gas", QPointF(30, 40)}, {"power", QPointF(-7, 8)}}, 2));
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.layout().value("gas"), QPointF(30, 40));
    QCOMPARE(doc.layout().value("power"), QPointF(-7, 8));
    QCOMPARE(doc.isModified(), true);
    QVERIFY(doc.scenario() == original);  // positions are not in the scenario
    doc.undoStack()->undo();
    QCOMPARE(doc.layout().value("gas"), QPointF(5, 5));  // where drag 1 left it
    QCOMPARE(doc.layout().contains("power"), false);     // back to the canvas's own placement
    QCOMPARE(doc.isModified(), false);
    doc.undoStack()->redo();
    QCOMPARE(doc.layout().value("power"), QPointF(-7, 8));
    // A new drag is a new undo step.
    doc.undoStack()->push(new MoveNodeCommand(&doc, {{"gas", QPointF(0, 0)}}, 3));
    QCOMPARE(doc.undoStack()->count(), 3);
}

QTEST_MAIN(TestEditorRenameCommands)
#include "tst_editor_rename_commands.moc"
