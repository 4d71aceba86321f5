#pragma once
// The console's keyboard shortcuts for running the exercise, listed in the Exercise menu:
// start or resume the clock (F5), pause it (F6), and fire now / skip / delay the inject
// selected in the MSEL timeline (Ctrl+Shift+F / S / D; skip and delay ask a reason). They act
// through the same buttons as the mouse, so the rules (what is enabled when) are written once.
// The white cell's phone for the personas has the room window's keys where the console leaves
// them free: answer Ctrl+Shift+A, hang up Ctrl+Shift+H, and decline Ctrl+Shift+X (Ctrl+Shift+D,
// the room's decline, is Delay here).

#include <QList>
#include <QObject>

class QAction;
class QPushButton;
class QWidget;

namespace cd::gui {

class ControlSession;
class TimelineDock;
class WhiteCellDock;

class ConsoleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActions)

public:
    /// Adds the actions to `window` (window-wide shortcuts); nothing here is owned elsewhere.
    ConsoleActions(ControlSession &session, TimelineDock *timeline, WhiteCellDock *whiteCell, QWidget *window);
    ~ConsoleActions() override;

    /// In menu order, with separators.
    QList<QAction *> actions() const { return m_all; }
    QAction *run() const { return m_run; }
    QAction *pause() const { return m_pause; }
    QAction *fire() const { return m_fire; }
    QAction *skip() const { return m_skip; }
    QAction *delay() const { return m_delay; }
    QAction *answerCall() const { return m_answerCall; }
    QAction *declineCall() const { return m_declineCall; }
    QAction *hangUpCall() const { return m_hangUpCall; }

    void retranslateUi();
    /// Enables what the session's state allows (also called when the clock changes).
    void update();

private:
    QAction *add(const QString &name, const QKeySequence &key);
    void onInject(QPushButton *button);
    void onCall(QPushButton *button);

    ControlSession &m_session;
    TimelineDock *m_timeline;
    WhiteCellDock *m_whiteCell;
    QWidget *m_window;
    QList<QAction *> m_all;
    QAction *m_run;
    QAction *m_pause;
    QAction *m_fire;
    QAction *m_skip;
    QAction *m_delay;
    QAction *m_answerCall;
    QAction *m_declineCall;
    QAction *m_hangUpCall;
};

}  // namespace cd::gui
