// Control-team seats (exercise/seats.h): `--seat ID=ROLE[:LIST]` is checked against the
// scenario; on the scripted run of tests/data/exercise/basic each role sees what the extended
// visibility rule gives (an observer exactly its rooms' view, an evaluator that and the control
// side's events about its rooms, a white cell the clock, the MSEL and its personas' traffic, a
// controller everything); each role may do only its part.
#include "exercise/seats.h"
#include "exercise/visibility.h"
#include "exercisefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fixture;
using cd::exercise::Seat;
using cd::exercise::SeatRole;

class TestSeatRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Exercise> m_ex;
    std::vector<Event> m_events;

    Seat seat(const QString &arg)
    {
        QString error;
        const auto s = cd::exercise::parseSeat(arg, m_ex->scenario(), &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        return *s;
    }
    QList<qint64> seen(const Seat &s)
    {
        QList<qint64> out;
        for (const Event &e : m_events)
            if (cd::exercise::visibleToSeat(m_ex->scenario(), e, s, m_ex->state()))
                out << e.seq;
        return out;
    }
    QList<qint64> roomView(const QStringList &rooms)
    {
        QList<qint64> out;
        for (const Event &e : m_events)
            for (const QString &r : rooms)
                if (cd::exercise::visibleTo(m_ex->scenario(), e, r)) {
                    out << e.seq;
                    break;
                }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ex = start("basic.cxs.json", "basic.players.json", m_dir.filePath("seats.cxdb"), &error);
        QVERIFY2(m_ex, qPrintable(error));
        m_ex->advanceTo(INT_MAX);
        m_events = m_ex->log().read();
        QVERIFY2(m_events.size() > 60, qPrintable(QString::number(m_events.size())));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("spec");   // as stored, when valid
        QTest::addColumn<QString>("error");  // else
        QTest::newRow("controller") << "ctl-1=controller"
                                    << "controller"
                                    << "";
        QTest::newRow("white cell") << "wc=whitecell:customer,persona:press"
                                    << "whitecell:customer,press"
                                    << "";
        QTest::newRow("evaluator") << "ev_a=evaluator:op-a,op-b,op-a"
                                   << "evaluator:op-a,op-b"
                                   << "";
        QTest::newRow("observer") << "guest=observer:mic"
                                  << "observer:mic"
                                  << "";
        QTest::newRow("no id") << "controller"
                               << ""
                               << "expected ID=ROLE[:LIST], got \"controller\"";
        QTest::newRow("bad id") << "a b=controller"
                                << ""
                                << "seat \"a b\": a seat id is 1 to 64 letters, digits, '-' or '_'";
        QTest::newRow("unknown role")
            << "x=judge"
            << ""
            << "seat \"x\": unknown role \"judge\" (controller, whitecell, evaluator or observer)";
        QTest::newRow("controller with a list") << "x=controller:op-a"
                                                << ""
                                                << "seat \"x\": a controller sees everything and takes no list";
        QTest::newRow("white cell without personas")
            << "x=whitecell"
            << ""
            << "seat \"x\": whitecell needs the personas it plays (whitecell:PERSONA,...)";
        QTest::newRow("observer without rooms") << "x=observer:"
                                                << ""
                                                << "seat \"x\": observer needs its rooms (observer:ROOM,...)";
        QTest::newRow("unknown persona") << "x=whitecell:customer,ministry"
                                         << ""
                                         << "seat \"x\": no persona \"ministry\" in this exercise";
        QTest::newRow("unknown room") << "x=evaluator:op-c"
                                      << ""
                                      << "seat \"x\": no room \"op-c\" in this exercise";
    }
    void parse()
    {
        QFETCH(QString, arg);
        QFETCH(QString, spec);
        QFETCH(QString, error);
        QString why;
        const auto s = cd::exercise::parseSeat(arg, m_ex->scenario(), &why);
        QCOMPARE(s.has_value(), error.isEmpty());
        QCOMPARE(why, error);
        if (s)
            QCOMPARE(s->spec(), spec);
    }

    void controllerSeesEverything() { QCOMPARE(seen(seat("c=controller")).size(), qsizetype(m_events.size())); }

    void observerSeesExactlyItsRooms_data()
    {
        QTest::addColumn<QStringList>("rooms");
        QTest::newRow("op-a") << QStringList{"op-a"};
        QTest::newRow("mic and nisc") << QStringList{"mic", "nisc"};
    }
    void observerSeesExactlyItsRooms()
    {
        QFETCH(QStringList, rooms);
        const QList<qint64> view = roomView(rooms);
        QCOMPARE(seen(seat("o=observer:" + rooms.join(','))), view);
        QVERIFY(view.size() < qsizetype(m_events.size()));
    }

    /// An observer's client has only its rooms' directories: the rule over what they rebuild
    /// (scenarioOfRooms) gives each room exactly the events the whole scenario gives it.
    void directoriesSortAnObserversStream_data()
    {
        QTest::addColumn<QStringList>("rooms");
        QTest::newRow("op-a") << QStringList{"op-a"};
        QTest::newRow("mic and op-a (a sector in common)") << QStringList{"mic", "op-a"};
        QTest::newRow("nisc and op-b (a site only one reads)") << QStringList{"nisc", "op-b"};
        QTest::newRow("every room") << QStringList{"nisc", "mic", "op-a", "op-b"};
    }
    void directoriesSortAnObserversStream()
    {
        QFETCH(QStringList, rooms);
        std::vector<cd::exercise::RoomDirectory> dirs;
        for (const QString &r : rooms)
            dirs.push_back(cd::exercise::RoomDirectory::fromScenario(m_ex->scenario(), r));
        const cd::scenario::Scenario rebuilt = cd::exercise::scenarioOfRooms(dirs);
        QCOMPARE(rebuilt.rooms.size(), size_t(rooms.size()));  // no other room, no inject, no truth
        QVERIFY(rebuilt.injects.empty() && rebuilt.personas.empty() && rebuilt.graph.nodes.empty());
        for (const QString &r : rooms) {
            QList<qint64> full, fromDirs;
            for (const Event &e : m_events) {
                if (cd::exercise::visibleTo(m_ex->scenario(), e, r))
                    full << e.seq;
                if (cd::exercise::visibleTo(rebuilt, e, r))
                    fromDirs << e.seq;
            }
            QCOMPARE(fromDirs, full);
            QVERIFY(!full.isEmpty());
        }
    }

    void evaluatorSeesItsRoomsAndTheirControlSide()
    {
        const QList<qint64> evaluator = seen(seat("e=evaluator:op-a"));
        const QList<qint64> room = roomView({"op-a"});
        for (qint64 seq : room)
            QVERIFY(evaluator.contains(seq));
        int controlSide = 0;
        for (const Event &e : m_events) {
            if (!evaluator.contains(e.seq) || room.contains(e.seq))
                continue;
            ++controlSide;
            // Nothing another room sees alone, and every extra event is about op-a.
            QVERIFY2(cd::exercise::audienceOf(m_ex->scenario(), e.kind, e.actor, e.payload).isEmpty(),
                     qPrintable(e.kind));
            const QByteArray p = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
            QVERIFY2(p.contains("op-a") || e.kind.startsWith("inject.") || e.kind.startsWith("flow."),
                     qPrintable(e.kind + " " + QString::fromUtf8(p)));
        }
        QVERIFY(controlSide > 0);
        bool expectation = false;  // E-SECRET-1 is op-a's expected action
        for (const Event &e : m_events)
            expectation |= evaluator.contains(e.seq) && e.kind.startsWith("expected.") &&
                           e.payload.value("expected").toString() == "E-SECRET-1";
        QVERIFY(expectation);
        for (const Event &e : m_events)  // op-b's own mail stays op-b's
            if (e.kind == "mail.sent" && e.actor == "op-b")
                QVERIFY(!evaluator.contains(e.seq));
    }

    void whiteCellSeesTheMselAndItsPersonas()
    {
        const QList<qint64> wc = seen(seat("w=whitecell:customer"));
        int injects = 0, persona = 0;
        for (const Event &e : m_events) {
            const bool in = wc.contains(e.seq);
            if (e.kind.startsWith("inject."))
                QVERIFY2(in, qPrintable(e.kind));
            injects += in && e.kind.startsWith("inject.");
            const QByteArray p = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
            if (in && p.contains("persona:customer"))
                ++persona;
            const bool everyone =
                cd::exercise::audienceOf(m_ex->scenario(), e.kind, e.actor, e.payload).contains("all");
            if (in && !everyone && !e.kind.startsWith("inject."))  // the clock, the end, public pages
                QVERIFY2(p.contains("persona:customer"), qPrintable(e.kind + " " + QString::fromUtf8(p)));
            if (e.kind == "mail.sent" && e.actor == "op-a" && !p.contains("persona:"))
                QVERIFY(!in);  // room-to-room mail is not the white cell's
        }
        QVERIFY(injects > 0);
        QVERIFY(persona > 0);  // I-001 comes from the customer
    }

    void mayAct_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("why");
        const QJsonObject fire{{"do", "fire"}, {"inject", "I-009"}};
        const QJsonObject observe{{"do", "observe"}, {"rating", "S"}, {"text", "calm"}};
        const QJsonObject mailAsCustomer{{"do", "mail"}, {"from", "persona:customer"}, {"to", QJsonArray{"op-a"}}};
        const QJsonObject mailAsPress{{"do", "mail"}, {"from", "persona:press"}, {"to", QJsonArray{"op-a"}}};
        const QJsonObject hypothesis{{"do", "hypothesis"}, {"text", "x"}};
        QTest::newRow("controller fires") << "c=controller" << fire << "";
        QTest::newRow("unknown verb") << "c=controller" << QJsonObject{{"do", "dance"}} << "unknown action \"dance\"";
        QTest::newRow("observer, unknown verb")
            << "o=observer:op-a" << QJsonObject{{"do", "dance"}} << "an observer seat watches only";
        QTest::newRow("controller as a room") << "c=controller" << hypothesis << "a seat does not act as a room";
        QTest::newRow("observer") << "o=observer:op-a" << observe << "an observer seat watches only";
        QTest::newRow("evaluator observes") << "e=evaluator:op-a" << observe << "";
        const QString evaluatorOnly =
            QStringLiteral("an evaluator seat records observations and judges its rooms' hypotheses only");
        QTest::newRow("evaluator fires") << "e=evaluator:op-a" << fire << evaluatorOnly;
        // An evaluator judges its rooms' hypotheses (hyp-1 is op-a's), by id or as a room's latest.
        const auto judge = [](const char *key, const char *value) {
            return QJsonObject{{"do", "judge"},
                               {QLatin1String(key), QLatin1String(value)},
                               {"verdict", "partial"},
                               {"note", "half right"}};
        };
        QTest::newRow("evaluator judges its room's by id") << "e=evaluator:op-a" << judge("hypothesis", "hyp-1") << "";
        QTest::newRow("evaluator judges its room's latest")
            << "e=evaluator:op-b,op-a" << judge("hypothesis_of", "op-a") << "";
        QTest::newRow("evaluator judges another room's by id")
            << "e=evaluator:op-b" << judge("hypothesis", "hyp-1")
            << "this evaluator seat judges the hypotheses of op-b only";
        QTest::newRow("evaluator judges another room's latest")
            << "e=evaluator:op-a" << judge("hypothesis_of", "mic")
            << "this evaluator seat judges the hypotheses of op-a only";
        QTest::newRow("evaluator, the id decides over hypothesis_of")
            << "e=evaluator:op-b"
            << QJsonObject{{"do", "judge"}, {"hypothesis", "hyp-1"}, {"hypothesis_of", "op-b"}, {"verdict", "wrong"}}
            << "this evaluator seat judges the hypotheses of op-b only";
        QTest::newRow("evaluator judges an unknown hypothesis")
            << "e=evaluator:op-a" << judge("hypothesis", "hyp-99")
            << "this evaluator seat judges the hypotheses of op-a only";
        QTest::newRow("evaluator names no hypothesis")
            << "e=evaluator:op-a" << QJsonObject{{"do", "judge"}, {"verdict", "correct"}}
            << "an evaluator seat names the hypothesis it judges (hypothesis or hypothesis_of)";
        QTest::newRow("evaluator approves")
            << "e=evaluator:op-a" << QJsonObject{{"do", "approve"}, {"response", "R-gen"}, {"of", "op-a"}}
            << evaluatorOnly;
        QTest::newRow("controller judges any room's") << "c=controller" << judge("hypothesis_of", "mic") << "";
        QTest::newRow("white cell as its persona") << "w=whitecell:customer" << mailAsCustomer << "";
        QTest::newRow("white cell as another")
            << "w=whitecell:customer" << mailAsPress << "this white-cell seat plays customer only";
        QTest::newRow("white cell answers for it")
            << "w=whitecell:press" << QJsonObject{{"do", "answer"}, {"persona", "press"}} << "";
        QTest::newRow("white cell fires")
            << "w=whitecell:press" << fire << "a white-cell seat mails, calls and posts as the outside world only";
    }
    void mayAct()
    {
        QFETCH(QString, seat);
        QFETCH(QJsonObject, action);
        QFETCH(QString, why);
        QCOMPARE(cd::exercise::seatMayAct(this->seat(seat), action, *m_ex), why);
    }
};

QTEST_GUILESS_MAIN(TestSeatRoles)
#include "tst_seat_roles.moc"
