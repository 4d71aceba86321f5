// Benchmark of `crossdrill serve` on loopback: R rooms (default 1,000) with C connections each
// (default 5, so 5,000 connections), all in this process as the load generator, the server a
// child process. Measures (1) connection set-up, (2) the delivery latency of an inject mailed
// to every room (p50/p99 over every connection, from the event's commit time to its receipt),
// (3) every room mailing another room every 10 s for 60 s: none lost, and the latency, (4) the
// server's CPU time and resident memory per connection (from /proc). Bounded: at most R*C
// connections and ~3 minutes. Usage: bench_net [ROOMS [PER_ROOM [MAIL_SECONDS [INJECT_MINUTE]]]]
// Other modes (netbench_modes.h): bench_net burst [ROOMS [ACTS]] [--per-act] (group commit:
// durable throughput and another room's ping), bench_net soak [ROOMS [SECONDS]] (server memory
// over time under steady mail).
#include "exercise/roomdirectory.h"
#include "net/protocol.h"
#include "netbench.h"
#include "netbench_modes.h"
#include "scenario/loader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace netbench;

namespace {

struct Client
{
    std::unique_ptr<QWebSocket> ws;
    int room = 0;
    bool welcomed = false;
    bool injected = false;
    int retries = 0;
    int mails = 0;
};

}  // namespace

int main(int argc, char *argv[])
{
    // This process is 5,000 room clients at once: use Qt's Unix event loop, as `crossdrill serve`
    // does, not glib's, whose per-notifier list walks would make the generator the bottleneck (a
    // real client has one socket). The server is started without the variable: it sets it itself.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc > 1 && (qstrcmp(argv[1], "burst") == 0 || qstrcmp(argv[1], "soak") == 0)) {
        const QStringList args = app.arguments().mid(2);
        QStringList numbers = args;
        numbers.removeAll(QStringLiteral("--per-act"));
        rlimit files{};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        const auto arg = [&](int i, int fallback, int lo, int hi) {
            return numbers.size() > i ? std::clamp(numbers[i].toInt(), lo, hi) : fallback;
        };
        if (qstrcmp(argv[1], "burst") == 0)
            return runBurst(arg(0, 1000, 2, 5000), arg(1, 20, 1, 40), args.contains(QStringLiteral("--per-act")));
        return runSoak(arg(0, 500, 2, 5000), arg(1, 180, 10, 3600));
    }
    const int rooms = argc > 1 ? std::clamp(atoi(argv[1]), 2, 2000) : 1000;
    const int perRoom = argc > 2 ? std::clamp(atoi(argv[2]), 1, 10) : 5;
    const int mailSeconds = argc > 3 ? std::clamp(atoi(argv[3]), 0, 120) : 60;
    const int injectMin = argc > 4 ? std::clamp(atoi(argv[4]), 1, 59) : 15;
    const int total = rooms * perRoom;

    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = std::min<rlim_t>(lim.rlim_max, rlim_t(total) * 2 + 1024);
    setrlimit(RLIMIT_NOFILE, &lim);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("rooms=%d connections=%d (RLIMIT_NOFILE %llu); load average %s\n", rooms, total,
                (unsigned long long)lim.rlim_cur, qPrintable(loadAverage()));

    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("bench.cxs.json"));
    QFile f(scenarioPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(scenarioJson(rooms, injectMin)) < 0)
        return 2;
    f.close();
    const auto loaded = cd::scenario::loadScenarioFile(scenarioPath);
    if (!loaded.scenario) {
        for (const auto &d : loaded.diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.format()));
        return 1;
    }

    // Speed 10: the inject at +00:15 fires 90 s after the start, once everyone is connected (on a
    // loaded machine give a later minute as the 4th argument).
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_NO_GLIB"));
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(CROSSDRILL_BINARY),
                 {QStringLiteral("serve"), scenarioPath, QStringLiteral("--db"), dir.filePath(QStringLiteral("b.cxdb")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--speed"),
                  QStringLiteral("10")});
    QStringList urls;
    QByteArray buffer;
    while (urls.size() < rooms && server.waitForReadyRead(20000)) {
        buffer += server.readAllStandardOutput();
        urls.clear();
        // Only complete lines: a read can end inside the last URL, whose cut token would leave
        // that room's connections refused (the "4,995 of 5,000" of earlier runs).
        QList<QByteArray> lines = buffer.split('\n');
        lines.removeLast();
        for (const QByteArray &line : lines)
            if (line.startsWith("ws://"))
                urls << QString::fromUtf8(line.trimmed());
    }
    if (urls.size() < rooms) {
        std::fprintf(stderr, "serve printed %lld URLs: %s\n", (long long)urls.size(),
                     server.readAllStandardError().constData());
        return 1;
    }
    QElapsedTimer since;
    since.start();
    const qint64 pid = server.processId();
    const auto [cpu0, rss0] = procUsage(pid);

    Stats inject, mail;
    std::vector<Client> clients(static_cast<size_t>(total));
    int welcomed = 0;
    qint64 welcomeBytes = 0;
    int droppedAfterWelcome = 0;
    QJsonArray allRooms;  // from the first welcome's directory
    int badEvents = 0, wrongRecipients = 0;
    QElapsedTimer connectTime;
    connectTime.start();
    for (int i = 0; i < total; ++i) {
        Client &c = clients[size_t(i)];
        c.room = i % rooms;
        c.ws = std::make_unique<QWebSocket>();
        c.ws->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        QObject::connect(c.ws.get(), &QWebSocket::connected, c.ws.get(), [&c] {
            c.ws->sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"protocol\":%1,\"name\":\"bench\",\"since\":0}")
                                      .arg(cd::net::kProtocolVersion));
        });
        QObject::connect(c.ws.get(), &QWebSocket::textMessageReceived, c.ws.get(), [&](const QString &text) {
            // Every message is parsed as a room client parses it (RemoteRoomEndpoint::onText): the
            // whole JSON, the welcome's directory, each event through eventFromJson() with the
            // "all_rooms" form expanded.
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(QLatin1String("type")).toString();
            if (type == QLatin1String("welcome")) {
                if (c.welcomed)
                    return;
                const auto directory =
                    cd::exercise::RoomDirectory::fromJson(m.value(QLatin1String("directory")).toObject());
                if (!directory || directory->room != QStringLiteral("r%1").arg(c.room))
                    return;
                if (allRooms.isEmpty())
                    allRooms = cd::net::roomIdList(directory->roomIds());  // the same for every room
                c.welcomed = true;
                ++welcomed;
                welcomeBytes += text.toUtf8().size();
                return;
            }
            if (type != QLatin1String("event"))
                return;
            const auto e = cd::net::eventFromJson(m.value(QLatin1String("event")).toObject(), allRooms);
            if (!e) {
                ++badEvents;
                return;
            }
            if (e->kind != QLatin1String("mail.delivered"))
                return;
            const qint64 latency = QDateTime::currentMSecsSinceEpoch() - e->wallMs;
            const QString subject = e->payload.value(QLatin1String("subject")).toString();
            if (subject == QLatin1String("INJECT-ALL")) {
                c.injected = true;
                inject.samples.push_back(latency);
                // The room gets the mail with its full recipient list (every room, itself included).
                const QJsonArray to = e->payload.value(QLatin1String("to")).toArray();
                if (to.size() != rooms || to.at(c.room).toString() != QStringLiteral("r%1").arg(c.room))
                    ++wrongRecipients;
            } else if (subject.startsWith(QLatin1String("bench "))) {
                ++c.mails;
                mail.samples.push_back(latency);
            }
        });
        // A connection whose handshake timed out under load is tried again, as a room client would
        // (it retries for ever with backoff; the bench gives up after 5 attempts).
        QObject::connect(c.ws.get(), &QWebSocket::disconnected, c.ws.get(), [&c, &urls, &droppedAfterWelcome] {
            if (c.welcomed)
                ++droppedAfterWelcome;
            if (!c.welcomed && c.retries < 5) {
                ++c.retries;
                QTimer::singleShot(500 * c.retries, c.ws.get(), [&c, &urls] { c.ws->open(QUrl(urls[c.room])); });
            }
        });
        c.ws->open(QUrl(urls[c.room]));
        if (i % 200 == 199)
            waitUntil([&] { return welcomed > i - 200; }, 30000);
    }
    const bool allIn = waitUntil([&] { return welcomed == total; }, 80000);
    const auto [cpu1, rss1] = procUsage(pid);
    std::printf("connected %d/%d in %lld ms; server RSS %ld KiB -> %ld KiB (%.1f KiB per connection), "
                "CPU %.0f ms for the set-up\n",
                welcomed, total, (long long)connectTime.elapsed(), rss0, rss1,
                double(rss1 - rss0) / std::max(1, welcomed), cpu1 - cpu0);
    std::printf("welcome (with the room's directory): %lld bytes on average; load average %s\n",
                (long long)(welcomeBytes / std::max(1, welcomed)), qPrintable(loadAverage()));
    if (!allIn)
        std::printf("NOT all connected; measuring the %d that are\n", welcomed);

    // (2) The inject to every room.
    const bool injected = waitUntil(
        [&] {
            return std::all_of(clients.begin(), clients.end(),
                               [](const Client &c) { return c.injected || !c.welcomed; });
        },
        injectMin * 6000 + 60000);
    inject.print("inject to every room, delivery latency");
    std::printf("inject with a wrong recipient list: %d; events that did not parse: %d\n", wrongRecipients, badEvents);
    if (!injected)
        std::printf("inject NOT delivered to every connection\n");
    const auto [cpu2, rss2] = procUsage(pid);

    // (3) Every room mails the next room every 10 s, from one of its connections.
    int sent = 0;
    const int rounds = mailSeconds / 10;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer roundTime;
        roundTime.start();
        for (int r = 0; r < rooms; ++r) {
            Client &c = clients[size_t(r)];  // the first connection of room r
            const QString to = QStringLiteral("r%1").arg((r + 1) % rooms);
            c.ws->sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("act")},
                                {QStringLiteral("id"), QString::number(round)},
                                {QStringLiteral("action"),
                                 QJsonObject{{QStringLiteral("do"), QStringLiteral("mail")},
                                             {QStringLiteral("to"), QJsonArray{to}},
                                             {QStringLiteral("subject"), QStringLiteral("bench %1").arg(round)},
                                             {QStringLiteral("body"), QStringLiteral("x")}}}})
                    .toJson(QJsonDocument::Compact)));
            sent += c.welcomed ? 1 : 0;
            // Spread the room's mails over the 10 s.
            if (r % 50 == 49)
                waitUntil([] { return false; }, int(10000 * 50 / rooms));
        }
        waitUntil([&] { return roundTime.elapsed() >= 10000; }, 10000);
    }
    // Each mail sent by a connected sender reaches every connected connection of its recipient.
    std::vector<int> connectedOf(static_cast<size_t>(rooms), 0);
    for (const Client &c : clients)
        connectedOf[size_t(c.room)] += c.welcomed ? 1 : 0;
    qint64 expected = 0;
    for (int r = 0; r < rooms; ++r)
        if (clients[size_t(r)].welcomed)
            expected += qint64(rounds) * connectedOf[size_t((r + 1) % rooms)];
    waitUntil([&] { return qint64(mail.samples.size()) >= expected; }, 30000);
    const auto [cpu3, rss3] = procUsage(pid);
    mail.print("room mail, delivery latency");
    std::printf("mails sent %d, deliveries expected %lld (every connection of the recipient room), received %zu: %s\n",
                sent, (long long)expected, mail.samples.size(),
                qint64(mail.samples.size()) == expected ? "none lost" : "LOST");
    int wrong = 0;
    for (const Client &c : clients)
        wrong += c.welcomed && clients[size_t((c.room + rooms - 1) % rooms)].welcomed && c.mails != rounds ? 1 : 0;
    std::printf("connections with a mail count other than %d: %d\n", rounds, wrong);
    std::printf("server CPU: %.0f ms during the inject wait, %.0f ms during %d s of mail (%.1f%% of one core); "
                "RSS %ld KiB at the end\n",
                cpu2 - cpu1, cpu3 - cpu2, mailSeconds, (cpu3 - cpu2) / std::max(1, mailSeconds) / 10.0, rss3);
    std::printf("connections closed by the server after their welcome: %d\n", droppedAfterWelcome);
    const auto [selfCpu, selfRss] = procUsage(QCoreApplication::applicationPid());
    std::printf("load generator (this process): CPU %.0f ms, RSS %ld KiB; load average %s\n", selfCpu, selfRss,
                qPrintable(loadAverage()));
    std::printf("total wall time %lld s\n", (long long)since.elapsed() / 1000);
    for (Client &c : clients)
        c.ws->abort();
    server.terminate();
    server.waitForFinished(5000);
    return injected && qint64(mail.samples.size()) == expected && wrongRecipients == 0 && badEvents == 0 ? 0 : 1;
}
