#pragma once
// Coalesces the repaints of one item view at high event rates (issue 5: 20 room windows and
// 10,000 events stay responsive). A newest-first list shifts every visible row with each new
// item, so each change repaints the whole viewport and Qt lays out the text of every visible
// cell again (~5-8 ms per room window). The first change after a quiet period is painted as
// usual, in the same event-loop turn; changes arriving within the next interval (120-220 ms,
// different for each view so windows fed by the same events drift apart) only leave the view
// dirty (its updates are disabled), and it is repainted once when the interval ends, or at once
// when the user clicks, scrolls or types in it. All throttled views together repaint at most a
// few per event-loop turn; the others wait for a later turn. The model is never held back (it
// stays incremental and current), only the pixels wait.

#include <QObject>
#include <QTimer>

class QAbstractItemView;

namespace cd::gui {

class RepaintThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepaintThrottle)

public:
    /// Watches `view`'s model (set before) for inserted, removed and changed rows.
    explicit RepaintThrottle(QAbstractItemView *view);
    ~RepaintThrottle() override;

    /// Whether the view's repaint is being held now.
    bool isHolding() const;
    int interval() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void release();

    QAbstractItemView *m_view;
    int m_interval;  // ms a repaint may wait
    QTimer m_timer;
    bool m_holding = false;
    bool m_userActive = false;
};

}  // namespace cd::gui
