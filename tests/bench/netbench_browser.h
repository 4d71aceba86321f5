#pragma once
// bench_net's browser path (tests/bench/bench_net.cpp, `bench_net browser`): every connection
// reaches its room the way the browser room's page does (docs/browser-room.md, web/room/app/
// conn.js): it signs in with the room's link (the token traded for the HttpOnly cd_token cookie
// and a redirect), loads the page (its CSRF token is in <meta name="csrf">; with `assets` also
// the style sheet and every module main.js imports, as a browser without a cache would: the
// portal sends no-store), asks for a one-use ticket (POST ticket with the cookie and the X-CSRF
// header), and only then opens the WebSocket with ?ticket=. A reconnect asks for a new ticket,
// as the page does. Each tab uses one keep-alive HTTP/1.1 connection of its own, like a browser
// tab, and closes it once it has its ticket (a browser would leave it idle until the portal's
// deadline closes it: from one address that would pile up against the portal's cap of 256
// unauthenticated connections per address, which 5,000 people at their own desks never meet).
// At most `maxHttp` tabs talk HTTP at once (default 128, under that cap); the rest wait.
#include "netbench.h"

#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QUrl>

#include <deque>

namespace netbench {

struct HttpResponse
{
    int status = 0;  ///< 0: no response (connection failed or closed first)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

/// One HTTP/1.1 keep-alive connection, one request at a time (no pipelining, like a browser).
/// A request on a reused connection that the server closed meanwhile (its idle deadline) is
/// sent once more on a new connection, as browsers do.
class HttpConn
{
public:
    using Done = std::function<void(const HttpResponse &)>;

    HttpConn(const QString &host, quint16 port) : m_host(host), m_port(port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { m_socket.write(m_request); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onRead(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { onClosed(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                onClosed();
        });
    }

    void request(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &headers, Done done)
    {
        m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                    QByteArray::number(m_port) + "\r\n";
        for (const QByteArray &h : headers)
            m_request += h + "\r\n";
        if (method == "POST")
            m_request += "Content-Length: 0\r\n";
        m_request += "\r\n";
        m_done = std::move(done);
        m_buffer.clear();
        m_resent = false;
        send();
    }
    void close()
    {
        m_done = nullptr;
        m_socket.abort();
    }
    int requests = 0;     ///< sent, resends included
    int connections = 0;  ///< TCP connections opened

private:
    void send()
    {
        ++requests;
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_reused = true;
            m_socket.write(m_request);
            return;
        }
        m_reused = false;
        ++connections;
        m_socket.abort();
        m_socket.connectToHost(m_host, m_port);
    }
    void onRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || !m_done)
            return;
        HttpResponse r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        r.status = status.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        bool known = false;
        const qsizetype length = r.header("Content-Length").toLongLong(&known);
        if (!known) {  // the portal always sends a length; anything else is a failure here
            r.status = -1;
        } else {
            if (m_buffer.size() < end + 4 + length)
                return;  // the body is still coming
            r.body = m_buffer.mid(end + 4, length);
        }
        m_buffer.clear();
        const bool closing = r.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        finish(r);
        if (closing)
            m_socket.abort();
    }
    void onClosed()
    {
        // Both errorOccurred and disconnected may come for one close: act on the first.
        if (!m_done || m_resendDue)
            return;
        if (m_reused && !m_resent && m_buffer.isEmpty()) {
            m_resent = m_resendDue = true;
            QTimer::singleShot(0, &m_socket, [this] {
                m_resendDue = false;
                send();
            });
            return;
        }
        finish(HttpResponse{});
    }
    void finish(const HttpResponse &r)
    {
        Done done = std::move(m_done);
        m_done = nullptr;
        done(r);
    }

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_request, m_buffer;
    Done m_done;
    bool m_reused = false, m_resent = false, m_resendDue = false;
};

/// The HTTP side of every browser tab: hands each connection the WebSocket URL of a fresh ticket.
class BrowserTabs
{
public:
    using Ready = std::function<void(const QUrl &)>;  ///< an empty URL: this attempt failed

    /// `links`: the browser link of each room (`serve` prints http://HOST:P/room/ROOM/?token=T).
    BrowserTabs(const QStringList &links, int tabs, bool assets, int maxHttp)
        : m_links(links), m_tabs(size_t(tabs)), m_assets(assets), m_maxHttp(maxHttp)
    {
        m_clock.start();
    }

    /// A ticket for tab `i` of room `room` (signing in and loading the page first if it has not).
    void ticketUrl(int i, int room, Ready ready)
    {
        m_queue.push_back([this, i, room, ready = std::move(ready)] { run(i, room, ready); });
        pump();
    }

    // Figures (ms): each request's round trip by kind, each tab's set-up from its first request
    // to its first ticket (queueing for a free HTTP slot not counted), and counts.
    Stats signIn, page, assets, ticket, tabSetup;
    int httpRequests = 0, httpConnections = 0, failures = 0, tickets = 0;
    qint64 assetBytes = 0;
    QStringList failureSamples;  ///< the first few failures, for the report
    qint64 firstRequestMs = -1, lastTicketMs = -1;

private:
    struct Tab
    {
        std::unique_ptr<HttpConn> http;
        QByteArray cookie, csrf, base;  ///< base: the page's path, /room/ROOM/
        qint64 startedMs = -1;
        bool ticketed = false;
    };

    void pump()
    {
        while (m_active < m_maxHttp && !m_queue.empty()) {
            ++m_active;
            auto job = std::move(m_queue.front());
            m_queue.pop_front();
            job();
        }
    }
    void release(int i)
    {
        Tab &t = m_tabs[size_t(i)];
        if (t.http) {
            httpRequests += t.http->requests;
            httpConnections += t.http->connections;
            t.http->close();
            // Deleted later: this runs inside the socket's own signal.
            QTimer::singleShot(0, [h = t.http.release()] { delete h; });
        }
        --m_active;
        QTimer::singleShot(0, [this] { pump(); });
    }
    void fail(int i, const Ready &ready, const QString &why)
    {
        ++failures;
        if (failureSamples.size() < 5)
            failureSamples << QStringLiteral("tab %1: %2").arg(i).arg(why);
        release(i);
        ready(QUrl());
    }
    /// Sends one request on tab i's connection, timing it into `stats`.
    void send(int i, Stats &stats, const QByteArray &method, const QByteArray &target, QList<QByteArray> headers,
              HttpConn::Done done)
    {
        const qint64 t0 = m_clock.elapsed();
        if (firstRequestMs < 0)
            firstRequestMs = t0;
        if (!m_tabs[size_t(i)].cookie.isEmpty())
            headers << "Cookie: " + m_tabs[size_t(i)].cookie;
        m_tabs[size_t(i)].http->request(method, target, headers,
                                        [this, &stats, t0, done = std::move(done)](const HttpResponse &r) {
                                            stats.samples.push_back(m_clock.elapsed() - t0);
                                            done(r);
                                        });
    }

    void run(int i, int room, const Ready &ready)
    {
        Tab &t = m_tabs[size_t(i)];
        const QUrl link(m_links[room]);
        t.http = std::make_unique<HttpConn>(link.host(), quint16(link.port()));
        if (t.startedMs < 0)
            t.startedMs = m_clock.elapsed();
        if (!t.csrf.isEmpty())
            return requestTicket(i, ready);
        // Sign in: the link's token becomes the cookie, and the page's address loses it.
        send(i, signIn, "GET", link.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), {},
             [this, i, ready](const HttpResponse &r) {
                 Tab &tab = m_tabs[size_t(i)];
                 const QByteArray set = r.header("Set-Cookie");
                 if (r.status != 303 || !set.startsWith("cd_token=") || !set.contains("HttpOnly"))
                     return fail(i, ready,
                                 QStringLiteral("sign-in: HTTP %1, cookie \"%2\"")
                                     .arg(r.status)
                                     .arg(QString::fromLatin1(set.left(40))));
                 tab.cookie = set.left(set.indexOf(';'));
                 tab.base = r.header("Location");
                 loadPage(i, ready);
             });
    }
    void loadPage(int i, const Ready &ready)
    {
        send(i, page, "GET", m_tabs[size_t(i)].base, {"Accept: text/html"}, [this, i, ready](const HttpResponse &r) {
            static const QRegularExpression meta(QStringLiteral("<meta name=\"csrf\" content=\"([A-Za-z0-9_-]+)\">"));
            const QRegularExpressionMatch m = meta.match(QString::fromUtf8(r.body));
            if (r.status != 200 || !m.hasMatch())
                return fail(i, ready, QStringLiteral("page: HTTP %1, %2 bytes").arg(r.status).arg(r.body.size()));
            m_tabs[size_t(i)].csrf = m.captured(1).toLatin1();
            if (!m_assets)
                return requestTicket(i, ready);
            static const QRegularExpression links(QStringLiteral("(?:href|src)=\"app/([a-z0-9-]+\\.(?:js|css))\""));
            QStringList files;
            for (const auto &f : links.globalMatch(QString::fromUtf8(r.body)))
                files << f.captured(1);
            loadAssets(i, ready, files, std::make_shared<QSet<QString>>());
        });
    }
    /// Fetches `files` in turn, adding the modules each script imports (as the browser does).
    void loadAssets(int i, const Ready &ready, QStringList files, std::shared_ptr<QSet<QString>> seen)
    {
        while (!files.isEmpty() && seen->contains(files.first()))
            files.removeFirst();
        if (files.isEmpty())
            return requestTicket(i, ready);
        const QString file = files.takeFirst();
        seen->insert(file);
        send(i, assets, "GET", m_tabs[size_t(i)].base + "app/" + file.toLatin1(), {},
             [this, i, ready, files, seen, file](const HttpResponse &r) mutable {
                 if (r.status != 200)
                     return fail(i, ready, QStringLiteral("app/%1: HTTP %2").arg(file).arg(r.status));
                 assetBytes += r.body.size();
                 static const QRegularExpression imports(
                     QStringLiteral("(?:from|import)\\s*['\"]\\./([a-z0-9-]+\\.js)['\"]"));
                 for (const auto &m : imports.globalMatch(QString::fromUtf8(r.body)))
                     files << m.captured(1);
                 loadAssets(i, ready, files, seen);
             });
    }
    void requestTicket(int i, const Ready &ready)
    {
        Tab &tab = m_tabs[size_t(i)];
        send(i, ticket, "POST", tab.base + "ticket",
             {"X-CSRF: " + tab.csrf, "Origin: http://" + QUrl(m_links[0]).authority().toLatin1()},
             [this, i, ready](const HttpResponse &r) {
                 const QJsonObject a = QJsonDocument::fromJson(r.body).object();
                 const QString id = a.value(QLatin1String("ticket")).toString();
                 const int port = a.value(QLatin1String("port")).toInt();
                 if (r.status != 200 || id.isEmpty() || port <= 0)
                     return fail(
                         i, ready,
                         QStringLiteral("ticket: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(80))));
                 Tab &t = m_tabs[size_t(i)];
                 ++tickets;
                 lastTicketMs = m_clock.elapsed();
                 if (!t.ticketed)
                     tabSetup.samples.push_back(lastTicketMs - t.startedMs);
                 t.ticketed = true;
                 // ws://HOST:PORT/room/ROOM?ticket=T, HOST as the page reached the web port.
                 QUrl ws;
                 ws.setScheme(QStringLiteral("ws"));
                 ws.setHost(QUrl(m_links[0]).host());
                 ws.setPort(port);
                 ws.setPath(QString::fromLatin1(t.base.chopped(t.base.endsWith('/') ? 1 : 0)));
                 ws.setQuery(QStringLiteral("ticket=") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
                 release(i);
                 ready(ws);
             });
    }

    QStringList m_links;
    std::vector<Tab> m_tabs;
    bool m_assets;
    int m_maxHttp;
    int m_active = 0;
    std::deque<std::function<void()>> m_queue;
    QElapsedTimer m_clock;
};

}  // namespace netbench
