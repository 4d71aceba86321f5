// Benchmark of `crossdrill serve` on loopback: R rooms (default 1,000) with C connections each
// (default 5, so 5,000 connections), all in this process as the load generator, the server a
// child process. Measures (1) connection set-up, (2) the delivery latency of an inject mailed
// to every room (p50/p99 over every connection, from the event's commit time to its receipt),
// (3) every room mailing another room every 10 s for 60 s: none lost, and the latency, (4) the
// server's CPU time and resident memory per connection (from /proc). Bounded: at most R*C
// connections and ~3 minutes. Usage: bench_net [ROOMS [PER_ROOM [MAIL_SECONDS [INJECT_MINUTE]]]]
// (netbench_fanout.h).
// bench_net browser [ROOMS [PER_ROOM [MAIL_SECONDS [INJECT_MINUTE]]]] [--assets] [--browser-first]
// runs the same measurement twice on fresh servers, first with desktop clients, then with every
// connection made the browser room's way (netbench_browser.h: sign-in, page, ticket over HTTP, WebSocket
// with ?ticket=), and prints both side by side with the HTTP set-up figures.
// --seats N (both modes): N control-team seats too, connected after the rooms, their inject
// fan-out and memory printed beside the rooms' (netbench_seats.h; issue 16).
// --tls (desktop mode): serve wss:// with the tests' self-signed certificate, which the clients
// trust, to measure what TLS costs per connection.
// Other modes (netbench_modes.h): bench_net burst [ROOMS [ACTS]] [--per-act] (group commit:
// durable throughput and another room's ping), bench_net soak [ROOMS [SECONDS]] (server memory
// over time under steady mail).
#include "netbench.h"
#include "netbench_fanout.h"
#include "netbench_modes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace netbench;

namespace {

void printBrowserHttp(FanoutFigures &web)
{
    BrowserTabs &t = *web.tabs;
    std::printf("[browser] HTTP: %d tickets for %d connections, %d requests over %d TCP connections, %d failed",
                t.tickets, web.total, t.httpRequests, t.httpConnections, t.failures);
    for (const QString &f : t.failureSamples)
        std::printf("; %s", qPrintable(f));
    std::printf("\n[browser] HTTP phase: first request to last ticket %lld ms\n",
                (long long)(t.lastTicketMs - t.firstRequestMs));
    t.signIn.print("[browser] sign-in (link -> cookie, 303)");
    t.page.print("[browser] page (CSRF token)");
    if (!t.assets.samples.empty()) {
        t.assets.print("[browser] style sheet and modules, each");
        std::printf("[browser] assets: %lld KiB in all\n", (long long)(t.assetBytes / 1024));
    }
    t.ticket.print("[browser] ticket (POST with X-CSRF)");
    t.tabSetup.print("[browser] per tab: first request to ticket");
}

QString ratio(double desktop, double browser)
{
    return desktop > 0 && browser >= 0 ? QString::number(browser / desktop, 'f', 2) : QStringLiteral("-");
}

void row(const char *what, double desktop, double browser, int decimals = 0)
{
    std::printf("%-44s %12s %12s %8s\n", what, qPrintable(QString::number(desktop, 'f', decimals)),
                qPrintable(QString::number(browser, 'f', decimals)), qPrintable(ratio(desktop, browser)));
}

void printComparison(FanoutFigures &d, FanoutFigures &b)
{
    std::printf("\n%-44s %12s %12s %8s\n", "same run, same scenario", "desktop", "browser", "ratio");
    row("connected", d.connected, b.connected);
    row("set-up wall (ms)", double(d.connectMs), double(b.connectMs));
    row("server CPU for the set-up (ms)", d.setupCpuMs, b.setupCpuMs);
    row("server CPU per connection (ms)", d.setupCpuMs / std::max(1, d.connected),
        b.setupCpuMs / std::max(1, b.connected), 2);
    row("inject fan-out p50 (ms)", double(d.inject.at(0.5)), double(b.inject.at(0.5)));
    row("inject fan-out p99 (ms)", double(d.inject.at(0.99)), double(b.inject.at(0.99)));
    row("inject fan-out max (ms)", double(d.inject.at(1.0)), double(b.inject.at(1.0)));
    row("inject deliveries", double(d.inject.samples.size()), double(b.inject.samples.size()));
    row("room mail p50 (ms)", double(d.mail.at(0.5)), double(b.mail.at(0.5)));
    row("room mail p99 (ms)", double(d.mail.at(0.99)), double(b.mail.at(0.99)));
    row("room mail deliveries", double(d.mail.samples.size()), double(b.mail.samples.size()));
    row("room mail deliveries expected", double(d.mailsExpected), double(b.mailsExpected));
    row("server RSS idle (KiB)", double(d.rssIdle), double(b.rssIdle));
    row("server RSS connected (KiB)", double(d.rssConnected), double(b.rssConnected));
    row("server RSS at the end (KiB)", double(d.rssEnd), double(b.rssEnd));
    row("server CPU, mail minute (ms)", d.mailCpuMs, b.mailCpuMs);
    row("load generator CPU (ms)", d.genCpuMs, b.genCpuMs);
    row("connection attempts repeated", d.retries, b.retries);
    row("closed by the server after welcome", d.dropped, b.dropped);
    if (d.seats.total > 0) {
        row("seats connected", d.seats.connected, b.seats.connected);
        row("seats' inject fan-out p50 (ms)", double(d.seats.inject.at(0.5)), double(b.seats.inject.at(0.5)));
        row("seats' inject fan-out p99 (ms)", double(d.seats.inject.at(0.99)), double(b.seats.inject.at(0.99)));
        row("seats' inject fan-out max (ms)", double(d.seats.inject.at(1.0)), double(b.seats.inject.at(1.0)));
        row("server RSS per seat connection (KiB)", d.seats.kibPerSeat(), b.seats.kibPerSeat(), 1);
        row("seats closed by the server after welcome", d.seats.dropped, b.seats.dropped);
    }
    std::printf("load average: desktop %s -> %s, browser %s -> %s; %s\n", qPrintable(d.loadStart),
                qPrintable(d.loadEnd), qPrintable(b.loadStart), qPrintable(b.loadEnd),
                d.ok && b.ok ? "both complete" : "NOT COMPLETE (see above)");
}

/// The rooms' and the seats' figures side by side (bench_net --seats N).
void printSeats(FanoutFigures &f)
{
    SeatFigures &s = f.seats;
    std::printf("\n%-44s %12s %12s\n", "same run", "rooms", "seats");
    const auto line = [](const char *what, double rooms, double seats, int decimals = 0) {
        std::printf("%-44s %12s %12s\n", what, qPrintable(QString::number(rooms, 'f', decimals)),
                    qPrintable(QString::number(seats, 'f', decimals)));
    };
    line("connections", f.connected, s.connected);
    line("inject fan-out p50 (ms)", double(f.inject.at(0.5)), double(s.inject.at(0.5)));
    line("inject fan-out p99 (ms)", double(f.inject.at(0.99)), double(s.inject.at(0.99)));
    line("inject fan-out max (ms)", double(f.inject.at(1.0)), double(s.inject.at(1.0)));
    line("inject deliveries", double(f.inject.samples.size()), double(s.inject.samples.size()));
    line("server RSS before (KiB)", double(f.rssIdle), double(s.rssBefore));
    line("server RSS after they connected (KiB)", double(f.rssConnected), double(s.rssAfter));
    line("server RSS per connection (KiB)", double(f.rssConnected - f.rssIdle) / std::max(1, f.connected),
         s.kibPerSeat(), 1);
    line("set-up wall (ms)", double(f.connectMs), double(s.connectMs));
    line("server CPU for the set-up (ms)", f.setupCpuMs, s.cpuMs);
    line("closed by the server after welcome", f.dropped, s.dropped);
    std::printf("rooms' welcome %lld bytes on average; seats' welcome:",
                (long long)(f.welcomeBytes / std::max(1, f.connected)));
    for (auto it = s.welcomeBytes.cbegin(); it != s.welcomeBytes.cend(); ++it)
        std::printf(" %s %lld bytes (x%d)", qPrintable(it.key()), (long long)it.value(), s.byRole.value(it.key()));
    std::printf("\nserver RSS at the end %ld KiB; load average %s -> %s; %s\n", f.rssEnd, qPrintable(f.loadStart),
                qPrintable(f.loadEnd), f.ok ? "complete" : "NOT COMPLETE (see above)");
}

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
    const bool browser = argc > 1 && qstrcmp(argv[1], "browser") == 0;
    QStringList numbers = app.arguments().mid(browser ? 2 : 1);
    const bool assets = numbers.removeAll(QStringLiteral("--assets")) > 0;
    const bool browserFirst = numbers.removeAll(QStringLiteral("--browser-first")) > 0;
    const bool tls = numbers.removeAll(QStringLiteral("--tls")) > 0;
    int seats = 0;  // --seats N: control-team seats after the rooms (netbench_seats.h)
    if (const qsizetype at = numbers.indexOf(QStringLiteral("--seats")); at >= 0 && at + 1 < numbers.size()) {
        seats = std::clamp(numbers[at + 1].toInt(), 0, 500);
        numbers.remove(at, 2);
    }
    // --batch N: connections opened before waiting for the previous batch's welcomes (default 200;
    // the server refuses more than 256 per address before hello with 4010 "busy", retried).
    int batch = 200;
    if (const qsizetype at = numbers.indexOf(QStringLiteral("--batch")); at >= 0 && at + 1 < numbers.size()) {
        batch = std::clamp(numbers[at + 1].toInt(), 1, 1000);
        numbers.remove(at, 2);
    }
    const auto arg = [&](int i, int fallback, int lo, int hi) {
        return numbers.size() > i ? std::clamp(numbers[i].toInt(), lo, hi) : fallback;
    };
    FanoutOptions o;
    o.rooms = arg(0, 1000, 2, 2000);
    o.perRoom = arg(1, 5, 1, 10);
    o.mailSeconds = arg(2, 60, 0, 120);
    o.injectMin = arg(3, browser ? 25 : 15, 1, 59);
    o.batch = batch;
    o.seats = seats;
    o.tls = tls && !browser;  // the browser half's HTTP client speaks plain HTTP
    const int total = o.rooms * o.perRoom;

    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = std::min<rlim_t>(lim.rlim_max, rlim_t(total + seats) * 2 + 1024);
    setrlimit(RLIMIT_NOFILE, &lim);
    std::printf("rooms=%d connections=%d seats=%d (RLIMIT_NOFILE %llu); load average %s\n", o.rooms, total, seats,
                (unsigned long long)lim.rlim_cur, qPrintable(loadAverage()));
    if (!browser) {
        FanoutFigures f = Fanout(o).run();
        if (seats > 0)
            printSeats(f);
        return f.ok ? 0 : 1;
    }
    // The same exercise, server and machine for both paths, one after the other: first the
    // desktop clients (token in the URL), then the browser tabs (cookie, ticket, ?ticket=); both
    // servers serve the browser room, so the only difference is how the connections are made.
    // --browser-first swaps the order, to tell the paths from the machine's drift over the run.
    o.web = true;
    o.assets = assets;
    FanoutOptions b = o;
    b.browser = true;
    FanoutFigures desktop, web;
    if (browserFirst) {
        web = Fanout(b).run();
        desktop = Fanout(o).run();
    } else {
        desktop = Fanout(o).run();
        web = Fanout(b).run();
    }
    if (web.tabs)
        printBrowserHttp(web);
    printComparison(desktop, web);
    return desktop.ok && web.ok && web.tabs && web.tabs->failures == 0 ? 0 : 1;
}
