// The visibility rule, attacked: for every room of the basic scenario (control-only text carries
// SECRET markers; each room's traffic carries PRIVATE markers), its export holds none of the
// control-only text and exactly the traffic it was party to; refused actions leave no trace in
// other rooms; the in-process endpoint acts only as its room and hears only its events.
#include "exercise/jsonl.h"
#include "exercise/localroomendpoint.h"
#include "exercise/visibility.h"
#include "exercisefixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace fixture;

namespace {

const QStringList kRooms{"nisc", "mic", "op-a", "op-b"};

/// Traffic marker -> the rooms that may see it (a forward carries the forwarded text along).
const std::vector<std::pair<QString, QStringList>> &privateMarkers()
{
    static const std::vector<std::pair<QString, QStringList>> markers{
        {"PRIVATE-op-a>mic,nisc", {"op-a", "mic", "nisc", "op-b"}},
        {"PRIVATE-mic>op-a thanks", {"mic", "op-a"}},
        {"PRIVATE-nisc>op-b", {"nisc", "op-b"}},
        {"PRIVATE-mic>nisc busy line", {}},
        {"PRIVATE-nisc>press", {"nisc"}},
        {"PRIVATE-op-a>mic by phone", {"op-a", "mic"}},
        {"PRIVATE-op-b>nisc never heard", {}},
        {"PRIVATE-mic>op-a noted", {"mic", "op-a"}},
        {"PRIVATE-portal-alert", {"nisc", "mic"}},
        {"PRIVATE-nisc>mic advisory", {"nisc", "mic"}},
        {"PRIVATE-op-a hypothesis", {"op-a"}},
        {"PRIVATE-judgement", {"op-a"}},
        {"PRIVATE-op-a survey", {"op-a"}},
        {"REFUSED-MARKER-1", {"op-a"}},
        {"REFUSED-MARKER-2", {"op-a"}},
        {"REFUSED-MARKER-3", {"op-b"}},
        {"REFUSED-MARKER-4", {"mic"}},
    };
    return markers;
}

}  // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Exercise> m_ex;
    QByteArray m_all;

    QByteArray exportOf(const QString &room)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        cd::exercise::exportJsonl(m_ex->log(), m_ex->scenario(), room, buffer);
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ex = start("basic.cxs.json", "basic.players.json", m_dir.filePath("v.cxdb"), &error);
        QVERIFY2(m_ex, qPrintable(error));
        m_ex->advanceTo(INT_MAX);
        m_all = exportOf({});
        // The markers are really in the log (else the checks below prove nothing).
        for (const auto &[marker, rooms] : privateMarkers())
            QVERIFY2(m_all.contains(marker.toUtf8()) || rooms.isEmpty(), qPrintable(marker));
        QVERIFY(m_all.contains("SECRET"));
    }

    void noControlOnlyText_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("secret");
        for (const QString &room : kRooms)
            for (const char *secret : {"SECRET", "control_notes", "inject.", "expected.", "flow.", "observation",
                                       "call.opening", "mail.delayed", "shock.added", "\"audience\""})
                QTest::newRow(qPrintable(room + " / " + secret)) << room << QString::fromLatin1(secret);
    }
    void noControlOnlyText()
    {
        QFETCH(QString, room);
        QFETCH(QString, secret);
        const QByteArray mine = exportOf(room);
        QVERIFY(!mine.isEmpty());
        const qsizetype at = mine.indexOf(secret.toUtf8());
        QVERIFY2(at < 0, mine.mid(std::max<qsizetype>(0, at - 200), 400).constData());
    }

    void trafficOnlyToParties_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<bool>("visible");
        for (const QString &room : kRooms)
            for (const auto &[marker, rooms] : privateMarkers())
                QTest::newRow(qPrintable(room + " / " + marker)) << room << marker << rooms.contains(room);
    }
    void trafficOnlyToParties()
    {
        QFETCH(QString, room);
        QFETCH(QString, marker);
        QFETCH(bool, visible);
        QCOMPARE(exportOf(room).contains(marker.toUtf8()), visible);
    }

    /// Structural check of every event a room gets: it was a party, or it is its own sector.
    void everyEventConcernsTheRoom_data()
    {
        QTest::addColumn<QString>("room");
        for (const QString &room : kRooms)
            QTest::newRow(qPrintable(room)) << room;
    }
    void everyEventConcernsTheRoom()
    {
        QFETCH(QString, room);
        const auto &s = m_ex->scenario();
        const cd::scenario::Room *r = s.room(room);
        int n = 0;
        for (const Event &e : m_ex->log().read()) {
            if (!cd::exercise::visibleTo(s, e, room))
                continue;
            ++n;
            const QJsonObject &p = e.payload;
            QStringList parties = stringListOf(p.value("to")) + stringListOf(p.value("cc"));
            parties << p.value("from").toString() << p.value("room").toString() << p.value("by").toString() << e.actor;
            if (e.kind.startsWith("mail.") || e.kind.startsWith("call.") || e.kind.startsWith("hypothesis.") ||
                e.kind.startsWith("response.") || e.kind == "survey.answered" || e.kind == "refused")
                QVERIFY2(parties.contains(room), qPrintable(e.kind + " " + QString::number(e.seq)));
            else if (e.kind.startsWith("model."))
                QVERIFY2(r->sector == p.value("node").toString() || r->sectors.contains(p.value("node").toString()),
                         qPrintable(e.kind));
            else if (e.kind == "page.posted")
                QVERIFY(s.site(p.value("site").toString())->read.contains("all") ||
                        s.site(p.value("site").toString())->read.contains(room));
            else
                QVERIFY2(e.kind.startsWith("clock.") || e.kind == "exercise.ended", qPrintable(e.kind));
        }
        QCOMPARE_GT(n, 5);
    }

    void unknownRoomSeesNothing()
    {
        QCOMPARE(exportOf("control"), QByteArray());
        QCOMPARE(exportOf("nobody"), QByteArray());
    }

    void endpointActsAsItsRoom()
    {
        QString error;
        auto ex = start("basic.cxs.json", {}, m_dir.filePath("endpoint.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(5);
        cd::exercise::LocalRoomEndpoint opB(*ex, "op-b");
        cd::exercise::LocalRoomEndpoint mic(*ex, "mic");
        std::vector<Event> heardB, heardMic;
        opB.subscribe([&heardB](const Event &e) { heardB.push_back(e); });
        mic.subscribe([&heardMic](const Event &e) { heardMic.push_back(e); });
        // Acting as another room is refused; the refusal reaches op-b (and control) only.
        const auto refused = opB.perform(
            QJsonObject{{"do", "mail"}, {"from", "mic"}, {"to", QJsonArray{"nisc"}}, {"body", "ENDPOINT-REFUSED"}});
        QVERIFY(!refused.ok);
        QCOMPARE(heardB.size(), size_t(1));
        QCOMPARE(heardB[0].kind, QString("refused"));
        QCOMPARE(heardMic.size(), size_t(0));
        // Control's verbs are refused to a room.
        QVERIFY(!opB.perform(QJsonObject{{"do", "fire"}, {"inject", "I-005"}}).ok);
        QCOMPARE(find(ex->log().read(), "inject.fired", "inject", "I-005"), nullptr);
        // A real mail reaches the recipient's endpoint; resume-from-seq gives the same view.
        const qint64 before = ex->log().lastSeq();
        QVERIFY(opB.sendMail({"mic"}, {}, "report", "s", "ENDPOINT-MAIL").ok);
        QCOMPARE(heardMic.size(), size_t(1));
        QCOMPARE(heardMic[0].kind, QString("mail.delivered"));
        const auto since = mic.eventsSince(before);
        QCOMPARE(since.size(), size_t(1));
        QCOMPARE(since[0].seq, heardMic[0].seq);
        for (const Event &e : mic.eventsSince(0))
            QVERIFY(!QJsonDocument(e.payload).toJson().contains("ENDPOINT-REFUSED"));
    }

private:
    static QStringList stringListOf(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
        if (v.isString())
            out << v.toString();
        return out;
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
