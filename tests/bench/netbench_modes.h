#pragma once
// bench_net's modes beyond the default one (tests/bench/bench_net.cpp):
//   burst [ROOMS [ACTS] [--per-act]]  ROOMS rooms (default 1,000), one connection each, all send
//       ACTS mails (default 20) at once; a further room, not acting, pings every 100 ms. Prints
//       the durable throughput (acts and events per second until the last result) and that
//       room's ping round trip (p50/p99) before and during the burst, the transactions serve
//       used (from its "stopped:" line), and the load average. --per-act runs the server's old
//       path (one transaction per act) for the "before" figure.
//   soak [ROOMS [SECONDS]]  ROOMS rooms (default 500) each mail the next room once a second
//       for SECONDS (default 180); prints the server's RSS every 10 s against the events logged,
//       and every mail lost (each is delivered to its recipient's connection exactly once).
#include "netbench.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>

namespace netbench {

inline QString actText(int room, int rooms, qint64 id)
{
    return QStringLiteral("{\"type\":\"act\",\"id\":\"%1\",\"action\":{\"do\":\"mail\",\"to\":[\"r%2\"],"
                          "\"subject\":\"bench\",\"body\":\"x\"}}")
        .arg(id)
        .arg((room + 1) % rooms);
}

inline int runBurst(int rooms, int acts, bool perAct)
{
    std::printf("burst: %d rooms x %d mails at once (%s); load average %s\n", rooms, acts,
                perAct ? "server: one transaction per act" : "server: group commit", qPrintable(loadAverage()));
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("burst.cxs.json"));
    if (!writeScenario(scenario, rooms + 1, 59))
        return 2;
    QProcess server;
    const QStringList urls =
        startServe(server, scenario, dir.filePath(QStringLiteral("b.cxdb")), QStringLiteral("1"),
                   perAct ? QStringList{QStringLiteral("CROSSDRILL_SERVE_COMMIT=per-act")} : QStringList{}, rooms + 1);
    if (urls.size() < rooms + 1) {
        std::fprintf(stderr, "serve printed %lld URLs\n", (long long)urls.size());
        return 1;
    }
    const int probe = rooms;  // the last room only pings
    qint64 results = 0, refused = 0, badSeq = 0;
    QSet<qint64> seqs;
    qint64 pingSent = -1, lastSeqSeen = 0, pongs = 0;
    bool pingDuring = false;
    QElapsedTimer clock;
    clock.start();
    Stats idle, during;
    bool bursting = false;
    Rooms conns;
    const bool in = conns.connect(urls, [&](int room, const QString &text) {
        if (room == probe) {
            if (text.contains(QLatin1String("\"type\":\"error\""))) {
                std::printf("probe got an error: %s\n", qPrintable(text));
                pingSent = -1;
            }
            if (text.contains(QLatin1String("\"type\":\"pong\"")) && pingSent >= 0) {
                // Counted by when the ping was sent (a ping sent during the burst is "during").
                (pingDuring ? during : idle).samples.push_back(clock.elapsed() - pingSent);
                pingSent = -1;
                ++pongs;
                lastSeqSeen =
                    QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("last_seq")).toInteger();
            }
            return;
        }
        if (!text.contains(QLatin1String("\"type\":\"result\"")))
            return;
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        ++results;
        refused += m.value(QLatin1String("ok")).toBool() ? 0 : 1;
        const qint64 seq = m.value(QLatin1String("seq")).toInteger();
        if (seq <= 0 || seqs.contains(seq))
            ++badSeq;
        seqs.insert(seq);
    });
    std::printf("connected %d/%d\n", conns.welcomedCount, rooms + 1);
    if (!in)
        return 1;
    QWebSocket *probeSocket = conns.sockets[size_t(probe)].get();
    QTimer pinger;
    QObject::connect(&pinger, &QTimer::timeout, &pinger, [&] {
        if (pingSent >= 0)
            return;  // one outstanding: the round trip is measured, not the queue
        pingSent = clock.elapsed();
        pingDuring = bursting;
        probeSocket->sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
    });
    pinger.start(100);                      // 10/s: under the connection's 20 messages/s
    waitUntil([] { return false; }, 2000);  // the idle round trip
    const qint64 seqBefore = lastSeqSeen;
    const auto [cpu0, rss0] = procUsage(server.processId());
    bursting = true;
    const qint64 t0 = clock.elapsed();
    qint64 id = 0;
    for (int k = 0; k < acts; ++k)
        for (int r = 0; r < rooms; ++r)
            conns.sockets[size_t(r)]->sendTextMessage(actText(r, rooms, ++id));
    const qint64 sentMs = clock.elapsed() - t0;
    const qint64 expected = qint64(rooms) * acts;
    const bool all = waitUntil([&] { return results >= expected; }, 600000);
    const qint64 elapsed = std::max<qint64>(1, clock.elapsed() - t0);
    bursting = false;
    const qint64 pongsAtEnd = pongs;
    waitUntil([&] { return pongs >= pongsAtEnd + 2; }, 30000);  // a pong after the last commit: the events logged
    const auto [cpu1, rss1] = procUsage(server.processId());
    pinger.stop();
    const qint64 events = lastSeqSeen - seqBefore;
    std::printf("sent %lld acts in %lld ms; %lld results (%lld refused, %lld with a bad or repeated seq) "
                "in %lld ms%s\n",
                (long long)expected, (long long)sentMs, (long long)results, (long long)refused, (long long)badSeq,
                (long long)elapsed, all ? "" : " (NOT all)");
    std::printf("durable: %.0f acts/s, %.0f events/s (%lld events logged); server CPU %.0f ms, RSS %ld KiB\n",
                double(results) * 1000.0 / double(elapsed), double(events) * 1000.0 / double(elapsed),
                (long long)events, cpu1 - cpu0, rss1);
    std::printf("probe: %lld pongs, state %d, ping outstanding since %lld ms\n", (long long)pongs,
                int(probeSocket->state()), (long long)(pingSent < 0 ? -1 : clock.elapsed() - pingSent));
    idle.print("other room's ping before the burst");
    during.print("other room's ping during the burst");
    const auto [code, stopped] = stopServe(server);
    std::printf("serve exit %d: %s; load average %s\n", code, qPrintable(stopped), qPrintable(loadAverage()));
    return all && refused == 0 && badSeq == 0 && code == 0 ? 0 : 1;
}

inline int runSoak(int rooms, int seconds)
{
    std::printf("soak: %d rooms x 1 mail/s for %d s; load average %s\n", rooms, seconds, qPrintable(loadAverage()));
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("soak.cxs.json"));
    if (!writeScenario(scenario, rooms, 59))
        return 2;
    QProcess server;
    const QStringList urls =
        startServe(server, scenario, dir.filePath(QStringLiteral("s.cxdb")), QStringLiteral("1"), {}, rooms);
    if (urls.size() < rooms)
        return 1;
    qint64 delivered = 0, results = 0, lastSeq = 0;
    std::vector<int> got(size_t(rooms), 0);
    Rooms conns;
    const bool in = conns.connect(urls, [&](int room, const QString &text) {
        if (text.contains(QLatin1String("\"type\":\"result\""))) {
            ++results;
            return;
        }
        if (!text.contains(QLatin1String("\"type\":\"event\"")))
            return;
        const QJsonObject e = QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("event")).toObject();
        lastSeq = std::max(lastSeq, e.value(QLatin1String("seq")).toInteger());
        if (e.value(QLatin1String("kind")).toString() == QLatin1String("mail.delivered") &&
            e.value(QLatin1String("actor")).toString() == QLatin1String("system") &&
            e.value(QLatin1String("payload")).toObject().value(QLatin1String("subject")) == QLatin1String("bench") &&
            e.value(QLatin1String("payload")).toObject().value(QLatin1String("from")) !=
                QJsonValue(QStringLiteral("r%1").arg(room))) {
            ++delivered;
            ++got[size_t(room)];
        }
    });
    std::printf("connected %d/%d\n", conns.welcomedCount, rooms);
    if (!in)
        return 1;
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0, id = 0;
    int nextRoom = 0;
    // Each room once a second, spread over the second in steps of 10 ms.
    QTimer sender;
    QObject::connect(&sender, &QTimer::timeout, &sender, [&] {
        const qint64 due = std::min<qint64>(qint64(rooms) * seconds, clock.elapsed() * rooms / 1000);
        while (sent < due) {
            conns.sockets[size_t(nextRoom)]->sendTextMessage(actText(nextRoom, rooms, ++id));
            nextRoom = (nextRoom + 1) % rooms;
            ++sent;
        }
    });
    sender.start(10);
    std::printf("%6s %10s %10s %10s\n", "t (s)", "events", "RSS KiB", "KiB/1k ev");
    long rssStart = 0;
    qint64 seqStart = 0;
    for (int t = 10; t <= seconds; t += 10) {
        waitUntil([&] { return clock.elapsed() >= qint64(t) * 1000; }, 20000);
        const long rss = procUsage(server.processId()).second;
        if (t == 30) {  // after warm-up
            rssStart = rss;
            seqStart = lastSeq;
        }
        std::printf(
            "%6d %10lld %10ld %10s\n", t, (long long)lastSeq, rss,
            t > 30 && lastSeq > seqStart
                ? qPrintable(QString::number(double(rss - rssStart) * 1000.0 / double(lastSeq - seqStart), 'f', 2))
                : "");
    }
    sender.stop();
    waitUntil([&] { return delivered >= sent && results >= sent; }, 60000);
    int short_ = 0;  // rooms that got fewer mails than their sender sent
    for (int r = 0; r < rooms; ++r)
        short_ += got[size_t((r + 1) % rooms)] < (sent / rooms) ? 1 : 0;
    std::printf("mails sent %lld, results %lld, delivered %lld: %s; load average %s\n", (long long)sent,
                (long long)results, (long long)delivered, delivered == sent ? "0 lost" : "LOST",
                qPrintable(loadAverage()));
    const auto [code, stopped] = stopServe(server);
    std::printf("serve exit %d: %s\n", code, qPrintable(stopped));
    std::printf("rooms that received fewer than %lld mails: %d\n", (long long)(sent / rooms), short_);
    return delivered == sent && code == 0 ? 0 : 1;
}

}  // namespace netbench
