#include "net/exerciseticker.h"

#include "exercise/exercise.h"
#include "store/sqlite.h"

#include <QTimer>

#include <algorithm>

namespace cd::net {

ExerciseTicker::ExerciseTicker(exercise::Exercise &exercise, QObject *parent)
    : QObject(parent), m_exercise(exercise), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExerciseTicker::tick);
}

void ExerciseTicker::start()
{
    if (!m_failed)
        m_timer->start(0);
}

void ExerciseTicker::stop()
{
    m_timer->stop();
}

void ExerciseTicker::tick()
{
    if (m_failed)
        return;
    try {
        advance();
    } catch (const store::Error &e) {
        m_failed = true;
        m_timer->stop();
        emit storageFailed(e.message());
    }
}

void ExerciseTicker::advance()
{
    if (m_first) {
        // Started paused (`serve --paused`, a lobby): not even the start minute until resumed.
        if (m_exercise.clock().isPaused() && !m_exercise.ended()) {
            m_timer->start(250);
            return;
        }
        m_first = false;
        m_exercise.advanceTo(m_exercise.minute());  // the start minute, or the one a crash cut short
    }
    if (m_exercise.ended()) {
        emit ended();
        return;
    }
    const int next = m_exercise.minute() + 1;
    const int due = m_exercise.clock().dueMinute();
    if (due >= next) {
        m_exercise.advanceTo(next);  // one minute per turn: rooms are served in between
        if (m_exercise.ended())
            emit ended();
        else
            m_timer->start(0);
        return;
    }
    const qint64 wait = m_exercise.clock().msUntil(next);
    // Paused: look again later (a resume is an event from the control team).
    m_timer->start(int(std::clamp<qint64>(wait < 0 ? 500 : wait, 1, 500)));
}

}  // namespace cd::net
