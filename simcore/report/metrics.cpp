// Information flow and channels (report.h gives the definitions).
#include "exercise/controlview.h"
#include "report/internal.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace cd::report {

void informationFlow(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    std::map<std::tuple<QString, QString, QString, QString>, int> cells;
    // Rooms whose correct hypothesis was submitted at which seq.
    std::map<qint64, QString> correctAt;  // submission seq -> room
    {
        std::map<QString, std::pair<qint64, QString>> hyps;  // hypothesis id -> (seq, room)
        for (const store::Event &e : events) {
            if (kindOf(e) == Kind::HypothesisSubmitted)
                hyps[e.payload.value(QLatin1String("hypothesis")).toString()] = {
                    e.seq, e.payload.value(QLatin1String("room")).toString()};
            else if (kindOf(e) == Kind::HypothesisJudged &&
                     e.payload.value(QLatin1String("verdict")).toString() == QLatin1String("correct"))
                if (const auto it = hyps.find(e.payload.value(QLatin1String("hypothesis")).toString());
                    it != hyps.end())
                    correctAt[it->second.first] = it->second.second;
        }
    }
    std::map<QString, size_t> reachRow;
    for (const scenario::Room &room : s.rooms) {
        if (room.role == scenario::Role::Nisc || room.role == scenario::Role::Ministry) {
            reachRow[room.id + QStringLiteral("\nreport")] = r->reach.size();
            r->reach.push_back({room.id, QStringLiteral("report"), {}, {}});
        }
        if (room.role == scenario::Role::Ceptoar) {
            reachRow[room.id + QStringLiteral("\nadvisory")] = r->reach.size();
            r->reach.push_back({room.id, QStringLiteral("advisory"), {}, {}});
        }
    }
    std::set<QString> gotAdvisory;
    std::map<QString, Knowledge> knows;
    std::map<QString, QString> mailToldBy;  // mail id -> knowing sender
    const auto learn = [&](const QString &room, int minute, const QString &via) {
        if (s.room(room) && !knows.count(room))
            knows[room] = {room, minute, via};
    };
    const auto received = [&](const QString &to, const QString &kind, int minute) {
        if (kind == QLatin1String("advisory"))
            gotAdvisory.insert(to);
        if (r->firstImpactMin < 0 || minute < r->firstImpactMin)
            return;
        const auto it = reachRow.find(to + QLatin1Char('\n') + kind);
        if (it != reachRow.end() && !r->reach[it->second].atMin) {
            r->reach[it->second].atMin = minute;
            r->reach[it->second].afterImpactMin = minute - r->firstImpactMin;
        }
    };
    auto correct = correctAt.begin();
    for (const store::Event &e : events) {
        while (correct != correctAt.end() && correct->first <= e.seq) {
            learn(correct->second, e.minute, QStringLiteral("hypothesis"));
            ++correct;
        }
        const QJsonObject &p = e.payload;
        const QString from = p.value(QLatin1String("from")).toString();
        const QString kind = p.value(QLatin1String("kind")).toString();
        if (kindOf(e) == Kind::MailSent) {
            for (const QString &to : listOf(p.value(QLatin1String("to"))) + listOf(p.value(QLatin1String("cc"))))
                cells[{from, to, QStringLiteral("mail"), kind}]++;
            if (knows.count(from))
                mailToldBy[p.value(QLatin1String("mail")).toString()] = from;
        } else if (kindOf(e) == Kind::MailDelivered) {
            const auto told = mailToldBy.find(p.value(QLatin1String("mail")).toString());
            for (const QString &to : listOf(p.value(QLatin1String("to"))) + listOf(p.value(QLatin1String("cc")))) {
                received(to, kind, e.minute);
                if (told != mailToldBy.end())
                    learn(to, e.minute, told->second);
            }
        } else if (kindOf(e) == Kind::CallSay) {
            const QString to = p.value(QLatin1String("to")).toString();
            cells[{from, to, QStringLiteral("phone"), kind}]++;
            received(to, kind, e.minute);
            if (knows.count(from))
                learn(to, e.minute, from);
        } else if (kindOf(e) == Kind::PagePosted && s.room(p.value(QLatin1String("by")).toString())) {
            cells[{p.value(QLatin1String("by")).toString(),
                   QStringLiteral("site:") + p.value(QLatin1String("site")).toString(), QStringLiteral("web"),
                   QStringLiteral("other")}]++;
        }
    }
    for (const auto &[key, count] : cells)
        r->matrix.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), count});
    for (const scenario::Room &room : s.rooms) {
        if (room.role == scenario::Role::Observer)
            continue;
        const auto it = knows.find(room.id);
        r->knowledge.push_back(it == knows.end() ? Knowledge{room.id, {}, {}} : it->second);
        if ((room.role == scenario::Role::Ceptoar || room.role == scenario::Role::Operator) &&
            !gotAdvisory.count(room.id))
            r->noAdvisory << room.id;
    }
}

void channelsOf(const scenario::Scenario &s, const std::vector<store::Event> &events, Report *r)
{
    std::map<QString, RoomChannels> rooms;
    for (const scenario::Room &room : s.rooms)
        rooms[room.id].room = room.id;
    // The control view's fold of the log (exercise/controlview.h): the calls' last status by the
    // engine's own call fold, and who read each delivered mail.
    const exercise::ControlView view = exercise::ControlView::fromLog(events);
    const auto count = [&rooms](const QString &room, int RoomChannels::*field) {
        if (const auto it = rooms.find(room); it != rooms.end())
            ++(it->second.*field);
    };
    for (const exercise::CallState &c : view.calls().calls) {
        using S = exercise::CallStatus;
        if (c.status == S::Busy)
            count(c.from, &RoomChannels::busy);
        else if (c.status == S::Failed)
            count(c.from, &RoomChannels::failed);
        else if (c.status == S::Missed)
            count(c.to, &RoomChannels::missed);
        else if (c.status == S::Declined) {
            // One decline counts on both sides (a persona's side is the white cell's, not counted).
            count(c.to, &RoomChannels::declinedBy);
            count(c.from, &RoomChannels::declinedTo);
        }
    }
    for (const exercise::TrafficRow &m : view.traffic()) {
        if (m.channel != QLatin1String("mail") || m.deliveredAt < 0)
            continue;
        for (const QString &room : m.to)
            if (std::none_of(m.reads.begin(), m.reads.end(), [&room](const auto &read) { return read.first == room; }))
                count(room, &RoomChannels::unread);
    }
    for (const scenario::Room &room : s.rooms)
        r->channels.push_back(rooms[room.id]);
}

void outagesOf(const scenario::Scenario &s, Report *r)
{
    const auto scan = [&](const QString &channel, const QString &node, const auto &bad) {
        const auto it = r->q.find(node);
        if (it == r->q.end())
            return;
        bool open = false;  // a plain flag: an optional<int> here trips GCC 12's -Wmaybe-uninitialized at -O1
        int from = 0;
        for (size_t i = 0; i < r->qMinutes.size(); ++i) {
            const bool down = bad(it->second[i]);
            if (down && !open) {
                open = true;
                from = r->qMinutes[i];
            }
            if (!down && open) {
                r->outages.push_back({channel, node, from, r->qMinutes[i - 1]});
                open = false;
            }
        }
        if (open)
            r->outages.push_back({channel, node, from, r->qMinutes.back()});
    };
    if (const auto &phone = s.channels.phone; phone && phone->downAtQ)
        scan(QStringLiteral("phone"), phone->node, [&](double q) { return q >= *phone->downAtQ; });
    if (const auto &mail = s.channels.mail; mail && mail->delayMinPerQ)
        scan(QStringLiteral("mail"), mail->node, [&](double q) { return std::lround(*mail->delayMinPerQ * q) > 0; });
}

}  // namespace cd::report
