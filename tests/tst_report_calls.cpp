// Declined calls in the after-action report's per-room channel figures: calls run through the
// engine (a room declines a room's call, a room declines a persona's, the white cell declines a
// room's call to a persona, a caller gives up a ringing call), then the report counts, per room,
// the calls it declined and its calls that were declined, in the JSON and in the documents.
#include "exercise/exercise.h"
#include "report/documents.h"
#include "report/report.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
QJsonObject act(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}
}  // namespace

class TestReportCalls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    report::Report m_report;
    QJsonObject m_json;
    std::unique_ptr<exercise::Exercise> m_ex;

    /// Places a call as `actor` and returns its id (from the call.ringing it recorded).
    QString call(const QString &actor, const QJsonObject &action)
    {
        const exercise::Outcome o = m_ex->perform(actor, action);
        if (!o.ok)
            return QStringLiteral("refused: ") + o.message;
        QString id = QStringLiteral("no call.ringing");
        for (const store::Event &e : m_ex->log().read())
            if (e.kind == QLatin1String("call.ringing"))
                id = e.payload.value(QLatin1String("call")).toString();
        return id;
    }
    bool hangUp(const QString &actor, const QString &call, const QString &persona = {})
    {
        QJsonObject a = act({{"do", "hangup"}, {"call", call}});
        if (!persona.isEmpty())
            a.insert(QStringLiteral("persona"), persona);
        return m_ex->perform(actor, a).ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(CROSSDRILL_TEST_DATA "/report/basic/scenario.cxs.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        const auto loaded = scenario::loadScenario(json, f.fileName());
        QVERIFY(loaded.scenario);
        exercise::ExerciseOptions o;
        auto t = std::make_shared<qint64>(1700000000000);
        o.now = [t] { return (*t)++; };
        o.speed = exercise::Clock::kMax;
        QString error;
        m_ex = exercise::Exercise::start(
            *loaded.scenario, store::EventLog::create(m_dir.filePath(QStringLiteral("calls.cxdb")), json), o, &error);
        QVERIFY2(m_ex, qPrintable(error));
        m_ex->advanceTo(1);

        // op-a calls NISC, which declines.
        const QString c1 = call(QStringLiteral("op-a"), act({{"do", "call"}, {"to", "nisc"}}));
        QVERIFY2(hangUp(QStringLiteral("nisc"), c1), qPrintable(c1));
        // The press (the white cell) calls MIC, which declines.
        const QString c2 =
            call(QStringLiteral("control"), act({{"do", "call"}, {"from", "persona:press"}, {"to", "mic"}}));
        QVERIFY2(hangUp(QStringLiteral("mic"), c2), qPrintable(c2));
        // MIC calls the press; the white cell declines for it.
        const QString c3 = call(QStringLiteral("mic"), act({{"do", "call"}, {"to", "persona:press"}}));
        QVERIFY2(hangUp(QStringLiteral("control"), c3, QStringLiteral("press")), qPrintable(c3));
        // op-a calls NISC again and NISC declines again; then op-a gives up a ringing call to op-b
        // (ended, not declined).
        const QString c4 = call(QStringLiteral("op-a"), act({{"do", "call"}, {"to", "nisc"}}));
        QVERIFY2(hangUp(QStringLiteral("nisc"), c4), qPrintable(c4));
        const QString c5 = call(QStringLiteral("op-a"), act({{"do", "call"}, {"to", "op-b"}}));
        QVERIFY2(hangUp(QStringLiteral("op-a"), c5), qPrintable(c5));
        m_ex->advanceTo(5);

        int declined = 0;
        const std::vector<store::Event> events = m_ex->log().read();
        for (const store::Event &e : events)
            declined += e.kind == QLatin1String("call.declined");
        QCOMPARE(declined, 4);
        QString computeError;
        QVERIFY2(report::compute(m_ex->scenario(), events, &m_report, &computeError), qPrintable(computeError));
        m_json = report::toJson(m_report);
    }

    void perRoom_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("declinedBy");
        QTest::addColumn<int>("declinedTo");
        QTest::newRow("nisc declined op-a twice") << "nisc" << 2 << 0;
        QTest::newRow("op-a was declined twice") << "op-a" << 0 << 2;
        QTest::newRow("mic declined the press, the press declined mic") << "mic" << 1 << 1;
        QTest::newRow("op-b: a call given up is not declined") << "op-b" << 0 << 0;
        QTest::newRow("ceptoar: no calls") << "ceptoar" << 0 << 0;
    }
    void perRoom()
    {
        QFETCH(QString, room);
        QFETCH(int, declinedBy);
        QFETCH(int, declinedTo);
        const report::RoomChannels *found = nullptr;
        for (const report::RoomChannels &c : m_report.channels)
            if (c.room == room)
                found = &c;
        QVERIFY(found);
        QCOMPARE(found->declinedBy, declinedBy);
        QCOMPARE(found->declinedTo, declinedTo);
        QJsonObject json;
        for (const QJsonValue &v :
             m_json.value(QLatin1String("channels")).toObject().value(QLatin1String("rooms")).toArray())
            if (v.toObject().value(QLatin1String("room")).toString() == room)
                json = v.toObject();
        QCOMPARE(json.value(QLatin1String("declined_by")).toInt(-1), declinedBy);
        QCOMPARE(json.value(QLatin1String("declined_to")).toInt(-1), declinedTo);
        // Declines are neither missed nor busy.
        QCOMPARE(found->missed, 0);
        QCOMPARE(found->busy, 0);
    }

    void documents_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("row");
        // The channels table: room, busy, missed, failed, declined by it, its calls declined, unread.
        QTest::newRow("markdown en") << "en"
                                     << "md"
                                     << "| NISC | 0 | 0 | 0 | 2 | 0 | 0 |";
        QTest::newRow("markdown ja") << "ja"
                                     << "md"
                                     << "| 総務省 | 0 | 0 | 0 | 1 | 1 | 0 |";
        QTest::newRow("header en") << "en"
                                   << "md"
                                   << "| Busy | Missed calls | Failed calls | Calls it declined | Its calls declined |";
        QTest::newRow("header ja html") << "ja"
                                        << "html"
                                        << "着信拒否";
    }
    void documents()
    {
        QFETCH(QString, lang);
        QFETCH(QString, format);
        QFETCH(QString, row);
        report::Report r = m_report;
        r.lang = lang;
        const QString doc = format == "md" ? report::toMarkdown(r) : report::toHtml(r);
        QVERIFY2(doc.contains(row), qPrintable(doc.section(QStringLiteral("## "), 0, -1).right(3000)));
    }
};

QTEST_GUILESS_MAIN(TestReportCalls)
#include "tst_report_calls.moc"
