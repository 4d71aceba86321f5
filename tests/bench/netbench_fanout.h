#pragma once
// bench_net's default measurement (tests/bench/bench_net.cpp): ROOMS x PER_ROOM connections to a
// child `crossdrill serve`, the inject mailed to every room (fan-out latency per connection), then
// every room mailing the next every 10 s (none lost), with the server's CPU and memory. The
// connections are made as `crossdrill join` makes them (the token in the WebSocket URL), or, with
// `browser`, the way the browser room's page does (netbench_browser.h: sign-in, page, ticket over
// HTTP, then the WebSocket with ?ticket=); everything after the hello is the same.
#include "exercise/roomdirectory.h"
#include "net/protocol.h"
#include "netbench.h"
#include "netbench_browser.h"
#include "netbench_seats.h"

#include <QDateTime>
#include <QMap>
#include <QTemporaryDir>

namespace netbench {

struct FanoutOptions
{
    int rooms = 1000;
    int perRoom = 5;
    int mailSeconds = 60;
    int injectMin = 15;
    bool browser = false;  ///< connect the browser's way
    bool web = false;      ///< serve with --web-port (the browser path needs it; a comparison sets it for both)
    bool assets = false;   ///< browser: also load the page's style sheet and modules
    int maxHttp = 128;     ///< browser: tabs talking HTTP at once
    int batch = 200;       ///< connections opened before waiting for the previous batch's welcomes
    int seats = 0;         ///< control-team seats connected after the rooms (netbench_seats.h)
    bool tls = false;      ///< serve wss:// with the test certificate (tests/data/net), trusted by the clients
};

struct FanoutFigures
{
    QString mode;
    int total = 0, connected = 0, retries = 0;
    qint64 connectMs = 0, welcomeBytes = 0, mailsExpected = 0;
    double setupCpuMs = 0, injectCpuMs = 0, mailCpuMs = 0, genCpuMs = 0;
    long rssIdle = 0, rssConnected = 0, rssEnd = 0, genRss = 0;
    Stats inject, mail;
    int wrongRecipients = 0, badEvents = 0, dropped = 0, wrongMailCount = 0;
    bool injectedAll = false, lateSetup = false, ok = false;
    QMap<QString, int> failedBy;        ///< attempts that failed before their welcome, by close code or error
    std::unique_ptr<BrowserTabs> tabs;  ///< the browser path's HTTP figures
    QString loadStart, loadEnd;
    SeatFigures seats;  ///< with FanoutOptions::seats
};

class Fanout
{
public:
    explicit Fanout(const FanoutOptions &o) : m_o(o), m_total(o.rooms * o.perRoom) {}

    FanoutFigures run()
    {
        m_f.mode = m_o.browser ? QStringLiteral("browser") : QStringLiteral("desktop");
        m_f.total = m_total;
        m_f.loadStart = loadAverage();
        std::printf("[%s] rooms=%d connections=%d; load average %s\n", qPrintable(m_f.mode), m_o.rooms, m_total,
                    qPrintable(m_f.loadStart));
        if (!startServer())
            return std::move(m_f);
        connectAll();
        if (m_o.seats > 0)
            connectSeats();
        measureInject();
        measureMail();
        const auto [selfCpu, selfRss] = procUsage(QCoreApplication::applicationPid());
        m_f.genCpuMs = selfCpu - m_genCpu0;
        m_f.genRss = selfRss;
        m_f.loadEnd = loadAverage();
        std::printf("[%s] load generator: CPU %.0f ms in this run, RSS %ld KiB; load average %s; wall %lld s\n",
                    qPrintable(m_f.mode), m_f.genCpuMs, selfRss, qPrintable(m_f.loadEnd),
                    (long long)m_since.elapsed() / 1000);
        m_closing = true;  // the aborts below are not the server's closes
        for (Client &c : m_clients)
            c.ws->abort();
        m_seats.abort();
        m_server.terminate();
        m_server.waitForFinished(30000);
        m_f.ok = m_f.connected == m_total && m_f.injectedAll && qint64(m_f.mail.samples.size()) == m_f.mailsExpected &&
                 m_f.wrongRecipients == 0 && m_f.badEvents == 0 &&
                 (m_o.seats == 0 || (m_f.seats.connected == m_o.seats && m_f.seats.injectedAll &&
                                     m_f.seats.wrongRecipients == 0 && m_f.seats.badEvents == 0));
        return std::move(m_f);
    }

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> ws;
        int room = 0;
        bool welcomed = false;
        bool injected = false;
        int retries = 0;
        int mails = 0;
    };

    bool startServer()
    {
        if (!writeScenario(m_dir.filePath(QStringLiteral("bench.cxs.json")), m_o.rooms, m_o.injectMin))
            return false;
        m_genCpu0 = procUsage(QCoreApplication::applicationPid()).first;
        if (m_o.tls)
            trustTestCertificate();
        // Speed 10: the inject at +00:MM fires 6*MM s after the start, once everyone is connected.
        m_urls =
            startServe(m_server, m_dir.filePath(QStringLiteral("bench.cxs.json")),
                       m_dir.filePath(QStringLiteral("b.cxdb")), QStringLiteral("10"), {}, m_o.rooms,
                       m_o.web ? &m_links : nullptr, seatArgs(m_o.seats, m_o.rooms) + tlsArgs(m_o.tls), &m_seatLines);
        m_since.start();
        if (m_urls.size() < m_o.rooms || (m_o.web && m_links.size() < m_o.rooms) || m_seatLines.size() < m_o.seats) {
            std::fprintf(stderr, "serve printed %lld join URLs, %lld browser links and %lld seats: %s\n",
                         (long long)m_urls.size(), (long long)m_links.size(), (long long)m_seatLines.size(),
                         m_server.readAllStandardError().constData());
            return false;
        }
        if (m_o.browser)
            m_f.tabs = std::make_unique<BrowserTabs>(m_links, m_total, m_o.assets, m_o.maxHttp);
        std::tie(m_cpu0, m_f.rssIdle) = procUsage(m_server.processId());
        return true;
    }

    /// Opens client i's WebSocket: the join URL, or a fresh ticket's URL on the browser path.
    void open(int i)
    {
        Client &c = m_clients[size_t(i)];
        if (!m_o.browser) {
            c.ws->open(QUrl(m_urls[c.room]));
            return;
        }
        m_f.tabs->ticketUrl(i, c.room, [this, i](const QUrl &url) {
            if (url.isEmpty())
                return retry(i);
            m_clients[size_t(i)].ws->open(url);
        });
    }
    /// A connection whose set-up failed is tried again, as a room client would (it retries for
    /// ever with backoff; the bench gives up after 5 attempts).
    void retry(int i)
    {
        Client &c = m_clients[size_t(i)];
        if (c.welcomed || c.retries >= 5)
            return;
        ++c.retries;
        ++m_f.retries;
        QTimer::singleShot(500 * c.retries, c.ws.get(), [this, i] { open(i); });
    }

    void connectAll();
    void connectSeats();
    void printSeatInject();
    void onText(Client &c, const QString &text);
    void measureInject();
    void measureMail();
    void sendRoomMails(int round);

    FanoutOptions m_o;
    int m_total;
    FanoutFigures m_f;
    QTemporaryDir m_dir;
    QProcess m_server;
    QStringList m_urls, m_links, m_seatLines;
    QElapsedTimer m_since;
    double m_cpu0 = 0, m_genCpu0 = 0;
    bool m_closing = false;
    std::vector<Client> m_clients;
    QJsonArray m_allRooms;  ///< from the first welcome's directory
    SeatClients m_seats{m_f.seats, m_o.rooms};
};

inline void Fanout::connectAll()
{
    m_clients.resize(size_t(m_total));
    QElapsedTimer connectTime;
    connectTime.start();
    for (int i = 0; i < m_total; ++i) {
        Client &c = m_clients[size_t(i)];
        c.room = i % m_o.rooms;
        c.ws = std::make_unique<QWebSocket>();
        c.ws->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        QObject::connect(c.ws.get(), &QWebSocket::connected, c.ws.get(), [&c] {
            c.ws->sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"protocol\":%1,\"name\":\"bench\",\"since\":0}")
                                      .arg(cd::net::kProtocolVersion));
        });
        QObject::connect(c.ws.get(), &QWebSocket::textMessageReceived, c.ws.get(),
                         [this, &c](const QString &text) { onText(c, text); });
        QObject::connect(c.ws.get(), &QWebSocket::disconnected, c.ws.get(), [this, &c, i] {
            if (m_closing)
                return;
            if (c.welcomed) {
                ++m_f.dropped;
                return;
            }
            // Why the attempt failed: the close code (4010 "busy": over the cap of connections
            // before hello from one address), or the socket error (a handshake timed out).
            ++m_f.failedBy[c.ws->closeCode() != QWebSocketProtocol::CloseCodeNormal
                               ? QStringLiteral("close %1").arg(int(c.ws->closeCode()))
                               : c.ws->errorString().left(60)];
            retry(i);
        });
        open(i);
        if (i % m_o.batch == m_o.batch - 1)
            waitUntil([&] { return m_f.connected > i - m_o.batch; }, 30000);
    }
    waitUntil([&] { return m_f.connected == m_total; }, 80000);
    m_f.connectMs = connectTime.elapsed();
    const auto [cpu1, rss1] = procUsage(m_server.processId());
    m_f.setupCpuMs = cpu1 - m_cpu0;
    m_cpu0 = cpu1;
    m_f.rssConnected = rss1;
    m_f.lateSetup = m_since.elapsed() >= qint64(m_o.injectMin) * 6000;
    std::printf("[%s] connected %d/%d in %lld ms (%d attempts repeated); server RSS %ld KiB -> %ld KiB (%.1f KiB "
                "per connection), CPU %.0f ms for the set-up (%.2f ms per connection)\n",
                qPrintable(m_f.mode), m_f.connected, m_total, (long long)m_f.connectMs, m_f.retries, m_f.rssIdle, rss1,
                double(rss1 - m_f.rssIdle) / std::max(1, m_f.connected), m_f.setupCpuMs,
                m_f.setupCpuMs / std::max(1, m_f.connected));
    std::printf("[%s] welcome (with the room's directory): %lld bytes on average; load average %s\n",
                qPrintable(m_f.mode), (long long)(m_f.welcomeBytes / std::max(1, m_f.connected)),
                qPrintable(loadAverage()));
    for (auto it = m_f.failedBy.cbegin(); it != m_f.failedBy.cend(); ++it)
        std::printf("[%s] attempts failed before the welcome: %d x %s\n", qPrintable(m_f.mode), it.value(),
                    qPrintable(it.key()));
    if (m_f.lateSetup)
        std::printf("[%s] set-up ended %lld s after serve started, after the inject (due at %d s): give a later "
                    "INJECT_MINUTE\n",
                    qPrintable(m_f.mode), (long long)m_since.elapsed() / 1000, m_o.injectMin * 6);
}

inline void Fanout::connectSeats()
{
    SeatFigures &s = m_f.seats;
    const auto [cpu0, rss0] = procUsage(m_server.processId());
    s.rssBefore = rss0;
    m_seats.connect(m_seatLines, m_allRooms);
    const auto [cpu1, rss1] = procUsage(m_server.processId());
    s.rssAfter = rss1;
    s.cpuMs = cpu1 - cpu0;
    m_cpu0 = cpu1;
    if (m_since.elapsed() >= qint64(m_o.injectMin) * 6000)
        m_f.lateSetup = true;
    std::printf("[%s] seats connected %d/%d in %lld ms (%d attempts repeated); server RSS %ld KiB -> %ld KiB (%.1f KiB "
                "per seat connection), CPU %.0f ms\n",
                qPrintable(m_f.mode), s.connected, s.total, (long long)s.connectMs, s.retries, s.rssBefore, s.rssAfter,
                s.kibPerSeat(), s.cpuMs);
    for (auto it = s.byRole.cbegin(); it != s.byRole.cend(); ++it)
        std::printf("[%s] seats: %d %s, welcome %lld bytes\n", qPrintable(m_f.mode), it.value(), qPrintable(it.key()),
                    (long long)s.welcomeBytes.value(it.key()));
    for (auto it = s.failedBy.cbegin(); it != s.failedBy.cend(); ++it)
        std::printf("[%s] seat attempts failed before the welcome: %d x %s\n", qPrintable(m_f.mode), it.value(),
                    qPrintable(it.key()));
    if (m_f.lateSetup)
        std::printf("[%s] seats connected %lld s after serve started, after the inject (due at %d s): give a later "
                    "INJECT_MINUTE\n",
                    qPrintable(m_f.mode), (long long)m_since.elapsed() / 1000, m_o.injectMin * 6);
}

inline void Fanout::printSeatInject()
{
    SeatFigures &s = m_f.seats;
    s.injectedAll = s.connected == s.total && m_seats.allInjected();
    const QByteArray tag = "[" + m_f.mode.toLatin1() + "] inject, delivery latency to the seats";
    s.inject.print(tag.constData());
    for (auto it = s.injectByRole.begin(); it != s.injectByRole.end(); ++it) {
        const QByteArray role = "[" + m_f.mode.toLatin1() + "]   " + it.key().toLatin1();
        it.value().print(role.constData());
    }
    std::printf("[%s] seats: inject with a wrong recipient list: %d; events that did not parse: %d; %s\n",
                qPrintable(m_f.mode), s.wrongRecipients, s.badEvents,
                s.injectedAll ? "every seat got it live" : "NOT delivered live to every seat");
}

inline void Fanout::onText(Client &c, const QString &text)
{
    // Every message is parsed as a room client parses it (RemoteRoomEndpoint::onText): the whole
    // JSON, the welcome's directory, each event through eventFromJson() with the "all_rooms" form
    // expanded.
    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = m.value(QLatin1String("type")).toString();
    if (type == QLatin1String("welcome")) {
        if (c.welcomed)
            return;
        const auto directory = cd::exercise::RoomDirectory::fromJson(m.value(QLatin1String("directory")).toObject());
        if (!directory || directory->room != QStringLiteral("r%1").arg(c.room))
            return;
        if (m_allRooms.isEmpty())
            m_allRooms = cd::net::roomIdList(directory->roomIds());  // the same for every room
        c.welcomed = true;
        ++m_f.connected;
        m_f.welcomeBytes += text.toUtf8().size();
        return;
    }
    if (type != QLatin1String("event"))
        return;
    const auto e = cd::net::eventFromJson(m.value(QLatin1String("event")).toObject(), m_allRooms);
    if (!e) {
        ++m_f.badEvents;
        return;
    }
    if (e->kind != QLatin1String("mail.delivered"))
        return;
    const qint64 latency = QDateTime::currentMSecsSinceEpoch() - e->wallMs;
    const QString subject = e->payload.value(QLatin1String("subject")).toString();
    if (subject == QLatin1String("INJECT-ALL")) {
        c.injected = true;
        m_f.inject.samples.push_back(latency);
        // The room gets the mail with its full recipient list (every room, itself included).
        const QJsonArray to = e->payload.value(QLatin1String("to")).toArray();
        if (to.size() != m_o.rooms || to.at(c.room).toString() != QStringLiteral("r%1").arg(c.room))
            ++m_f.wrongRecipients;
    } else if (subject.startsWith(QLatin1String("bench "))) {
        ++c.mails;
        m_f.mail.samples.push_back(latency);
    }
}

inline void Fanout::measureInject()
{
    const auto everyone = [&] {
        return std::all_of(m_clients.begin(), m_clients.end(),
                           [](const Client &c) { return c.injected || !c.welcomed; }) &&
               m_seats.allInjected();
    };
    // A connection that joined after the inject gets it in its replay, which is not counted as
    // live: then do not wait for what will not come.
    m_f.injectedAll = m_f.lateSetup ? everyone() : waitUntil(everyone, m_o.injectMin * 6000 + 60000);
    const QByteArray tag = "[" + m_f.mode.toLatin1() + "] inject to every room, delivery latency";
    m_f.inject.print(tag.constData());
    std::printf("[%s] inject with a wrong recipient list: %d; events that did not parse: %d\n", qPrintable(m_f.mode),
                m_f.wrongRecipients, m_f.badEvents);
    if (!m_f.injectedAll)
        std::printf("[%s] inject NOT delivered live to every connection\n", qPrintable(m_f.mode));
    if (m_o.seats > 0)
        printSeatInject();
    const double cpu = procUsage(m_server.processId()).first;
    m_f.injectCpuMs = cpu - m_cpu0;
    m_cpu0 = cpu;
}

inline void Fanout::sendRoomMails(int round)
{
    for (int r = 0; r < m_o.rooms; ++r) {
        Client &c = m_clients[size_t(r)];  // the first connection of room r
        const QString to = QStringLiteral("r%1").arg((r + 1) % m_o.rooms);
        c.ws->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("act")},
                                      {QStringLiteral("id"), QString::number(round)},
                                      {QStringLiteral("action"),
                                       QJsonObject{{QStringLiteral("do"), QStringLiteral("mail")},
                                                   {QStringLiteral("to"), QJsonArray{to}},
                                                   {QStringLiteral("subject"), QStringLiteral("bench %1").arg(round)},
                                                   {QStringLiteral("body"), QStringLiteral("x")}}}})
                .toJson(QJsonDocument::Compact)));
        // Spread the rooms' mails over the 10 s.
        if (r % 50 == 49)
            waitUntil([] { return false; }, int(10000 * 50 / m_o.rooms));
    }
}

inline void Fanout::measureMail()
{
    // Every room mails the next room every 10 s, from one of its connections.
    const int rounds = m_o.mailSeconds / 10;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer roundTime;
        roundTime.start();
        sendRoomMails(round);
        waitUntil([&] { return roundTime.elapsed() >= 10000; }, 10000);
    }
    // Each mail sent by a connected sender reaches every connected connection of its recipient.
    std::vector<int> connectedOf(size_t(m_o.rooms), 0);
    for (const Client &c : m_clients)
        connectedOf[size_t(c.room)] += c.welcomed ? 1 : 0;
    for (int r = 0; r < m_o.rooms; ++r)
        if (m_clients[size_t(r)].welcomed)
            m_f.mailsExpected += qint64(rounds) * connectedOf[size_t((r + 1) % m_o.rooms)];
    waitUntil([&] { return qint64(m_f.mail.samples.size()) >= m_f.mailsExpected; }, 30000);
    const auto [cpu3, rss3] = procUsage(m_server.processId());
    m_f.mailCpuMs = cpu3 - m_cpu0;
    m_f.rssEnd = rss3;
    const QByteArray tag = "[" + m_f.mode.toLatin1() + "] room mail, delivery latency";
    m_f.mail.print(tag.constData());
    for (const Client &c : m_clients)
        m_f.wrongMailCount +=
            c.welcomed && m_clients[size_t((c.room + m_o.rooms - 1) % m_o.rooms)].welcomed && c.mails != rounds ? 1 : 0;
    std::printf("[%s] deliveries expected %lld (every connection of the recipient room), received %zu: %s; "
                "connections with a mail count other than %d: %d\n",
                qPrintable(m_f.mode), (long long)m_f.mailsExpected, m_f.mail.samples.size(),
                qint64(m_f.mail.samples.size()) == m_f.mailsExpected ? "none lost" : "LOST", rounds,
                m_f.wrongMailCount);
    std::printf("[%s] server CPU: %.0f ms during the inject wait, %.0f ms during %d s of mail (%.1f%% of one core); "
                "RSS %ld KiB at the end; connections closed by the server after their welcome: %d\n",
                qPrintable(m_f.mode), m_f.injectCpuMs, m_f.mailCpuMs, m_o.mailSeconds,
                m_f.mailCpuMs / std::max(1, m_o.mailSeconds) / 10.0, rss3, m_f.dropped);
}

}  // namespace netbench
