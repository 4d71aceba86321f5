// The control team's view (exercise/controlview.h), the one fold the console's timeline,
// communications monitor and white cell show and the report's replay and channel figures use:
// inject status and expected verdicts, traffic rows with delivery and readers, calls waiting
// for a persona, on scripted sequences; and over a played exercise, agreement with the engine.
#include "exercise/controlview.h"
#include "exercisefixture.h"
#include "report/replay.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace fixture;
using cd::exercise::ControlView;

namespace {

/// One scripted step per event, "KIND [KEY=VALUE ...] [@MINUTE] [actor=ACTOR]"; to and cc are
/// lists (split at commas) on mail, a number is an integer. Seqs count from 1.
std::vector<Event> script(const QStringList &steps)
{
    std::vector<Event> out;
    for (const QString &step : steps) {
        const QStringList w = step.split(' ');
        Event e;
        e.seq = qint64(out.size()) + 1;
        e.kind = w[0];
        e.actor = "system";
        QJsonObject p;
        for (const QString &kv : w.mid(1)) {
            if (kv.startsWith('@')) {
                e.minute = kv.mid(1).toInt();
                continue;
            }
            const QString key = kv.section('=', 0, 0);
            const QString value = kv.section('=', 1);
            bool number = false;
            const int n = value.toInt(&number);
            if (key == "actor")
                e.actor = value;
            else if (key == "to" || key == "cc")
                p[key] = e.kind.startsWith("call.") ? QJsonValue(value) : QJsonArray::fromStringList(value.split(','));
            else if (value == "true")
                p[key] = true;
            else
                p[key] = number ? QJsonValue(n) : QJsonValue(value);
        }
        e.payload = p;
        out.push_back(e);
    }
    return out;
}

}  // namespace

class TestControlView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Exercise> m_ex;

private slots:
    void injects_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("inject");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("firedMin");  // -1: not fired
        QTest::addColumn<int>("delayMin");
        QTest::addColumn<bool>("manual");
        QTest::newRow("no event") << QStringList{} << "I-1"
                                  << "pending" << -1 << 0 << false;
        QTest::newRow("fired") << QStringList{"inject.fired inject=I-1 @15"} << "I-1"
                               << "fired" << 15 << 0 << false;
        QTest::newRow("fired by hand") << QStringList{"inject.fired inject=I-1 manual=true @3"} << "I-1"
                                       << "fired" << 3 << 0 << true;
        QTest::newRow("another inject") << QStringList{"inject.fired inject=I-2 @3"} << "I-1"
                                        << "pending" << -1 << 0 << false;
        QTest::newRow("armed") << QStringList{"inject.armed inject=I-1 first_held=4 @4"} << "I-1"
                               << "armed" << -1 << 0 << false;
        QTest::newRow("delayed twice adds up")
            << QStringList{"inject.delayed inject=I-1 by=10 @1", "inject.delayed inject=I-1 by=5 @2"} << "I-1"
            << "delayed" << -1 << 15 << false;
        QTest::newRow("delayed then fired")
            << QStringList{"inject.delayed inject=I-1 by=10 @1", "inject.fired inject=I-1 @25"} << "I-1"
            << "fired" << 25 << 10 << false;
        QTest::newRow("skipped") << QStringList{"inject.skipped inject=I-1 @2"} << "I-1"
                                 << "skipped" << -1 << 0 << false;
    }
    void injects()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, inject);
        QFETCH(QString, status);
        QFETCH(int, firedMin);
        QFETCH(int, delayMin);
        QFETCH(bool, manual);
        const ControlView v = ControlView::fromLog(script(steps));
        const cd::exercise::InjectView i = v.inject(inject);
        QCOMPARE(cd::exercise::injectStatusName(i.status), status);
        QCOMPARE(i.firedMin.value_or(-1), firedMin);
        QCOMPARE(i.delayMin, delayMin);
        QCOMPARE(i.manual, manual);
    }

    void expected_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("verdicts");  // id=verdict, sorted
        QTest::newRow("none") << QStringList{} << "";
        QTest::newRow("met and missed") << QStringList{"expected.met expected=X-1", "expected.missed expected=X-2"}
                                        << "X-1=met X-2=missed";
        QTest::newRow("judged again by hand")
            << QStringList{"expected.missed expected=X-1", "expected.met expected=X-1 manual=true"} << "X-1=met";
        QTest::newRow("a flow is no expected action") << QStringList{"flow.met flow=F-1"} << "";
    }
    void expected()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, verdicts);
        QStringList got;
        const ControlView v = ControlView::fromLog(script(steps));
        for (const auto &[id, verdict] : v.expected())
            got << id + '=' + verdict;
        QCOMPARE(got.join(' '), verdicts);
    }

    /// Each traffic row as "channel from>to kind delivered readers".
    void traffic_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("mail sent, in transit")
            << QStringList{"mail.sent mail=m1 from=op-a to=mic cc=nisc kind=report @5"}
            << QStringList{"mail op-a>mic,nisc report -1 "};
        QTest::newRow("mail delivered late and read by one")
            << QStringList{"mail.sent mail=m1 from=op-a to=mic cc=nisc kind=report @5",
                           "mail.delivered mail=m1 from=op-a to=mic cc=nisc @9", "mail.read mail=m1 actor=mic @12"}
            << QStringList{"mail op-a>mic,nisc report 9 mic@12"};
        QTest::newRow("delivery of a mail never sent is ignored")
            << QStringList{"mail.delivered mail=m9 from=op-a to=mic @9"} << QStringList{};
        QTest::newRow("a call answered, words said")
            << QStringList{"call.ringing call=c1 from=mic to=op-a kind=query @3",
                           "call.answered call=c1 from=mic to=op-a @4",
                           "call.say call=c1 from=mic to=op-a kind=query text=hello @4"}
            << QStringList{"phone mic>op-a answered -1 ", "phone mic>op-a query -1 "};
        QTest::newRow("a busy line") << QStringList{"call.busy call=c2 from=mic to=op-a @3"}
                                     << QStringList{"phone mic>op-a busy -1 "};
        QTest::newRow("what a caller will say is no traffic")
            << QStringList{"call.ringing call=c1 from=persona:p to=mic @1", "call.opening call=c1 text=hi @1"}
            << QStringList{"phone persona:p>mic ringing -1 "};
        QTest::newRow("a page") << QStringList{"page.posted site=portal path=/a title=T by=nisc version=1 @7"}
                                << QStringList{"web nisc>portal post -1 "};
    }
    void traffic()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, rows);
        QStringList got;
        const ControlView v = ControlView::fromLog(script(steps));
        for (const cd::exercise::TrafficRow &r : v.traffic()) {
            QStringList readers;
            for (const auto &[who, minute] : r.reads)
                readers << who + '@' + QString::number(minute);
            got << QString("%1 %2>%3 %4 %5 %6")
                       .arg(r.channel, r.from, r.to.join(','), r.kind)
                       .arg(r.deliveredAt)
                       .arg(readers.join(','));
        }
        QCOMPARE(got, rows);
    }

    void judging_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("state");  // hypotheses id:verdict, then requests id:status
        QTest::newRow("submitted, unjudged")
            << QStringList{"hypothesis.submitted hypothesis=h1 room=mic text=t"} << "h1: |";
        QTest::newRow("judged") << QStringList{"hypothesis.submitted hypothesis=h1 room=mic text=t",
                                               "hypothesis.submitted hypothesis=h2 room=op-a text=u",
                                               "hypothesis.judged hypothesis=h2 room=op-a verdict=correct"}
                                << "h1: h2:correct |";
        QTest::newRow("a request approved, another declined")
            << QStringList{"response.requested request=q1 response=R room=mic",
                           "response.requested request=q2 response=S room=op-a",
                           "response.approved request=q1 response=R room=mic effective=30",
                           "response.declined request=q2 response=S room=op-a"}
            << "| q1:approved q2:declined";
        QTest::newRow("a decision on an unknown request")
            << QStringList{"response.approved request=q9 response=R room=mic"} << "|";
    }
    void judging()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, state);
        const ControlView v = ControlView::fromLog(script(steps));
        QStringList got;
        for (const cd::exercise::HypothesisState &h : v.hypotheses())
            got << h.id + ':' + h.verdict;
        got << "|";
        for (const cd::exercise::RequestState &r : v.requests().requests)
            got << r.id + ':' + cd::exercise::requestStatusName(r.status);
        QCOMPARE(got.join(' '), state);
    }

    void waitingForPersona_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("waiting");  // call ids, longest waiting first
        QTest::newRow("none") << QStringList{"call.ringing call=c1 from=mic to=op-a @1"} << QStringList{};
        QTest::newRow("two, oldest first") << QStringList{"call.ringing call=c1 from=mic to=persona:vendor @5",
                                                          "call.ringing call=c2 from=op-a to=persona:press @2",
                                                          "call.ringing call=c3 from=persona:press to=mic @1"}
                                           << QStringList{"c2", "c1"};
        QTest::newRow("answered and missed calls wait no more")
            << QStringList{"call.ringing call=c1 from=mic to=persona:vendor @1",
                           "call.ringing call=c2 from=op-a to=persona:press @2",
                           "call.ringing call=c3 from=nisc to=persona:press @3",
                           "call.answered call=c1 from=mic to=persona:vendor @4",
                           "call.missed call=c2 from=op-a to=persona:press @5"}
            << QStringList{"c3"};
    }
    void waitingForPersona()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, waiting);
        const ControlView v = ControlView::fromLog(script(steps));
        QStringList got;
        for (const cd::exercise::CallState *c : v.waitingForPersona())
            got << c->id;
        QCOMPARE(got, waiting);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ex = start("basic.cxs.json", "basic.players.json", m_dir.filePath("c.cxdb"), &error);
        QVERIFY2(m_ex, qPrintable(error));
        m_ex->advanceTo(INT_MAX);
    }

    /// Over a played exercise the view agrees with the engine's own fold, and folding the log
    /// again after a partial pass (a console reopened, replaying) changes nothing.
    void agreesWithEngine_data()
    {
        QTest::addColumn<int>("foldedFirst");  // percent of the log folded before the replay
        for (int n : {0, 30, 100})
            QTest::newRow(qPrintable(QString::number(n) + "%")) << n;
    }
    void agreesWithEngine()
    {
        QFETCH(int, foldedFirst);
        const std::vector<Event> log = m_ex->log().read();
        ControlView v;
        for (size_t i = 0; i < log.size() * size_t(foldedFirst) / 100; ++i)
            QVERIFY(v.apply(log[i]).fresh);
        for (const Event &e : log)
            v.apply(e);
        const cd::exercise::ExerciseState &st = m_ex->state();
        int fired = 0, skipped = 0;
        for (const cd::scenario::Inject &i : m_ex->scenario().injects) {
            const cd::exercise::InjectState engine = st.inject(i.id);
            const cd::exercise::InjectView mine = v.inject(i.id);
            QCOMPARE(mine.firedMin, engine.firedMin);
            QCOMPARE(mine.status == cd::exercise::InjectView::Status::Skipped, engine.skipped && !engine.firedMin);
            QCOMPARE(mine.delayMin, engine.extraDelayMin);
            fired += bool(engine.firedMin);
            skipped += engine.skipped;
        }
        QVERIFY(fired > 2);
        QCOMPARE(v.expected(), st.expectations);
        QVERIFY(!v.expected().empty());
        QCOMPARE(v.calls().calls.size(), st.calls.size());
        for (size_t i = 0; i < st.calls.size(); ++i) {
            QCOMPARE(v.calls().calls[i].id, st.calls[i].id);
            QCOMPARE(v.calls().calls[i].status, st.calls[i].status);
        }
        int mailRows = 0;
        for (const cd::exercise::TrafficRow &r : v.traffic()) {
            if (r.channel != "mail")
                continue;
            ++mailRows;
            // The row's seq is its mail.sent event, which names the mail.
            const Event &sent = log[size_t(r.seq - 1)];
            QCOMPARE(sent.seq, r.seq);
            const cd::exercise::MailState *m = st.mails.find(sent.payload.value("mail").toString());
            QVERIFY(m);
            QCOMPARE(r.from, m->from);
            QCOMPARE(r.to, m->to + m->cc);
            QCOMPARE(r.deliveredAt >= 0, m->delivered);
            QSet<QString> readers;
            for (const auto &read : r.reads)
                readers.insert(read.first);
            QCOMPARE(readers, m->readBy);
        }
        QCOMPARE(mailRows, st.mails.count());
        QCOMPARE(v.hypotheses().size(), st.hypotheses.size());
        for (size_t i = 0; i < st.hypotheses.size(); ++i) {
            QCOMPARE(v.hypotheses()[i].id, st.hypotheses[i].id);
            QCOMPARE(v.hypotheses()[i].verdict, st.hypotheses[i].verdict);
        }
        QVERIFY(!st.hypotheses.empty());
        QCOMPARE(v.requests().requests.size(), st.requests.size());
        for (const cd::exercise::RequestState &r : st.requests) {
            QVERIFY(v.request(r.id));
            QCOMPARE(v.request(r.id)->status, r.status);
        }
    }

    /// The debrief replay folds forward from where it was and from the start when it goes back:
    /// the state at a minute is the same whatever minute was shown before.
    void replayAnyOrder_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("minute");
        for (const auto &[before, minute] :
             std::vector<std::pair<int, int>>{{0, 30}, {30, 7}, {7, 12}, {120, 30}, {60, 60}, {360, 0}})
            QTest::newRow(qPrintable(QString("%1 then %2").arg(before).arg(minute))) << before << minute;
    }
    void replayAnyOrder()
    {
        QFETCH(int, before);
        QFETCH(int, minute);
        const std::vector<Event> log = m_ex->log().read();
        cd::report::Report r;
        QString error;
        QVERIFY2(cd::report::compute(m_ex->scenario(), log, &r, &error), qPrintable(error));
        const cd::report::Replay fresh(r, log);
        const cd::report::Replay stepped(r, log);
        stepped.at(before);
        const auto a = fresh.at(minute);
        const auto b = stepped.at(minute);
        QStringList sa, sb;
        for (const auto &i : a.injects)
            sa << i.id + i.status + QString::number(i.firedMin.value_or(-1));
        for (const auto &i : b.injects)
            sb << i.id + i.status + QString::number(i.firedMin.value_or(-1));
        QCOMPARE(sb, sa);
        QCOMPARE(b.expected, a.expected);
        QVERIFY(sa.join(' ').contains("fired") || minute == 0);
    }
};

QTEST_GUILESS_MAIN(TestControlView)
#include "tst_control_view.moc"
