#include "net/groupcommit.h"

#include "exercise/exercise.h"
#include "store/sqlite.h"

#include <QTimer>

namespace cd::net {

namespace {

/// Holds the Exercise's commits for one batch, whatever way the batch ends.
struct Hold
{
    explicit Hold(exercise::Exercise &ex) : ex(ex) { ex.holdCommits(true); }
    ~Hold() { ex.holdCommits(false); }
    Hold(const Hold &) = delete;
    Hold &operator=(const Hold &) = delete;
    exercise::Exercise &ex;
};

}  // namespace

GroupCommit::GroupCommit(exercise::Exercise &exercise, Answer answer, Failure failure, QObject *parent)
    : QObject(parent), m_exercise(exercise), m_answer(std::move(answer)), m_failure(std::move(failure)),
      m_turn(new QTimer(this))
{
    // A zero-time timer fires once the event loop has delivered what the sockets that were
    // readable in this turn had to say: that is the batch.
    m_turn->setSingleShot(true);
    m_turn->setInterval(0);
    connect(m_turn, &QTimer::timeout, this, &GroupCommit::flush);
}

GroupCommit::~GroupCommit() = default;

void GroupCommit::add(Act act)
{
    if (m_failed)
        return;
    m_queue.push_back(std::move(act));
    if (!m_enabled) {
        flush();
        return;
    }
    if (!m_turn->isActive())
        m_turn->start();
}

void GroupCommit::flush()
{
    m_turn->stop();
    while (!m_queue.empty() && !m_failed) {
        std::vector<Act> batch;
        if (!m_enabled || m_queue.size() <= size_t(kMaxBatch)) {
            batch.swap(m_queue);
        } else {
            batch.assign(std::make_move_iterator(m_queue.begin()),
                         std::make_move_iterator(m_queue.begin() + kMaxBatch));
            m_queue.erase(m_queue.begin(), m_queue.begin() + kMaxBatch);
            commitBatch(batch);
            if (!m_queue.empty() && !m_failed)
                m_turn->start();  // the rest in the next turn, after other rooms are served
            return;
        }
        commitBatch(batch);
    }
}

void GroupCommit::commitBatch(std::vector<Act> &batch)
{
    std::vector<exercise::Outcome> outcomes;
    outcomes.reserve(batch.size());
    const qint64 commitsBefore = m_exercise.commits();
    try {
        const Hold hold(m_exercise);
        for (const Act &a : batch) {
            const exercise::Exercise::Acting acting(m_exercise, a.name, a.seat);  // a seat's act says who
            outcomes.push_back(m_exercise.perform(a.room, a.action, a.name));
        }
        m_exercise.commitHeld();  // one transaction; the listeners fan the events out after it
    } catch (const store::Error &e) {
        // Nothing of the batch reached the disk and nobody heard of it: answer no one.
        m_failed = true;
        m_queue.clear();
        m_failure(e.message());
        return;
    }
    m_acts += qint64(batch.size());
    m_transactions += m_exercise.commits() - commitsBefore;  // 0 when the batch recorded nothing
    for (size_t i = 0; i < batch.size(); ++i)
        m_answer(batch[i], outcomes[i]);
}

}  // namespace cd::net
