#pragma once
// Drives an Exercise from the Qt event loop (the server's counterpart of exercise::runUntil):
// a timer processes each minute when the clock says it is due, so the loop stays free to serve
// rooms in between. At max speed it processes one minute per turn of the loop. A store::Error
// (disk full, I/O error) is caught in the timer's slot: the ticker stops for good and emits
// storageFailed(); what the minute recorded was not committed and the Exercise must not be used
// again (exercise.h "Failure").

#include <QObject>

class QTimer;

namespace cd::exercise {
class Exercise;
}

namespace cd::net {

class ExerciseTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseTicker)

public:
    explicit ExerciseTicker(exercise::Exercise &exercise, QObject *parent = nullptr);

    /// Starts driving (redoing first the minute a crash may have cut short).
    void start();
    void stop();

signals:
    /// The exercise reached its end.
    void ended();
    /// The engine could not record a minute (store::Error); the ticker has stopped.
    void storageFailed(const QString &message);

private:
    void tick();
    void advance();

    exercise::Exercise &m_exercise;
    QTimer *m_timer;
    bool m_first = true;
    bool m_failed = false;
};

}  // namespace cd::net
