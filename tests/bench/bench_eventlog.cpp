// Event log throughput: events/s appended durably (WAL, synchronous=FULL), one transaction per
// event versus batches, each event hashed into the tamper-evidence chain (store/chain.h); then
// events/s verified by a reader recomputing the chain. Prints figures; asserts nothing
// (tests/bench is never part of ctest).
#include "store/eventlog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using cd::store::Event;
using cd::store::EventLog;

namespace {

Event sample(int i)
{
    Event e;
    e.wallMs = 1700000000000 + i;
    e.minute = i / 10;
    e.actor = QStringLiteral("op-telecom-a");
    e.kind = QStringLiteral("mail.delivered");
    e.audience = {QStringLiteral("mic"), QStringLiteral("nisc")};
    e.payload = QJsonObject{{QStringLiteral("subject"), QStringLiteral("通信障害の発生について")},
                            {QStringLiteral("to"), QJsonArray{QStringLiteral("mic")}},
                            {QStringLiteral("body"), QString(300, QLatin1Char('x'))}};
    return e;
}

double run(const QString &path, int total, int batch)
{
    auto log = EventLog::create(path, QByteArrayLiteral("{}"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < total; i += batch) {
        std::vector<Event> events;
        for (int j = 0; j < batch && i + j < total; ++j)
            events.push_back(sample(i + j));
        if (batch == 1)
            log->append(events.front());
        else
            log->append(events);
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    return total / s;
}

}  // namespace

int main()
{
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "event log append throughput (WAL, synchronous=FULL, 2 audience rows per event)\n";
    const struct
    {
        int total;
        int batch;
    } cases[] = {{2000, 1}, {20000, 10}, {50000, 100}, {100000, 1000}};
    int n = 0;
    for (const auto &c : cases) {
        const double rate = run(dir.filePath(QStringLiteral("b%1.cxdb").arg(n++)), c.total, c.batch);
        out << QStringLiteral("  batch %1: %2 events in total, %3 events/s\n")
                   .arg(c.batch, 5)
                   .arg(c.total, 6)
                   .arg(qint64(rate), 9);
        out.flush();
    }
    // The largest log again, read back and verified as `report` and `run --resume` do.
    auto reader = EventLog::open(dir.filePath(QStringLiteral("b%1.cxdb").arg(n - 1)), cd::store::Access::Reader);
    QElapsedTimer timer;
    timer.start();
    const cd::store::ChainCheck check = reader->verifyChain();
    const double s = double(timer.nsecsElapsed()) / 1e9;
    out << QStringLiteral("  verify: %1 events, %2 events/s (%3)\n")
               .arg(check.events)
               .arg(qint64(double(check.events) / s))
               .arg(check.intact ? QStringLiteral("intact") : QStringLiteral("BROKEN"));
    return 0;
}
