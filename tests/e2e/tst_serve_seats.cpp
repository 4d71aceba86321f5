// End to end: `crossdrill serve --seat ID=ROLE[:LIST]` prints one line per seat ("seat ID ROLE
// URL", docs/protocol.md "Seats"); a seat connects with it; after kill -9 and `serve --resume`
// the seats and their tokens are still there; `--reissue SEAT` alone prints a new seat line that
// replaces the old token; a bad --seat is refused with a message saying which.
#include "net/protocol.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

namespace {

struct Started
{
    QMap<QString, QStringList> seats;  ///< id -> {role, url}
    int port = 0;
    QString stderrText;
};

/// Starts serve and reads what it prints until it says it is serving.
Started startServe(QProcess &p, const QStringList &args)
{
    p.start(CROSSDRILL_BINARY, QStringList{"serve"} + args);
    Started s;
    QByteArray out;
    static const QRegularExpression serving("on port (\\d+)");
    while (p.waitForReadyRead(10000) || p.state() == QProcess::Running) {
        out += p.readAllStandardOutput();
        s.stderrText += QString::fromUtf8(p.readAllStandardError());
        const auto m = serving.match(s.stderrText);
        if (m.hasMatch()) {
            s.port = m.captured(1).toInt();
            break;
        }
        if (p.state() != QProcess::Running)
            break;
    }
    out += p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("seat ")) {
            const QStringList parts = QString::fromUtf8(line.trimmed()).split(' ');
            if (parts.size() == 4)
                s.seats.insert(parts[1], {parts[2], parts[3]});
        }
    return s;
}

/// Connects to `url`, says hello as protocol 4 and returns the welcome (empty when refused).
QJsonObject welcomeAt(const QString &url)
{
    QWebSocket socket;
    QJsonObject welcome;
    bool closed = false;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &t) {
        const QJsonObject m = QJsonDocument::fromJson(t.toUtf8()).object();
        if (m.value("type") == QLatin1String("welcome"))
            welcome = m;
    });
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&] {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"type", "hello"}, {"protocol", cd::net::kProtocolVersion}, {"name", "e2e"}})
                .toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [&] { closed = true; });
    socket.open(QUrl(url));
    (void)QTest::qWaitFor([&] { return !welcome.isEmpty() || closed; }, 8000);
    return welcome;
}

QString withPort(QString url, int port)
{
    QUrl u(url);
    u.setPort(port);
    return u.toString(QUrl::FullyEncoded);
}

}  // namespace

class TestServeSeats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_scenario = QStringLiteral(CROSSDRILL_TEST_DATA "/exercise/basic.cxs.json");

private slots:
    void seatsSurviveKillAndResume()
    {
        const QString db = m_dir.filePath("seats.cxdb");
        QProcess first;
        const Started a =
            startServe(first, {m_scenario, "--listen", "127.0.0.1:0", "--db", db, "--seat", "ctl=controller", "--seat",
                               "ev=evaluator:op-a,op-b", "--seat", "wc=whitecell:persona:customer", "--handouts",
                               m_dir.filePath("handouts")});
        QVERIFY2(a.port > 0, qPrintable(a.stderrText));
        QCOMPARE(a.seats.keys(), (QStringList{"ctl", "ev", "wc"}));
        QCOMPARE(a.seats.value("ev").at(0), QString("evaluator:op-a,op-b"));
        QCOMPARE(a.seats.value("wc").at(0), QString("whitecell:customer"));
        QVERIFY(a.seats.value("ctl").at(1).startsWith(QString("ws://127.0.0.1:%1/seat/ctl?token=").arg(a.port)));
        // The handouts hold the seats too: their URL and role (the last CSV column).
        QFile csv(m_dir.filePath("handouts/join-links.csv"));
        QVERIFY(QTest::qWaitFor([&] { return csv.exists(); }, 5000));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(",whitecell:customer\r\n") && text.contains(a.seats.value("wc").at(1)),
                 qPrintable(text));
        QCOMPARE(text.count("\r\n"), 1 + 4 + 3);  // the header, the basic scenario's 4 rooms, 3 seats
        const QJsonObject w = welcomeAt(a.seats.value("ev").at(1));
        QCOMPARE(w.value("role").toString(), QString("evaluator"));
        QCOMPARE(w.value("list").toArray().size(), 2);

        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));

        QProcess second;
        const Started b = startServe(second, {db, "--resume", "--listen", "127.0.0.1:0"});
        QVERIFY2(b.port > 0, qPrintable(b.stderrText));
        QVERIFY(b.seats.isEmpty());  // nothing issued now: the old URLs still hold
        QVERIFY2(b.stderrText.contains("seat ev: its token is unchanged"), qPrintable(b.stderrText));
        for (const QString &id : QStringList{"ctl", "ev", "wc"})
            QCOMPARE(welcomeAt(withPort(a.seats.value(id).at(1), b.port)).value("seat").toString(), id);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));

        // --reissue SEAT beside no server: a new line, and the old token is gone.
        QProcess reissue;
        reissue.start(CROSSDRILL_BINARY, {"serve", db, "--reissue", "ctl", "--listen", "127.0.0.1:7000"});
        QVERIFY(reissue.waitForFinished(30000));
        QCOMPARE(reissue.exitCode(), 0);
        const QStringList line = QString::fromUtf8(reissue.readAllStandardOutput().trimmed()).split(' ');
        QCOMPARE(line.size(), 4);
        QCOMPARE(line.mid(0, 3), (QStringList{"seat", "ctl", "controller"}));
        QVERIFY(line[3] != withPort(a.seats.value("ctl").at(1), 7000));
        QProcess third;
        const Started c = startServe(third, {db, "--resume", "--listen", "127.0.0.1:0"});
        QVERIFY2(c.port > 0, qPrintable(c.stderrText));
        QVERIFY(welcomeAt(withPort(a.seats.value("ctl").at(1), c.port)).isEmpty());
        QCOMPARE(welcomeAt(withPort(line[3], c.port)).value("seat").toString(), QString("ctl"));
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
    }

    /// `serve --paused`: the clock waits (nothing of the start minute happens) until a
    /// controller seat resumes it.
    void pausedUntilAControllerStarts()
    {
        QProcess p;
        const Started a = startServe(p, {m_scenario, "--listen", "127.0.0.1:0", "--db", m_dir.filePath("lobby.cxdb"),
                                         "--paused", "--speed", "600", "--seat", "ctl=controller"});
        QVERIFY2(a.port > 0, qPrintable(a.stderrText));
        QVERIFY2(a.stderrText.contains("the clock is stopped until a controller seat starts it"),
                 qPrintable(a.stderrText));
        QWebSocket socket;
        QList<QJsonObject> got;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [&](const QString &t) { got << QJsonDocument::fromJson(t.toUtf8()).object(); });
        QObject::connect(&socket, &QWebSocket::connected, &socket,
                         [&] { socket.sendTextMessage(R"({"type":"hello","protocol":4,"name":"chief"})"); });
        socket.open(QUrl(a.seats.value("ctl").at(1)));
        const auto has = [&](const char *type, const char *key = nullptr, const char *value = nullptr) {
            for (const QJsonObject &m : got) {
                const QJsonObject e = m.value("event").toObject();
                if (m.value("type") == QLatin1String(type) &&
                    (!key || e.value(QLatin1String(key)).toString() == QLatin1String(value)))
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return has("synced"); }, 8000));
        QCOMPARE(got.front().value("clock").toObject().value("state").toString(), QString("paused"));
        QTest::qWait(1500);  // at x600 the first inject (+00:05) would be due within a second
        QVERIFY(!has("event", "kind", "inject.fired"));
        socket.sendTextMessage(R"({"type":"control","op":"resume","id":"go"})");
        QVERIFY(QTest::qWaitFor([&] { return has("event", "kind", "inject.fired"); }, 10000));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }

    void badSeatRefused_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown role") << "x=judge"
                                      << "--seat: seat \"x\": unknown role \"judge\"";
        QTest::newRow("unknown room") << "x=observer:nowhere"
                                      << "--seat: seat \"x\": no room \"nowhere\"";
        QTest::newRow("no id") << "controller"
                               << "--seat: expected ID=ROLE[:LIST]";
    }
    void badSeatRefused()
    {
        QFETCH(QString, seat);
        QFETCH(QString, message);
        QProcess p;
        p.start(CROSSDRILL_BINARY,
                {"serve", m_scenario, "--listen", "127.0.0.1:0", "--db",
                 m_dir.filePath(QString("bad-%1.cxdb").arg(QString::fromUtf8(QTest::currentDataTag()))), "--seat",
                 seat});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        // Refused before anything was created: the same command works once the seat is right.
        QVERIFY(
            !QFileInfo::exists(m_dir.filePath(QString("bad-%1.cxdb").arg(QString::fromUtf8(QTest::currentDataTag())))));
    }
};

QTEST_GUILESS_MAIN(TestServeSeats)
#include "tst_serve_seats.moc"
