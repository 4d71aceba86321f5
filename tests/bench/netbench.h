#pragma once
// Helpers shared by bench_net's modes (tests/bench/bench_net.cpp): the generated scenario, the
// server child process, latency statistics, /proc figures and an idle wait.
#include "net/protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace netbench {

inline QByteArray scenarioJson(int rooms, int injectMin)
{
    QJsonArray roomList, all;
    for (int i = 0; i < rooms; ++i) {
        const QString id = QStringLiteral("r%1").arg(i);
        roomList.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), id},
                                    {QStringLiteral("role"), QStringLiteral("operator")}});
        all.append(id);
    }
    QJsonObject s{
        {QStringLiteral("format"), QStringLiteral("crossdrill-scenario/1")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("id"), QStringLiteral("bench")},
                                             {QStringLiteral("title"), QStringLiteral("bench")},
                                             {QStringLiteral("kind"), QStringLiteral("functional")},
                                             {QStringLiteral("start"), QStringLiteral("09:00")},
                                             {QStringLiteral("duration"), QStringLiteral("+06:00")}}},
        {QStringLiteral("rooms"), roomList},
        {QStringLiteral("graph"),
         QJsonObject{{QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n")},
                                                                      {QStringLiteral("name"), QStringLiteral("n")}}}},
                     {QStringLiteral("edges"), QJsonArray{}}}},
        {QStringLiteral("injects"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("I-ALL")},
                         {QStringLiteral("at"), QStringLiteral("+00:%1").arg(injectMin, 2, 10, QLatin1Char('0'))},
                         {QStringLiteral("channel"), QStringLiteral("mail")},
                         {QStringLiteral("from"), QStringLiteral("control")},
                         {QStringLiteral("to"), all},
                         {QStringLiteral("subject"), QStringLiteral("INJECT-ALL")},
                         {QStringLiteral("body"), QStringLiteral("to every room")}}}},
    };
    return QJsonDocument(s).toJson();
}

struct Stats
{
    std::vector<qint64> samples;
    /// The q-quantile (0..1) of the samples, -1 without any (sorts them).
    qint64 at(double q)
    {
        if (samples.empty())
            return -1;
        std::sort(samples.begin(), samples.end());
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))];
    }
    void print(const char *what)
    {
        if (samples.empty()) {
            std::printf("%s: no samples\n", what);
            return;
        }
        std::printf("%s: n=%zu p50=%lld ms p99=%lld ms max=%lld ms\n", what, samples.size(), (long long)at(0.5),
                    (long long)at(0.99), (long long)at(1.0));
    }
};

/// utime+stime (ms) and VmRSS (KiB) of a process.
inline std::pair<double, long> procUsage(qint64 pid)
{
    double cpuMs = 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            cpuMs = (f[11].toDouble() + f[12].toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }
    long rss = 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLong();
    return {cpuMs, rss};
}

/// The 1, 5 and 15 minute load averages (/proc/loadavg).
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2]) : QStringLiteral("?");
}

inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    // Sleeps in the event loop between checks (a 20 ms timer wakes it): a busy loop here would
    // take one of the two cores from the server being measured.
    QTimer wake;
    wake.start(20);
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

}  // namespace netbench

namespace netbench {

/// Starts `crossdrill serve SCENARIO --db DB --listen 127.0.0.1:0 --speed SPEED` with `env` added
/// to the environment; the join URLs it prints (complete lines only), in room order. With
/// `webLinks` the server also serves the browser room (`--web-port 0`) and the browser links it
/// prints (http://.../room/ROOM/?token=...) go there, in room order. `extra` is added to serve's
/// arguments; with `seatLines` the lines `seat ID ROLE URL` it prints go there, one per `--seat`
/// in `extra`.
inline QStringList startServe(QProcess &server, const QString &scenario, const QString &db, const QString &speed,
                              const QStringList &env, int rooms, QStringList *webLinks = nullptr,
                              const QStringList &extra = {}, QStringList *seatLines = nullptr)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QT_NO_GLIB"));  // the server picks its own event loop
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    server.setProcessEnvironment(e);
    QStringList args{QStringLiteral("serve"),    scenario,
                     QStringLiteral("--db"),     db,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--speed"),  speed};
    if (webLinks)
        args << QStringLiteral("--web-port") << QStringLiteral("0");
    args << extra;
    const qsizetype seats = seatLines ? extra.count(QStringLiteral("--seat")) : 0;
    server.start(QStringLiteral(CROSSDRILL_BINARY), args);
    QStringList urls;
    QByteArray buffer;
    // serve prints every join URL, then every browser link, then every seat: wait for the last.
    while (
        (urls.size() < rooms || (webLinks && webLinks->size() < rooms) || (seatLines && seatLines->size() < seats)) &&
        server.waitForReadyRead(20000)) {
        buffer += server.readAllStandardOutput();
        urls.clear();
        if (webLinks)
            webLinks->clear();
        if (seatLines)
            seatLines->clear();
        // Only complete lines: a read can end inside the last URL, whose cut token would leave
        // that room's connections refused.
        QList<QByteArray> lines = buffer.split('\n');
        lines.removeLast();
        for (const QByteArray &line : lines)
            if (line.startsWith("ws://") || line.startsWith("wss://"))
                urls << QString::fromUtf8(line.trimmed());
            else if (webLinks && line.startsWith("http://"))
                *webLinks << QString::fromUtf8(line.trimmed());
            else if (seatLines && line.startsWith("seat "))
                *seatLines << QString::fromUtf8(line.trimmed());
    }
    return urls;
}

/// The tests' self-signed certificate and key (tests/data/net), for `serve --tls-cert/--tls-key`.
inline QString testTlsFile(const char *name)
{
    return QStringLiteral(CROSSDRILL_SOURCE_DIR "/tests/data/net/") + QLatin1String(name);
}

/// With `tls`, serve's arguments for wss:// with the tests' certificate.
inline QStringList tlsArgs(bool tls)
{
    if (!tls)
        return {};
    return {QStringLiteral("--tls-cert"), testTlsFile("test-cert.pem"), QStringLiteral("--tls-key"),
            testTlsFile("test-key.pem")};
}

/// Makes this process's TLS clients trust the tests' certificate (as their only CA).
inline void trustTestCertificate()
{
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(testTlsFile("test-cert.pem")));
    QSslConfiguration::setDefaultConfiguration(trust);
}

/// Writes the generated scenario of `rooms` rooms to `path`.
inline bool writeScenario(const QString &path, int rooms, int injectMin)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(scenarioJson(rooms, injectMin)) > 0;
}

/// SIGINT to the server, then its exit code and the "stopped: ..." line it printed.
inline std::pair<int, QString> stopServe(QProcess &server)
{
    ::kill(pid_t(server.processId()), SIGINT);
    if (!server.waitForFinished(60000)) {
        server.kill();
        server.waitForFinished(5000);
        return {-1, QStringLiteral("(did not stop within 60 s)")};
    }
    QString stopped;
    for (const QByteArray &line : server.readAllStandardError().split('\n'))
        if (line.startsWith("stopped:"))
            stopped = QString::fromUtf8(line);
    return {server.exitCode(), stopped};
}

/// One connection per room, hello said, welcome awaited (staggered by 200 so the accept backlog
/// and the handshakes keep up). `onText(room, text)` gets every message after the welcome.
struct Rooms
{
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<char> welcomed;
    int welcomedCount = 0;

    bool connect(const QStringList &urls, const std::function<void(int, const QString &)> &onText)
    {
        const int n = int(urls.size());
        welcomed.assign(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            auto ws = std::make_unique<QWebSocket>();
            QWebSocket *w = ws.get();
            w->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
            QObject::connect(w, &QWebSocket::connected, w, [w] {
                w->sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"protocol\":%1,\"name\":\"bench\",\"since\":0}")
                                       .arg(cd::net::kProtocolVersion));
            });
            QObject::connect(w, &QWebSocket::textMessageReceived, w, [this, i, onText](const QString &text) {
                if (!welcomed[size_t(i)]) {
                    if (text.contains(QLatin1String("\"type\":\"welcome\""))) {
                        welcomed[size_t(i)] = 1;
                        ++welcomedCount;
                    }
                    return;
                }
                onText(i, text);
            });
            // A handshake that timed out under load is tried again, as a room client would.
            QObject::connect(w, &QWebSocket::disconnected, w, [this, i, w, url = urls[i]] {
                if (!welcomed[size_t(i)])
                    QTimer::singleShot(500, w, [w, url] { w->open(QUrl(url)); });
            });
            w->open(QUrl(urls[i]));
            sockets.push_back(std::move(ws));
            if (i % 200 == 199)
                waitUntil([&] { return welcomedCount > i - 200; }, 30000);
        }
        return waitUntil([&] { return welcomedCount == n; }, 240000);
    }
    ~Rooms()
    {
        for (auto &s : sockets)
            s->abort();
    }
};

}  // namespace netbench
