// Every edit command of the scenario editor on the bundled NISC 2008 scenario: redo gives the
// scenario the test expects (built by editing a copy by hand), undo restores the original
// exactly (operator==), redo again gives the expected scenario again; the document's modified
// flag follows the undo stack's clean state. Renaming ids and node moves:
// tst_editor_rename_commands.
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

struct Case
{
    std::function<QUndoCommand *(ScenarioDocument *)> make;
    std::function<void(Scenario &)> expect;  ///< the same edit, by hand
};

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

namespace {
// The rows for the section pages' commands (objectives, personas, sites, responses, flows,
// survey, channels): add at a place, remove, and set with several fields changed.
void sectionRows()
{
    using namespace cd::editor;
    const Objective objective{"O-new", Text::fromPair("目的", "Objective"), 4};
    QTest::newRow("add objective") << Case{
        [objective](auto *d) { return new AddObjectiveCommand(d, 0, objective); },
        [objective](Scenario &s) { s.meta.objectives.insert(s.meta.objectives.begin(), objective); }};
    QTest::newRow("remove objective") << Case{
        [](auto *d) { return new RemoveObjectiveCommand(d, 1); },
        [](Scenario &s) { s.meta.objectives.erase(s.meta.objectives.begin() + 1); }};
    QTest::newRow("set objective") << Case{[](auto *d) {
                                               Objective o = d->scenario().meta.objectives[0];
                                               o.theme = 5;
                                               o.text.en = "Edited";
                                               return new SetObjectiveCommand(d, 0, o);
                                           },
                                           [](Scenario &s) {
                                               s.meta.objectives[0].theme = 5;
                                               s.meta.objectives[0].text.en = "Edited";
                                           }};
    const Persona persona{"caller", Text::fromPlain("A caller"), "customer"};
    QTest::newRow("add persona at end") << Case{
        [persona](auto *d) { return new AddPersonaCommand(d, int(d->scenario().personas.size()), persona); },
        [persona](Scenario &s) { s.personas.push_back(persona); }};
    QTest::newRow("remove persona") << Case{[](auto *d) { return new RemovePersonaCommand(d, 0); },
                                            [](Scenario &s) { s.personas.erase(s.personas.begin()); }};
    QTest::newRow("set persona") << Case{[](auto *d) {
                                             Persona p = d->scenario().personas[2];
                                             p.name = Text::fromPair("記者", "Reporter");
                                             p.kind = "press";
                                             return new SetPersonaCommand(d, 2, p);
                                         },
                                         [](Scenario &s) {
                                             s.personas[2].name = Text::fromPair("記者", "Reporter");
                                             s.personas[2].kind = "press";
                                         }};
    Site site;
    site.id = "blog";
    site.name = Text::fromPlain("Blog");
    site.kind = "news";
    site.read = {"all"};
    site.pages = {Page{"blog", "/", Text::fromPlain("Home"), Text::fromPlain("Hello")}};
    QTest::newRow("add site") << Case{[site](auto *d) { return new AddSiteCommand(d, 1, site); },
                                      [site](Scenario &s) { s.sites.insert(s.sites.begin() + 1, site); }};
    QTest::newRow("remove site") << Case{[](auto *d) { return new RemoveSiteCommand(d, 0); },
                                         [](Scenario &s) { s.sites.erase(s.sites.begin()); }};
    QTest::newRow("set site pages and access") << Case{[](auto *d) {
                                                           Site x = d->scenario().sites[0];
                                                           x.post = {"nisc"};
                                                           x.pages.push_back(Page{x.id, "/new", {}, {}});
                                                           x.pages[0].title.ja = "改題";
                                                           return new SetSiteCommand(d, 0, x);
                                                       },
                                                       [](Scenario &s) {
                                                           Site &x = s.sites[0];
                                                           x.post = {"nisc"};
                                                           x.pages.push_back(Page{x.id, "/new", {}, {}});
                                                           x.pages[0].title.ja = "改題";
                                                       }};
    Response response;
    response.id = "R-new";
    response.name = Text::fromPlain("Generators");
    response.rooms = {"all"};
    response.leadMin = 90;
    response.approval = Approval::Control;
    response.effect = Effect{Effect::Kind::AddAutonomy, 4, "power", "telecom", {}};
    QTest::newRow("add response") << Case{
        [response](auto *d) { return new AddResponseCommand(d, 0, response); },
        [response](Scenario &s) { s.responses.insert(s.responses.begin(), response); }};
    QTest::newRow("remove response") << Case{[](auto *d) { return new RemoveResponseCommand(d, 1); },
                                             [](Scenario &s) { s.responses.erase(s.responses.begin() + 1); }};
    QTest::newRow("set response effect") << Case{
        [](auto *d) {
            Response r = d->scenario().responses[0];
            r.effect = Effect{Effect::Kind::SetRate, kInfiniteRate, {}, {}, "power"};
            r.leadMin = 5;
            return new SetResponseCommand(d, 0, r);
        },
        [](Scenario &s) {
            s.responses[0].effect = Effect{Effect::Kind::SetRate, kInfiniteRate, {}, {}, "power"};
            s.responses[0].leadMin = 5;
        }};
    ExpectedFlow flow;
    flow.id = "F-new";
    flow.from = "nisc";
    flow.toRole = "ceptoar";
    flow.kind = Action::Advisory;
    flow.withinMin = 45;
    flow.after = "first-impact";
    flow.theme = 2;
    QTest::newRow("add flow") << Case{[flow](auto *d) { return new AddFlowCommand(d, 0, flow); },
                                      [flow](Scenario &s) { s.expectedFlows.insert(s.expectedFlows.begin(), flow); }};
    QTest::newRow("remove flow") << Case{[](auto *d) { return new RemoveFlowCommand(d, 0); },
                                         [](Scenario &s) { s.expectedFlows.erase(s.expectedFlows.begin()); }};
    QTest::newRow("set flow from room") << Case{[](auto *d) {
                                                    ExpectedFlow f = d->scenario().expectedFlows[0];
                                                    f.fromRole.clear();
                                                    f.from = "nisc";
                                                    f.withinMin = 15;
                                                    return new SetFlowCommand(d, 0, f);
                                                },
                                                [](Scenario &s) {
                                                    s.expectedFlows[0].fromRole.clear();
                                                    s.expectedFlows[0].from = "nisc";
                                                    s.expectedFlows[0].withinMin = 15;
                                                }};
    SurveyQuestion question;
    question.id = "Q-new";
    question.text = Text::fromPair("どれですか", "Which?");
    question.type = QuestionType::Choice;
    question.options = {Text::fromPlain("A"), Text::fromPair("い", "B")};
    QTest::newRow("add question") << Case{[question](auto *d) { return new AddQuestionCommand(d, 2, question); },
                                          [question](Scenario &s) { s.survey.insert(s.survey.begin() + 2, question); }};
    QTest::newRow("remove question") << Case{[](auto *d) { return new RemoveQuestionCommand(d, 1); },
                                             [](Scenario &s) { s.survey.erase(s.survey.begin() + 1); }};
    QTest::newRow("set question options") << Case{[](auto *d) {
                                                      SurveyQuestion q = d->scenario().survey[1];
                                                      q.options.pop_back();
                                                      q.theme = 0;
                                                      return new SetQuestionCommand(d, 1, q);
                                                  },
                                                  [](Scenario &s) {
                                                      s.survey[1].options.pop_back();
                                                      s.survey[1].theme = 0;
                                                  }};
    QTest::newRow("set channels") << Case{[](auto *d) {
                                              Channels c = d->scenario().channels;
                                              c.phone.reset();
                                              c.web = ChannelRealism{"power", 0.9, std::nullopt};
                                              return new SetChannelsCommand(d, c);
                                          },
                                          [](Scenario &s) {
                                              s.channels.phone.reset();
                                              s.channels.web = ChannelRealism{"power", 0.9, std::nullopt};
                                          }};
}
}  // namespace

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
    sectionRows();
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
