#pragma once
// The room window's menus and keyboard shortcuts for the common acts (new mail, reply, forward,
// answer, decline, hang up, speak, place a call, post a page, switch tabs). The actions live on
// the window (Qt::WindowShortcut), so they work whatever tab is visible; each switches to the
// tab it acts on. Acts that need a choice first (placing a call, posting a page) take two
// steps from another tab: the first shows and focuses the form, the second (on that tab) acts,
// so nothing is sent that the user has not seen. Every shortcut in the window is unique.

#include "scenario/scenario.h"

#include <QObject>

class QAction;
class QMenu;

namespace cd::gui {

class RoomWindow;

class RoomActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomActions)

public:
    /// Adds the menus to `window`'s menu bar and the actions to the window.
    explicit RoomActions(RoomWindow *window);
    ~RoomActions() override;

    void retranslateUi();
    /// meta.channels: hides the menu and disables the shortcuts of a channel the exercise does
    /// not allow (and the Go entry of its tab, `tab`).
    void hideChannel(scenario::Channel channel, int tab);
    /// The exercise has ended: only reading and the survey remain (the acts are disabled, and
    /// so are the panels' own buttons for them).
    void setEnded();
    /// An observer's view (`why` non-empty): every act is disabled with `why` as its tip, and so
    /// are the panels' own controls; reading and switching tabs remain.
    void setReadOnly(const QString &why);

    QAction *newMail() const { return m_newMail; }
    QAction *reply() const { return m_reply; }
    QAction *forward() const { return m_forward; }
    QAction *answer() const { return m_answer; }
    QAction *decline() const { return m_decline; }
    QAction *hangUp() const { return m_hangUp; }
    QAction *speak() const { return m_speak; }
    QAction *placeCall() const { return m_call; }
    QAction *post() const { return m_post; }

private:
    QAction *add(QMenu *menu, const QString &name, const QKeySequence &key);
    void showTab(QWidget *panel);
    void updatePost();

    RoomWindow *m_window;
    QMenu *m_mailMenu;
    QMenu *m_phoneMenu;
    QMenu *m_webMenu;
    QMenu *m_goMenu;
    QMenu *m_helpMenu;
    QAction *m_guide;
    QAction *m_newMail;
    QAction *m_reply;
    QAction *m_forward;
    QAction *m_answer;
    QAction *m_decline;
    QAction *m_hangUp;
    QAction *m_speak;
    QAction *m_call;
    QAction *m_post;
    QAction *m_tabActions[4] = {};
    bool m_ended = false;
    QString m_readOnly;
};

}  // namespace cd::gui
