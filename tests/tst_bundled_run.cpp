// The bundled functional scenarios (scenarios/nisc-2008-cross-sector, nisc-present-cross-sector)
// run with their player scripts: each runs to the end, deterministically, and no room ever
// receives any control-only text of the scenario (truth, control notes) nor another sector's
// model state.
#include "exercise/exercise.h"
#include "exercise/visibility.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <map>

using cd::store::Event;

namespace {

const QStringList kBases{QStringLiteral("nisc-2008-cross-sector"), QStringLiteral("nisc-present-cross-sector")};

QString scenarioPath(const QString &base)
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/") + base + QStringLiteral(".cxs.json");
}

QString playersPath(const QString &base)
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/") + base + QStringLiteral(".players.json");
}

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
    struct Played
    {
        cd::scenario::Scenario scenario;
        std::vector<Event> events;
    };
    QTemporaryDir m_dir;
    std::map<QString, Played> m_played;  // by scenario base name

    std::vector<Event> run(const QString &base, const cd::scenario::Scenario &scenario, const QString &name)
    {
        QFile f(scenarioPath(base));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray json = f.readAll();
        cd::exercise::ExerciseOptions options;
        options.speed = cd::exercise::Clock::kMax;
        QString error;
        auto ex = cd::exercise::Exercise::start(scenario, cd::store::EventLog::create(m_dir.filePath(name), json),
                                                options, &error);
        if (!ex)
            qFatal("%s", qPrintable(error));
        auto script = cd::exercise::loadPlayerScriptFile(playersPath(base), scenario);
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
        QVERIFY(m_dir.isValid());
        for (const QString &base : kBases) {
            const auto loaded = cd::scenario::loadScenarioFile(scenarioPath(base));
            QVERIFY2(loaded.scenario, qPrintable(base));
            Played &p = m_played[base];
            p.scenario = *loaded.scenario;
            p.events = run(base, p.scenario, base + "-a.cxdb");
            QCOMPARE_GT(p.events.size(), size_t(100));
        }
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("base");
        for (const QString &base : kBases)
            QTest::newRow(qPrintable(base)) << base;
    }
    void deterministic()
    {
        QFETCH(QString, base);
        const Played &p = m_played.at(base);
        const auto again = run(base, p.scenario, base + "-b.cxdb");
        QCOMPARE(again.size(), p.events.size());
        for (size_t i = 0; i < again.size(); ++i)
            QVERIFY2(again[i].sameApartFromWallTime(p.events[i]), qPrintable(QString::number(i)));
    }

    void noControlOnlyTextInAnyRoom_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("room");
        for (const auto &[base, p] : m_played)
            for (const auto &r : p.scenario.rooms)
                QTest::newRow(qPrintable(base + " " + r.id)) << base << r.id;
    }
    void noControlOnlyTextInAnyRoom()
    {
        QFETCH(QString, base);
        QFETCH(QString, room);
        const cd::scenario::Scenario &scenario = m_played.at(base).scenario;
        QStringList secrets;
        addText(scenario.truth.rootCause, secrets);
        addText(scenario.truth.narrative, secrets);
        for (const auto &i : scenario.injects)
            addText(i.controlNotes, secrets);
        QVERIFY(secrets.size() > 10);
        const cd::scenario::Room *r = scenario.room(room);
        int seen = 0;
        for (const Event &e : m_played.at(base).events) {
            if (!cd::exercise::visibleTo(scenario, e, room))
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
