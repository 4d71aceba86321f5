#pragma once
// The exercise clock bar: the exercise time large enough to read from across the room, the
// wall time, start / pause / resume / speed / end, and the time to the next timed inject.

#include <QToolBar>

class QComboBox;
class QLabel;
class QPushButton;

namespace cd::gui {

class ControlSession;

class ClockBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockBar)

public:
    ClockBar(ControlSession &session, QWidget *parent = nullptr);
    ~ClockBar() override;
    QPushButton *pauseButton() const { return m_pause; }

    void refresh();
    QLabel *exerciseClock() const { return m_clock; }
    QPushButton *startButton() const { return m_start; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ControlSession &m_session;
    QLabel *m_clock;
    QLabel *m_offset;
    QLabel *m_wall;
    QLabel *m_next;
    QLabel *m_state;
    QPushButton *m_start;
    QPushButton *m_pause;
    QAction *m_startSlot = nullptr;  ///< the toolbar's action for m_start (its visibility)
    QAction *m_pauseSlot = nullptr;
    QPushButton *m_end;
    QComboBox *m_speed;
};

}  // namespace cd::gui
