#pragma once
// A room's view of the exercise: one fold over the events the room may see (the visibility rule,
// visibility.h) giving its mailbox (inbox and sent, threads, unread count, read marks), its calls
// (a CallBook, folds.h), the pages it can read, its sectors' status, its hypotheses and requests,
// and whether the exercise ended. The room window (local, and remote over `join`: both go through
// RoomEndpoint) keeps one and its panels and models only show it, so a window opened late, a
// reconnecting room replaying by seq and the tests all derive the same view from the same events.

#include "exercise/folds.h"
#include "scenario/scenario.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <map>
#include <vector>

namespace cd::exercise {

/// One mail in a room's mailbox. A mail the room sent to itself is in both folders (two entries).
struct RoomMail
{
    QString id;
    bool inbox = true;    ///< received (to or cc); false: sent by the room
    bool read = false;    ///< inbox: the room has read it; a sent mail counts as read
    int minute = 0;       ///< when it reached the inbox, or was sent
    QString thread;       ///< the mail's thread (its own id when the payload names none)
    QJsonObject message;  ///< the mail.delivered / mail.sent payload
};

/// The mailbox part of a room's view: mail.sent by the room, mail.delivered to it, mail.read by it.
class RoomMailbox
{
public:
    explicit RoomMailbox(QString room) : m_room(std::move(room)) {}

    enum class Change { None, Added, Read };
    struct Update
    {
        Change change = Change::None;
        int entry = -1;  ///< index in mails()
    };
    /// Folds one event; what it did (None for another kind, another room's mail, a mail already
    /// in its folder, a second read mark).
    Update apply(const Event &e);

    /// Every entry, in arrival order.
    const std::vector<RoomMail> &mails() const { return m_mails; }
    /// The entry of mail `id` in the inbox or the sent folder; -1 if none.
    int indexOf(const QString &id, bool inbox) const;
    int unread() const { return m_unread; }
    /// Entries of thread `thread` in arrival order (empty if none).
    const std::vector<int> &thread(const QString &thread) const;
    /// Unread entries of thread `thread`.
    int unreadIn(const QString &thread) const;
    int threadCount() const { return int(m_threads.size()); }

private:
    QString m_room;
    std::vector<RoomMail> m_mails;
    QHash<QString, int> m_inbox;  ///< mail id -> entry
    QHash<QString, int> m_sent;
    QHash<QString, std::vector<int>> m_threads;
    int m_unread = 0;
};

/// The latest version of a page, as a room reads it.
struct RoomPage
{
    QString site;
    QString path;
    int version = 1;
    int minute = 0;  ///< when this version was posted
    QString by;
    QJsonValue title;
    QJsonValue body;
};

/// The last status of one of the room's sectors (model.status / model.breach).
struct SectorStatus
{
    QString node;
    QString label;  ///< ok, degraded, down, or "breach"
    int minute = 0;
};

/// One of the room's own hypotheses about the cause.
struct RoomHypothesis
{
    QString id;
    QJsonValue text;
    int minute = 0;
    QString verdict;  ///< empty until judged
};

class RoomView
{
public:
    explicit RoomView(QString room) : m_room(room), m_mail(std::move(room)) {}

    /// What one event changed (pointers into the view, valid until the next apply()).
    struct Change
    {
        bool fresh = false;  ///< false: its seq was folded already (a replay overlapping), nothing changed
        RoomMailbox::Update mail{};
        const CallState *call = nullptr;  ///< the call it placed or changed (call.say changes none)
        const RoomPage *page = nullptr;
        const SectorStatus *status = nullptr;
        const RoomHypothesis *hypothesis = nullptr;
        const RequestState *request = nullptr;  ///< the room's own request it added or changed
        bool ended = false;                     ///< it ended the exercise
        bool surveySent = false;                ///< it is the room's survey answer
    };
    /// Folds one event the room may see; events must come in seq order (an older seq is skipped).
    Change apply(const Event &e);
    /// The view of `room` from a whole log (control's), filtered by the visibility rule.
    static RoomView fromLog(const scenario::Scenario &s, const QString &room, const std::vector<Event> &log);

    const QString &room() const { return m_room; }
    qint64 lastSeq() const { return m_lastSeq; }
    int minute() const { return m_minute; }  ///< the latest event's minute
    bool ended() const { return m_ended; }
    bool surveySent() const { return m_surveySent; }
    const RoomMailbox &mail() const { return m_mail; }
    const CallBook &calls() const { return m_calls; }
    /// site -> path -> latest version
    const std::map<QString, std::map<QString, RoomPage>> &pages() const { return m_pages; }
    /// path -> latest version, of one site (empty if none)
    const std::map<QString, RoomPage> &pagesOf(const QString &site) const;
    const RoomPage *page(const QString &site, const QString &path) const;
    /// node -> last status
    const std::map<QString, SectorStatus> &status() const { return m_status; }
    const std::vector<RoomHypothesis> &hypotheses() const { return m_hypotheses; }
    const RequestBook &requests() const { return m_requests; }

private:
    const RoomHypothesis *applyHypothesis(Kind kind, const Event &e);

    QString m_room;
    qint64 m_lastSeq = 0;
    int m_minute = 0;
    bool m_ended = false;
    bool m_surveySent = false;
    RoomMailbox m_mail;
    CallBook m_calls;
    std::map<QString, std::map<QString, RoomPage>> m_pages;
    std::map<QString, SectorStatus> m_status;
    std::vector<RoomHypothesis> m_hypotheses;
    RequestBook m_requests;
};

}  // namespace cd::exercise
