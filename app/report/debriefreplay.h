#pragma once
// Debrief replay (the hot wash on a projector): a time slider and a play button over the whole
// exercise that show, at exercise time T, the sector board (q, state, the sector's own units out
// and unit-hours so far) with the q(t) chart and its cursor, the injects fired, who knew the
// cause by then (the report's knowledge map), and the messages sent so far; a list jumps to any
// inject, flow or breach. Computed by folding the log up to T (report::Replay), so it agrees
// with the report.

#include "report/replay.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSplitter;
class QTableWidget;
class QTimer;

namespace cd::store {
class EventLog;
}

namespace cd::gui {

class ReplayChart;

class DebriefReplay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebriefReplay)

public:
    /// Opens the exercise database at `dbPath` (read only) and shows it at its start.
    explicit DebriefReplay(const QString &dbPath, QWidget *parent = nullptr);
    /// Same on an already open log (not owned; read once here).
    explicit DebriefReplay(store::EventLog &log, QWidget *parent = nullptr);
    /// On a report already computed from `events` (the report window's).
    DebriefReplay(report::Report report, std::vector<store::Event> events, QWidget *parent = nullptr);
    ~DebriefReplay() override;

    int minute() const;
    int endMinute() const;
    QString errorText() const { return m_error; }
    /// The state shown (for the console and tests).
    const report::ReplayState &state() const { return m_state; }
    /// The moments the jump list offers, in its order.
    const std::vector<report::ReplayMark> &marks() const { return m_marks; }
    bool isPlaying() const;
    ReplayChart *chart() const { return m_chart; }

public slots:
    /// Shows the exercise at `minute` (clamped to 0..end) and moves the slider there.
    void setMinute(int minute);
    /// Plays from the minute shown (from the start when at the end); pause() stops.
    void play();
    void pause();
    /// Shows the exercise at marks()[index].
    void jumpTo(int index);

signals:
    void minuteChanged(int minute);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitSectors();
    void load(store::EventLog *log);
    void buildUi();
    QWidget *buildTop();
    void showMinute(int minute);
    void showSectors();
    void showKnowledge();
    QString markText(const report::ReplayMark &m) const;

    std::unique_ptr<report::Replay> m_replay;
    report::ReplayState m_state;
    std::vector<report::ReplayMark> m_marks;
    QString m_error;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QComboBox *m_jump = nullptr;
    QTimer *m_timer = nullptr;
    double m_carry = 0;  ///< minutes of playing not yet shown
    ReplayChart *m_chart = nullptr;
    QTableWidget *m_msel = nullptr;
    QTableWidget *m_sectors = nullptr;
    QSplitter *m_left = nullptr;  ///< the sector table above the chart
    QTableWidget *m_knowledge = nullptr;
    QTableWidget *m_traffic = nullptr;
};

}  // namespace cd::gui
