#pragma once
// bench_net --seats N (tests/bench/bench_net.cpp, issue 16): N control-team seats (docs/protocol.md
// "Seats") created on serve's command line, connected after the rooms (one connection each), the
// inject's fan-out to them measured apart from the rooms', and the server's RSS before and after
// they connect. The mix: N/5 controllers, 2N/5 evaluators of 20 rooms each, the rest observers of
// 5 rooms each (ids s0..sN-1). The generated scenario has no personas, so there is no white cell.
// I-ALL is mailed to every room, so every seat of the mix sees it.
#include "net/protocol.h"
#include "netbench.h"

#include <QDateTime>
#include <QMap>

namespace netbench {

/// serve's `--seat ID=ROLE[:LIST]` arguments for `n` seats over the rooms r0..r(rooms-1).
inline QStringList seatArgs(int n, int rooms)
{
    const int controllers = n / 5, evaluators = 2 * n / 5;
    const auto list = [rooms](int first, int count) {
        QStringList ids;
        for (int k = 0; k < std::min(count, rooms); ++k)
            ids << QStringLiteral("r%1").arg((first + k) % rooms);
        return ids.join(QLatin1Char(','));
    };
    QStringList args;
    for (int i = 0; i < n; ++i) {
        QString role = QStringLiteral("controller");
        if (i >= controllers + evaluators)  // observers from the middle of the room list on
            role = QStringLiteral("observer:") + list(rooms / 2 + (i - controllers - evaluators) * 5, 5);
        else if (i >= controllers)
            role = QStringLiteral("evaluator:") + list((i - controllers) * 20, 20);
        args << QStringLiteral("--seat") << QStringLiteral("s%1=%2").arg(i).arg(role);
    }
    return args;
}

struct SeatFigures
{
    int total = 0, connected = 0, retries = 0, dropped = 0, badEvents = 0, wrongRecipients = 0;
    qint64 connectMs = 0;
    long rssBefore = 0, rssAfter = 0;
    double cpuMs = 0;
    QMap<QString, qint64> welcomeBytes;  ///< by role: the largest welcome
    QMap<QString, int> byRole;           ///< seats welcomed, by role
    Stats inject;
    QMap<QString, Stats> injectByRole;
    QMap<QString, int> failedBy;
    bool injectedAll = false;

    double kibPerSeat() const { return double(rssAfter - rssBefore) / std::max(1, connected); }
};

/// The seats' connections: the URLs from serve's `seat ID ROLE URL` lines, one connection each,
/// every message parsed as a client would (the whole JSON; each event with eventFromJson).
class SeatClients
{
public:
    SeatClients(SeatFigures &f, int rooms) : m_f(f), m_rooms(rooms) {}
    ~SeatClients() { abort(); }

    /// Connects every seat of `lines` and waits (at most 60 s) for their welcomes.
    bool connect(const QStringList &lines, const QJsonArray &allRooms)
    {
        m_allRooms = allRooms;
        m_f.total = int(lines.size());
        m_clients.resize(lines.size());
        QElapsedTimer t;
        t.start();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList parts = lines[i].split(QLatin1Char(' '));  // seat ID ROLE[:LIST] URL
            Client &c = m_clients[size_t(i)];
            c.id = parts.value(1);
            c.role = parts.value(2).section(QLatin1Char(':'), 0, 0);
            c.url = QUrl(parts.value(3));
            c.ws = std::make_unique<QWebSocket>();
            c.ws->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
            QObject::connect(c.ws.get(), &QWebSocket::connected, c.ws.get(), [&c] {
                c.ws->sendTextMessage(
                    QStringLiteral("{\"type\":\"hello\",\"protocol\":%1,\"name\":\"bench\",\"since\":0}")
                        .arg(cd::net::kProtocolVersion));
            });
            QObject::connect(c.ws.get(), &QWebSocket::textMessageReceived, c.ws.get(),
                             [this, &c](const QString &text) { onText(c, text); });
            QObject::connect(c.ws.get(), &QWebSocket::disconnected, c.ws.get(), [this, &c] { onClosed(c); });
            c.ws->open(c.url);
        }
        const bool all = waitUntil([&] { return m_f.connected == m_f.total; }, 60000);
        m_f.connectMs = t.elapsed();
        return all;
    }
    bool allInjected() const
    {
        return std::all_of(m_clients.begin(), m_clients.end(),
                           [](const Client &c) { return c.injected || !c.welcomed; });
    }
    void abort()
    {
        m_closing = true;
        for (Client &c : m_clients)
            c.ws->abort();
    }

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> ws;
        QString id, role;
        QUrl url;
        bool welcomed = false, injected = false;
        int retries = 0;
    };

    void onClosed(Client &c)
    {
        if (m_closing)
            return;
        if (c.welcomed) {
            ++m_f.dropped;
            return;
        }
        ++m_f.failedBy[c.ws->closeCode() != QWebSocketProtocol::CloseCodeNormal
                           ? QStringLiteral("close %1").arg(int(c.ws->closeCode()))
                           : c.ws->errorString().left(60)];
        if (c.retries >= 5)
            return;
        ++c.retries;
        ++m_f.retries;
        QTimer::singleShot(500 * c.retries, c.ws.get(), [&c] { c.ws->open(c.url); });
    }

    void onText(Client &c, const QString &text)
    {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value(QLatin1String("type")).toString();
        if (type == QLatin1String("welcome")) {
            if (c.welcomed || m.value(QLatin1String("seat")).toString() != c.id)
                return;
            c.welcomed = true;
            ++m_f.connected;
            ++m_f.byRole[c.role];
            m_f.welcomeBytes[c.role] = std::max(m_f.welcomeBytes.value(c.role), qint64(text.toUtf8().size()));
            return;
        }
        if (type != QLatin1String("event") || c.injected)
            return;
        const auto e = cd::net::eventFromJson(m.value(QLatin1String("event")).toObject(), m_allRooms);
        if (!e) {
            ++m_f.badEvents;
            return;
        }
        if (e->kind != QLatin1String("mail.delivered") ||
            e->payload.value(QLatin1String("subject")).toString() != QLatin1String("INJECT-ALL"))
            return;
        const qint64 latency = QDateTime::currentMSecsSinceEpoch() - e->wallMs;
        c.injected = true;
        m_f.inject.samples.push_back(latency);
        m_f.injectByRole[c.role].samples.push_back(latency);
        if (e->payload.value(QLatin1String("to")).toArray().size() != m_rooms)
            ++m_f.wrongRecipients;
    }

    SeatFigures &m_f;
    int m_rooms;
    QJsonArray m_allRooms;
    std::vector<Client> m_clients;
    bool m_closing = false;
};

}  // namespace netbench
