#pragma once
// Debrief replay: a time slider over a finished (or running) exercise that shows the control
// console's state at any exercise time (the MSEL's status, the sector board with q and state per
// sector, and the traffic so far), computed by folding the log up to that time
// (report::Replay). Self-contained: the control console docks it.

#include "report/replay.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSlider;
class QTableWidget;

namespace cd::store {
class EventLog;
}

namespace cd::gui {

class DebriefReplay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebriefReplay)

public:
    /// Opens the exercise database at `dbPath` (read only) and shows it at its start.
    explicit DebriefReplay(const QString &dbPath, QWidget *parent = nullptr);
    /// Same on an already open log (not owned; read once here).
    explicit DebriefReplay(store::EventLog &log, QWidget *parent = nullptr);
    ~DebriefReplay() override;

    int minute() const;
    int endMinute() const;
    QString errorText() const { return m_error; }
    /// The state shown (for the console and tests).
    const report::ReplayState &state() const { return m_state; }

public slots:
    /// Shows the exercise at `minute` (clamped to 0..end) and moves the slider there.
    void setMinute(int minute);

signals:
    void minuteChanged(int minute);

private:
    void load(store::EventLog *log);
    void buildUi();
    void showMinute(int minute);

    std::unique_ptr<report::Replay> m_replay;
    report::ReplayState m_state;
    QString m_error;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QTableWidget *m_msel = nullptr;
    QTableWidget *m_sectors = nullptr;
    QTableWidget *m_traffic = nullptr;
};

}  // namespace cd::gui
