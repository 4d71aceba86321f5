// The after-action report on golden cases whose figures are worked out by hand
// (tests/data/report/<case>/WORKING.md): the case is run headless, its report computed from the
// log, and every figure compared exactly.
#include "model/cascade.h"
#include "report/documents.h"
#include "report/plan.h"
#include "report/replay.h"
#include "reportfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestReportGolden : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    report::Report m_report;
    QJsonObject m_json;

    QJsonObject find(const char *list, const QString &key, const QString &value) const
    {
        for (const QJsonValue &v : m_json.value(QLatin1String(list)).toArray())
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        return {};
    }
    static QString minutes(const QJsonValue &v)
    {
        return v.isNull() ? QStringLiteral("-") : QString::number(v.toInt());
    }
    /// Node-hours as micro-node-hours (exact integers for the hand-worked values).
    static qint64 micro(double v) { return qRound64(v * 1e6); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("basic.cxdb"));
        QCOMPARE(reportfixture::runCase(QStringLiteral("basic"), m_db), QString());
        auto log = store::EventLog::open(m_db);
        QString error;
        QVERIFY2(report::computeFromLog(*log, &m_report, &error), qPrintable(error));
        m_json = report::toJson(m_report);
    }

    void injects_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("fired");
        QTest::addColumn<QString>("delivered");
        QTest::addColumn<QString>("acknowledged");
        QTest::newRow("mail read") << "I-1"
                                   << "5"
                                   << "5"
                                   << "12";
        QTest::newRow("call answered") << "I-2"
                                       << "15"
                                       << "15"
                                       << "16";
        QTest::newRow("call missed") << "I-3"
                                     << "50"
                                     << "50"
                                     << "-";
    }
    void injects()
    {
        QFETCH(QString, id);
        QFETCH(QString, fired);
        QFETCH(QString, delivered);
        QFETCH(QString, acknowledged);
        const QJsonObject o = find("injects", QStringLiteral("id"), id);
        QCOMPARE(minutes(o.value(QLatin1String("fired_at_min"))), fired);
        QCOMPARE(minutes(o.value(QLatin1String("delivered_min"))), delivered);
        QCOMPARE(minutes(o.value(QLatin1String("acknowledged_min"))), acknowledged);
    }

    void expected_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("latency");
        QTest::newRow("E-1 report in time") << "E-1"
                                            << "met"
                                            << "14"
                                            << "9";
        QTest::newRow("E-2 no post") << "E-2"
                                     << "missed"
                                     << "30"
                                     << "-";
        QTest::newRow("E-3 call before the inject") << "E-3"
                                                    << "missed"
                                                    << "70"
                                                    << "-";
    }
    void expected()
    {
        QFETCH(QString, status);
        QFETCH(QString, at);
        QFETCH(QString, latency);
        QFETCH(QString, id);
        const QJsonObject o = find("expected", QStringLiteral("id"), id);
        QCOMPARE(o.value(QLatin1String("status")).toString(), status);
        QCOMPARE(minutes(o.value(QLatin1String("at_min"))), at);
        QCOMPARE(minutes(o.value(QLatin1String("latency_min"))), latency);
    }

    void flows_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("latency");
        QTest::addColumn<QString>("message");
        QTest::newRow("F-1 operator to ministry") << "F-1"
                                                  << "met"
                                                  << "4"
                                                  << "mail-2";
        QTest::newRow("F-2 busy call, then mail") << "F-2"
                                                  << "met"
                                                  << "14"
                                                  << "mail-3";
        QTest::newRow("F-3 advisory too late") << "F-3"
                                               << "missed"
                                               << "-"
                                               << "";
    }
    void flows()
    {
        QFETCH(QString, status);
        QFETCH(QString, latency);
        QFETCH(QString, message);
        QFETCH(QString, id);
        const QJsonObject o = find("flows", QStringLiteral("id"), id);
        QCOMPARE(o.value(QLatin1String("status")).toString(), status);
        QCOMPARE(minutes(o.value(QLatin1String("latency_min"))), latency);
        QCOMPARE(o.value(QLatin1String("message")).toString(), message);
    }

    void diagnosis_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("correct");
        QTest::addColumn<int>("hypotheses");
        QTest::newRow("op-a right") << "op-a"
                                    << "35" << 1;
        QTest::newRow("mic wrong") << "mic"
                                   << "-" << 1;
        QTest::newRow("nisc none") << "nisc"
                                   << "-" << 0;
        QTest::newRow("op-b none") << "op-b"
                                   << "-" << 0;
    }
    void diagnosis()
    {
        QFETCH(QString, correct);
        QFETCH(int, hypotheses);
        QFETCH(QString, room);
        const QJsonObject o = find("diagnosis", QStringLiteral("room"), room);
        QCOMPARE(minutes(o.value(QLatin1String("correct_at_min"))), correct);
        QCOMPARE(o.value(QLatin1String("hypotheses")).toArray().size(), hypotheses);
    }

    void breaches()
    {
        const QJsonArray b = m_json.value(QLatin1String("breaches")).toArray();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b[0].toObject().value(QLatin1String("node")).toString(), QStringLiteral("power"));
        QCOMPARE(b[0].toObject().value(QLatin1String("start_min")).toInt(), 10);
        QCOMPARE(b[0].toObject().value(QLatin1String("at_min")).toInt(), 20);
    }

    void integral_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("nodeHoursE6");
        QTest::newRow("power 27.5 q-minutes") << "power" << qint64(458333);
        QTest::newRow("telecom untouched") << "telecom" << qint64(0);
    }
    void integral()
    {
        QFETCH(qint64, nodeHoursE6);
        QFETCH(QString, node);
        QCOMPARE(micro(m_json.value(QLatin1String("integral")).toObject().value(node).toDouble()), nodeHoursE6);
    }

    void mitigations_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("effective");
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("avoided");
        QTest::addColumn<qint64>("earlier");
        QTest::newRow("fuel: telecom") << "R-fuel"
                                       << "op-a" << 40 << "telecom" << qint64(173333) << qint64(0);
        QTest::newRow("fuel: power") << "R-fuel"
                                     << "op-a" << 40 << "power" << qint64(0) << qint64(0);
        QTest::newRow("restore: power") << "R-restore"
                                        << "op-b" << 65 << "power" << qint64(462500) << qint64(250000);
        QTest::newRow("restore: telecom") << "R-restore"
                                          << "op-b" << 65 << "telecom" << qint64(0) << qint64(0);
    }
    void mitigations()
    {
        QFETCH(QString, room);
        QFETCH(int, effective);
        QFETCH(qint64, avoided);
        QFETCH(qint64, earlier);
        QFETCH(QString, response);
        QFETCH(QString, node);
        const QJsonObject o = find("mitigations", QStringLiteral("response"), response);
        QCOMPARE(o.value(QLatin1String("room")).toString(), room);
        QCOMPARE(o.value(QLatin1String("effective_min")).toInt(), effective);
        QCOMPARE(micro(o.value(QLatin1String("avoided")).toObject().value(node).toDouble()), avoided);
        QCOMPARE(micro(o.value(QLatin1String("avoided_if_30_min_earlier")).toObject().value(node).toDouble()), earlier);
    }

    // The what-if equals a direct model run with the effect removed (and one with it moved).
    void whatIfAgainstDirectModel_data()
    {
        QTest::addColumn<QString>("removed");
        QTest::addColumn<int>("restoreAt");  // effective minute of R-restore in the direct run
        QTest::newRow("without fuel") << "R-fuel" << 65;
        QTest::newRow("without restore") << "R-restore" << -1;
        QTest::newRow("restore 30 min earlier") << "" << 35;
    }
    void whatIfAgainstDirectModel()
    {
        QFETCH(QString, removed);
        QFETCH(int, restoreAt);
        const scenario::Scenario &s = m_report.scenario;
        model::CascadeOptions opts;
        QString error;
        auto m = model::Cascade::create(s.graph, s.truth.shocks, opts, &error);
        QVERIFY2(m, qPrintable(error));
        if (removed != QLatin1String("R-fuel"))
            QVERIFY(m->applyEffect(s.response(QStringLiteral("R-fuel"))->effect, 40, &error));
        if (restoreAt >= 0)
            QVERIFY(m->applyEffect(s.response(QStringLiteral("R-restore"))->effect, restoreAt, &error));
        m->stepTo(120);
        const QJsonObject integral = m_json.value(QLatin1String("integral")).toObject();
        const QString response = removed.isEmpty() ? QStringLiteral("R-restore") : removed;
        const QJsonObject mit = find("mitigations", QStringLiteral("response"), response);
        for (const QString &node : {QStringLiteral("power"), QStringLiteral("telecom")}) {
            const double asRun = integral.value(node).toDouble();
            const double direct = m->integral(node);
            const double reported =
                removed.isEmpty()
                    ? asRun - mit.value(QLatin1String("avoided_if_30_min_earlier")).toObject().value(node).toDouble()
                    : asRun + mit.value(QLatin1String("avoided")).toObject().value(node).toDouble();
            QCOMPARE(micro(reported), micro(direct));
        }
    }

    void matrix()
    {
        QStringList cells;
        for (const QJsonValue &v :
             m_json.value(QLatin1String("information_flow")).toObject().value(QLatin1String("matrix")).toArray()) {
            const QJsonObject c = v.toObject();
            cells << QStringLiteral("%1>%2 %3 %4 %5")
                         .arg(c.value(QLatin1String("from")).toString(), c.value(QLatin1String("to")).toString(),
                              c.value(QLatin1String("channel")).toString(), c.value(QLatin1String("kind")).toString())
                         .arg(c.value(QLatin1String("count")).toInt());
        }
        QCOMPARE(cells, QStringList({"mic>nisc mail report 1", "nisc>ceptoar mail advisory 1",
                                     "op-a>ceptoar mail report 1", "op-a>mic mail report 2",
                                     "persona:customer>op-a mail other 1", "persona:press>nisc phone other 1"}));
    }

    void reach_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("after");
        QTest::newRow("first report at MIC") << "mic"
                                             << "4";
        QTest::newRow("first report at NISC") << "nisc"
                                              << "14";
        QTest::newRow("first advisory at the CEPTOAR") << "ceptoar"
                                                       << "35";
    }
    void reach()
    {
        QFETCH(QString, after);
        QFETCH(QString, room);
        for (const QJsonValue &v :
             m_json.value(QLatin1String("information_flow")).toObject().value(QLatin1String("reach")).toArray())
            if (v.toObject().value(QLatin1String("room")).toString() == room)
                QCOMPARE(minutes(v.toObject().value(QLatin1String("after_impact_min"))), after);
    }

    void knowledge_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("via");
        QTest::newRow("op-a found it") << "op-a"
                                       << "35"
                                       << "hypothesis";
        QTest::newRow("mic told by op-a") << "mic"
                                          << "38"
                                          << "op-a";
        QTest::newRow("ceptoar cc'd") << "ceptoar"
                                      << "38"
                                      << "op-a";
        QTest::newRow("nisc never") << "nisc"
                                    << "-"
                                    << "";
        QTest::newRow("op-b never") << "op-b"
                                    << "-"
                                    << "";
    }
    void knowledge()
    {
        QFETCH(QString, at);
        QFETCH(QString, via);
        QFETCH(QString, room);
        const QJsonObject flow = m_json.value(QLatin1String("information_flow")).toObject();
        for (const QJsonValue &v : flow.value(QLatin1String("cause_knowledge")).toArray())
            if (v.toObject().value(QLatin1String("room")).toString() == room) {
                QCOMPARE(minutes(v.toObject().value(QLatin1String("knew_at_min"))), at);
                QCOMPARE(v.toObject().value(QLatin1String("via")).toString(), via);
            }
        QCOMPARE(flow.value(QLatin1String("cause_never_reached")).toVariant().toStringList(),
                 QStringList({"nisc", "op-b"}));
        QCOMPARE(flow.value(QLatin1String("no_advisory")).toVariant().toStringList(), QStringList({"op-a", "op-b"}));
    }

    void channels_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("busy");
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("unread");
        QTest::newRow("mic") << "mic" << 1 << 1 << 2;
        QTest::newRow("nisc") << "nisc" << 0 << 0 << 0;
        QTest::newRow("ceptoar") << "ceptoar" << 0 << 0 << 2;
        QTest::newRow("op-a") << "op-a" << 0 << 0 << 0;
    }
    void channels()
    {
        QFETCH(int, busy);
        QFETCH(int, missed);
        QFETCH(int, unread);
        QFETCH(QString, room);
        for (const QJsonValue &v :
             m_json.value(QLatin1String("channels")).toObject().value(QLatin1String("rooms")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("room")).toString() != room)
                continue;
            QCOMPARE(c.value(QLatin1String("busy")).toInt(), busy);
            QCOMPARE(c.value(QLatin1String("missed")).toInt(), missed);
            QCOMPARE(c.value(QLatin1String("unread")).toInt(), unread);
        }
    }

    void observationsAndSurvey()
    {
        const QJsonObject obs = m_json.value(QLatin1String("observations")).toObject();
        QCOMPARE(obs.value(QLatin1String("by_objective"))
                     .toObject()
                     .value(QLatin1String("O1"))
                     .toObject()
                     .value(QLatin1String("S"))
                     .toInt(),
                 1);
        QCOMPARE(obs.value(QLatin1String("by_objective"))
                     .toObject()
                     .value(QLatin1String("O2"))
                     .toObject()
                     .value(QLatin1String("M"))
                     .toInt(),
                 1);
        QCOMPARE(obs.value(QLatin1String("by_theme"))
                     .toObject()
                     .value(QLatin1String("3"))
                     .toObject()
                     .value(QLatin1String("M"))
                     .toInt(),
                 1);
        QCOMPARE(obs.value(QLatin1String("by_theme"))
                     .toObject()
                     .value(QLatin1String("1"))
                     .toObject()
                     .value(QLatin1String("P"))
                     .toInt(),
                 0);
        const QJsonArray survey = m_json.value(QLatin1String("survey")).toArray();
        QCOMPARE(survey.size(), 3);
        QCOMPARE(survey[0].toObject().value(QLatin1String("mean")).toDouble(), 3.0);
        QCOMPARE(survey[0].toObject().value(QLatin1String("distribution")).toArray(), QJsonArray({0, 1, 0, 1, 0}));
        QCOMPARE(survey[1].toObject().value(QLatin1String("counts")).toArray(), QJsonArray({1, 1, 0}));
        QCOMPARE(survey[2].toObject().value(QLatin1String("texts")).toArray(),
                 QJsonArray({QStringLiteral("op-a: Mail worked.")}));
    }

    void planSeededThenStored()
    {
        QStringList sources;
        for (const report::PlanItem &p : m_report.plan)
            sources << p.source;
        QCOMPARE(sources, QStringList({"E-2", "E-3", "F-3", "breach:power"}));
        report::PlanStore store(m_db);
        QVERIFY(!store.load().has_value());
        std::vector<report::PlanItem> items = m_report.plan;
        items[0].contact = QStringLiteral("Sato");
        items.pop_back();
        store.save(items);
        const auto loaded = store.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(int(loaded->size()), 3);
        QCOMPARE(loaded->at(0).contact, QStringLiteral("Sato"));
        QCOMPARE(loaded->at(1).source, QStringLiteral("E-3"));
        // The report now carries the stored plan, not the seed.
        auto log = store::EventLog::open(m_db);
        report::Report again;
        QString error;
        QVERIFY(report::computeFromLog(*log, &again, &error));
        QCOMPARE(int(again.plan.size()), 3);
        std::vector<report::PlanItem> none;
        store.save(none);
    }

    void documentsCarrySections_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en plan") << "en"
                                 << "Appendix A: Improvement plan";
        QTest::newRow("en strengths") << "en"
                                      << "3. Strengths and areas for improvement";
        QTest::newRow("ja plan") << "ja"
                                 << "付録A: 改善計画";
        QTest::newRow("ja overview") << "ja"
                                     << "1. 演習の概要";
    }
    void documentsCarrySections()
    {
        QFETCH(QString, lang);
        QFETCH(QString, heading);
        report::Report r = m_report;
        r.lang = lang;
        const QString md = report::toMarkdown(r);
        const QString html = report::toHtml(r);
        QVERIFY2(md.contains(QStringLiteral("## ") + heading), qPrintable(heading));
        QVERIFY2(html.contains(QStringLiteral("<h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2>")),
                 qPrintable(heading));
        // The q(t) chart, the who-told-whom matrix, power's impact against its level (telecom is
        // never impacted), and the two questions answered on a scale or a choice (Q1, Q2).
        QCOMPARE(html.count(QStringLiteral("<svg ")), 5);
        QCOMPARE(html.contains(QStringLiteral("<img")), false);
    }

    void replay_data()
    {
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("injects");
        QTest::addColumn<QString>("power");
        QTest::addColumn<QString>("telecom");
        QTest::newRow("before anything") << 4 << "pending pending pending"
                                         << "ok"
                                         << "ok";
        QTest::newRow("power down") << 20 << "fired fired pending"
                                    << "down"
                                    << "ok";
        QTest::newRow("after restore") << 70 << "fired fired fired"
                                       << "ok"
                                       << "ok";
    }
    void replay()
    {
        QFETCH(QString, injects);
        QFETCH(QString, power);
        QFETCH(QString, telecom);
        QFETCH(int, minute);
        auto log = store::EventLog::open(m_db);
        const report::Replay replay(m_report, log->read());
        const report::ReplayState st = replay.at(minute);
        QStringList status;
        for (const auto &i : st.injects)
            status << i.status;
        QCOMPARE(status.join(QLatin1Char(' ')), injects);
        QCOMPARE(st.sectors[0].label, power);
        QCOMPARE(st.sectors[1].label, telecom);
        for (const auto &row : st.traffic)
            QCOMPARE_LE(row.minute, minute);
    }
    // On the bundled scenario the re-run model must be the live one: the breaches the report
    // computes are exactly those the engine logged while running.
    void bundledReRunMatchesTheLog()
    {
        const QString dir = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/");
        QFile f(dir + QStringLiteral("nisc-2008-cross-sector.cxs.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        const auto loaded = scenario::loadScenario(json, f.fileName());
        QVERIFY(loaded.scenario);
        exercise::ExerciseOptions o;
        auto t = std::make_shared<qint64>(1700000000000);
        o.now = [t] { return (*t)++; };
        o.speed = exercise::Clock::kMax;
        QString error;
        const QString db = m_dir.filePath(QStringLiteral("bundled.cxdb"));
        {
            auto ex = exercise::Exercise::start(*loaded.scenario, store::EventLog::create(db, json), o, &error);
            QVERIFY2(ex, qPrintable(error));
            auto script = exercise::loadPlayerScriptFile(dir + QStringLiteral("nisc-2008-cross-sector.players.json"),
                                                         *loaded.scenario);
            QVERIFY(script.script);
            ex->setScript(std::move(*script.script));
            ex->advanceTo(loaded.scenario->meta.durationMin);
        }
        auto log = store::EventLog::open(db);
        QStringList logged;
        for (const store::Event &e : log->read())
            if (e.kind == QLatin1String("model.breach"))
                logged << QStringLiteral("%1 %2 %3")
                              .arg(e.payload.value(QLatin1String("node")).toString())
                              .arg(e.payload.value(QLatin1String("start")).toInt())
                              .arg(e.payload.value(QLatin1String("at")).toInt());
        report::Report r;
        QVERIFY2(report::computeFromLog(*log, &r, &error), qPrintable(error));
        QStringList computed;
        for (const report::BreachRow &b : r.breaches)
            computed << QStringLiteral("%1 %2 %3").arg(b.node).arg(b.startMin).arg(b.atMin);
        QVERIFY(!logged.isEmpty());
        QCOMPARE(computed, logged);
        QVERIFY(!r.mitigations.empty());
    }
};

QTEST_GUILESS_MAIN(TestReportGolden)
#include "tst_report_golden.moc"
