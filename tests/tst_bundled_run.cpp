// The bundled scenario (scenarios/nisc-2008-cross-sector) run with its player script: it runs to
// the end, deterministically, and no room ever receives any control-only text of the scenario
// (truth, control notes) nor another sector's model state.
#include "exercise/exercise.h"
#include "exercise/visibility.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using cd::store::Event;

namespace {

const QString kScenario = CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json";
const QString kPlayers = CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.players.json";

void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            collectStrings(x, out);
    else if (v.isObject())
        for (const QJsonValue &x : v.toObject())
            collectStrings(x, out);
}

void addText(const cd::scenario::Text &t, QStringList &out)
{
    for (const QString &s : {t.ja, t.en, t.plain})
        if (s.size() >= 8)
            out << s;
}

}  // namespace

class TestBundledRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<cd::scenario::Scenario> m_scenario;
    std::vector<Event> m_events;

    std::vector<Event> run(const QString &name)
    {
        QFile f(kScenario);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray json = f.readAll();
        cd::exercise::ExerciseOptions options;
        options.speed = cd::exercise::Clock::kMax;
        QString error;
        auto ex = cd::exercise::Exercise::start(*m_scenario, cd::store::EventLog::create(m_dir.filePath(name), json),
                                                options, &error);
        if (!ex)
            qFatal("%s", qPrintable(error));
        auto script = cd::exercise::loadPlayerScriptFile(kPlayers, *m_scenario);
        if (!script.script)
            qFatal("%s", qPrintable(script.errors.join('\n')));
        ex->setScript(std::move(*script.script));
        ex->advanceTo(INT_MAX);
        if (!ex->ended())
            qFatal("did not end");
        return ex->log().read();
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kScenario) || !QFile::exists(kPlayers))
            QSKIP("the bundled scenario is not in this tree");
        QVERIFY(m_dir.isValid());
        const auto loaded = cd::scenario::loadScenarioFile(kScenario);
        QVERIFY(loaded.scenario);
        m_scenario = loaded.scenario;
        m_events = run("a.cxdb");
        QCOMPARE_GT(m_events.size(), size_t(100));
    }

    void deterministic()
    {
        const auto again = run("b.cxdb");
        QCOMPARE(again.size(), m_events.size());
        for (size_t i = 0; i < again.size(); ++i)
            QVERIFY2(again[i].sameApartFromWallTime(m_events[i]), qPrintable(QString::number(i)));
    }

    void noControlOnlyTextInAnyRoom_data()
    {
        QTest::addColumn<QString>("room");
        for (const auto &r : m_scenario->rooms)
            QTest::newRow(qPrintable(r.id)) << r.id;
    }
    void noControlOnlyTextInAnyRoom()
    {
        QFETCH(QString, room);
        QStringList secrets;
        addText(m_scenario->truth.rootCause, secrets);
        addText(m_scenario->truth.narrative, secrets);
        for (const auto &i : m_scenario->injects)
            addText(i.controlNotes, secrets);
        QVERIFY(secrets.size() > 10);
        const cd::scenario::Room *r = m_scenario->room(room);
        int seen = 0;
        for (const Event &e : m_events) {
            if (!cd::exercise::visibleTo(*m_scenario, e, room))
                continue;
            ++seen;
            QVERIFY2(!e.kind.startsWith("inject.") && !e.kind.startsWith("expected.") && !e.kind.startsWith("flow."),
                     qPrintable(e.kind));
            if (e.kind.startsWith("model.")) {
                const QString node = e.payload.value("node").toString();
                QVERIFY2(r->sector == node || r->sectors.contains(node), qPrintable(node));
            }
            QStringList strings;
            collectStrings(e.payload, strings);
            for (const QString &s : strings)
                for (const QString &secret : secrets)
                    QVERIFY2(!s.contains(secret),
                             qPrintable(QString("seq %1 leaks: %2").arg(e.seq).arg(secret.left(40))));
        }
        QCOMPARE_GT(seen, 1);
    }
};

QTEST_GUILESS_MAIN(TestBundledRun)
#include "tst_bundled_run.moc"
