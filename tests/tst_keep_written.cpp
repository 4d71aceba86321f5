// Saving keeps what the author wrote (simcore/scenario/keepwritten.h): keys spelled out with
// their default value survive load -> save, in their place; the bundled scenarios save back to
// the same bytes; and what an edit removed is not brought back.
#include "scenario/json.h"
#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace cd::scenario;

namespace {
/// Every key of a JSON document as a path ("/injects[3]/delay").
QStringList keyPaths(const QJsonValue &v, const QString &at = {})
{
    QStringList out;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out << at + '/' + it.key() << keyPaths(it.value(), at + '/' + it.key());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            out << keyPaths(a[i], at + QStringLiteral("[%1]").arg(i));
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestKeepWritten final : public QObject
{
    Q_OBJECT
private slots:
    void bundledScenariosSaveBackUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"nisc-2008-cross-sector", "2006-tabletop-earthquake", "2007-ddos-mail-only"})
            QTest::newRow(name)
                << QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/%1.cxs.json").arg(QString::fromLatin1(name));
    }
    void bundledScenariosSaveBackUnchanged()
    {
        // The bundled files are not in the saver's layout (key order, arrays over lines), so
        // their bytes change; what must not is what they say: every key stays, and the saved
        // file saves back to itself.
        QFETCH(QString, file);
        const QByteArray written = readFile(file);
        const LoadResult loaded = loadScenario(written, file);
        QVERIFY(loaded.scenario);
        const QByteArray saved = saveScenario(*loaded.scenario, written);
        const QStringList before = keyPaths(QJsonDocument::fromJson(written).object());
        const QStringList after = keyPaths(QJsonDocument::fromJson(saved).object());
        QStringList lost;
        for (const QString &path : before)
            if (!after.contains(path))
                lost << path;
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(", ")));
        QCOMPARE(after.size(), before.size());
        const LoadResult again = loadScenario(saved, file);
        QVERIFY(again.scenario);
        QVERIFY(*again.scenario == *loaded.scenario);
        QCOMPARE(saveScenario(*again.scenario, saved), saved);
    }

    void defaultsTheAuthorWroteAreKept_data()
    {
        QTest::addColumn<QByteArray>("key");  // a line the author wrote, at its place
        QTest::newRow("phone_lines 1") << QByteArray("\"phone_lines\": 1");
        QTest::newRow("empty cc") << QByteArray("\"cc\": []");
        QTest::newRow("delay +00:00") << QByteArray("\"delay\": \"+00:00\"");
        QTest::newRow("recharge_per_h 1") << QByteArray("\"recharge_per_h\": 1");
        QTest::newRow("initial 0") << QByteArray("\"initial\": 0");
    }
    void defaultsTheAuthorWroteAreKept()
    {
        QFETCH(QByteArray, key);
        const QByteArray written = withDefaultsWritten();
        QVERIFY(written.contains(key));
        const LoadResult loaded = loadScenario(written, "written.cxs.json");
        QVERIFY(loaded.scenario);
        QVERIFY(!saveScenario(*loaded.scenario).contains(key));  // what the saver alone writes
        const QByteArray kept = saveScenario(*loaded.scenario, written);
        QVERIFY2(kept.contains(key), kept.constData());
        QCOMPARE(kept, written);  // and where the author had it
    }

    void removedPartsStayRemoved()
    {
        const QByteArray written = withDefaultsWritten();
        LoadResult loaded = loadScenario(written, "written.cxs.json");
        QVERIFY(loaded.scenario);
        Scenario &s = *loaded.scenario;
        // The by-hand inject loses its condition: its delay goes with it.
        Inject &byHand = s.injects.back();
        QVERIFY(byHand.when);
        byHand.when.reset();
        byHand.delayMin = 0;
        // A room's phone lines change from the written default: the new value is written.
        s.rooms.front().phoneLines = 3;
        const QByteArray saved = saveScenario(s, written);
        QVERIFY(!saved.contains("\"delay\": \"+00:00\""));
        QVERIFY(saved.contains("\"phone_lines\": 3"));
        QCOMPARE(saved.count("\"phone_lines\""), 2);  // nisc's, and op-power-a's 2
        const LoadResult again = loadScenario(saved, "saved.json");
        QVERIFY(again.scenario);
        QVERIFY(*again.scenario == s);
    }

private:
    /// tests/data/msel/small.cxs.json as the saver writes it, plus keys an author spelled out
    /// with their default value, each where the saver's key order puts it.
    static QByteArray withDefaultsWritten()
    {
        const LoadResult small = loadScenarioFile(QStringLiteral(CROSSDRILL_TEST_DATA "/msel/small.cxs.json"));
        if (!small.scenario)
            return {};
        json::Value doc = *json::parse(saveScenario(*small.scenario));
        const auto member = [](json::Value &v, const char *key) -> json::Value & {
            for (json::Member &m : v.object)
                if (m.key == QLatin1String(key))
                    return m.value;
            qFatal("no %s", key);
        };
        const auto insertAfter = [](json::Value &object, const char *after, const char *key, json::Value value) {
            auto it = std::find_if(object.object.begin(), object.object.end(),
                                   [after](const json::Member &m) { return m.key == QLatin1String(after); });
            json::Member m;
            m.key = QLatin1String(key);
            m.value = std::move(value);
            object.object.insert(it + 1, std::move(m));
        };
        json::Value &rooms = member(doc, "rooms");
        insertAfter(rooms.array[0], "role", "phone_lines", json::Value::fromNumber(1));
        json::Value &injects = member(doc, "injects");
        insertAfter(injects.array[2], "from", "cc", json::Value::makeArray());
        insertAfter(injects.array[4], "when", "delay", json::Value::fromString("+00:00"));
        json::Value &graph = member(doc, "graph");
        insertAfter(member(graph, "edges").array[0], "autonomy_h", "recharge_per_h", json::Value::fromNumber(1));
        insertAfter(member(graph, "nodes").array[0], "unit", "initial", json::Value::fromNumber(0));
        return json::writePretty(doc);
    }
};

QTEST_GUILESS_MAIN(TestKeepWritten)
#include "tst_keep_written.moc"
