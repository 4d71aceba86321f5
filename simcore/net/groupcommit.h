#pragma once
// Group commit of the exercise server's acts (docs/protocol.md "Group commit"). Each act used to
// be its own fsync'd transaction on the thread that serves every socket, so one busy room could
// stall all the others (issue 14 item 3). Now the acts that arrive from all connections within
// one turn of the event loop are queued, performed in arrival order when the turn ends, and
// committed in ONE transaction (still synchronous=FULL); only after that commit are their events
// fanned out (the Exercise's listeners) and each sender answered. A store::Error while doing so
// means none of the batch is on disk: nobody is answered, the queue is dropped, and the owner's
// failure handler runs (the server's close 4011 path).
//
// Runs in the thread of the Exercise. With setEnabled(false) every act is performed and
// committed on its own at once (the old path, kept for the benchmark's before/after).

#include "exercise/outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QTimer;

namespace cd::exercise {
class Exercise;
}

namespace cd::net {

class GroupCommit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupCommit)

public:
    struct Act
    {
        QPointer<QObject> sender;  ///< the connection's socket (null once it is gone: no answer)
        QString room;              ///< the room acting, or "control" for a seat
        QString name;              ///< the person acting (payload "actor_name")
        QString id;                ///< the act's id, echoed in the result
        QJsonObject action;
        QString seat;  ///< the control seat acting (payload "seat"); empty for a room
    };
    /// Called for each act once its events are committed and fanned out.
    using Answer = std::function<void(const Act &act, const exercise::Outcome &outcome)>;
    /// Called once when recording failed (the store::Error's message); nothing more is done.
    using Failure = std::function<void(const QString &message)>;

    GroupCommit(exercise::Exercise &exercise, Answer answer, Failure failure, QObject *parent = nullptr);
    ~GroupCommit() override;

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    /// Queues `act` for the commit at the end of this turn (performs it at once when disabled).
    void add(Act act);
    /// Performs and commits everything queued now, in transactions of at most kMaxBatch acts
    /// (the end-of-turn timer; and shutdown, so no act that arrived is left undone).
    void flush();

    /// The Exercise must not be used again (recording failed elsewhere): drops what is queued,
    /// unanswered, and accepts nothing more.
    void abandon()
    {
        m_failed = true;
        m_queue.clear();
    }

    qsizetype pending() const { return qsizetype(m_queue.size()); }
    /// Acts performed and transactions they were committed in, since construction.
    qint64 acts() const { return m_acts; }
    qint64 transactions() const { return m_transactions; }
    bool failed() const { return m_failed; }

    /// Acts in one transaction at most: a larger burst is committed over several turns, so the
    /// loop answers other rooms (pings, hellos) in between.
    static constexpr int kMaxBatch = 512;

private:
    void commitBatch(std::vector<Act> &batch);

    exercise::Exercise &m_exercise;
    Answer m_answer;
    Failure m_failure;
    QTimer *m_turn;  ///< zero-time: fires when the current turn's socket reads are done
    std::vector<Act> m_queue;
    bool m_enabled = true;
    bool m_failed = false;
    qint64 m_acts = 0;
    qint64 m_transactions = 0;
};

}  // namespace cd::net
