#pragma once
// A player room's window (docs/architecture.md "one room interface, two transports"): mail, phone,
// web, the room's service status, hypotheses, response requests and the survey. It relies only
// on RoomEndpoint: actions go out through perform() (which over the network may only mean
// "sent"), and everything shown is rendered from the events the endpoint delivers, including
// acceptance and refusal of the room's own actions. It never sees an Exercise.

#include "exercise/roomdirectory.h"
#include "exercise/vocab.h"

#include <QMainWindow>

namespace cd::exercise {
class RoomEndpoint;
}

class QTabWidget;

namespace cd::gui {

class MailPanel;
class PhonePanel;
class PlayPanel;
class RoomActions;
class WebPanel;

class RoomWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomWindow)

public:
    /// `endpoint` must outlive the window. The window loads the room's past events
    /// (eventsSince(0)) and subscribes to new ones; handlers may be called from the GUI thread only.
    RoomWindow(exercise::RoomEndpoint &endpoint, exercise::RoomDirectory directory, QWidget *parent = nullptr);
    ~RoomWindow() override;

    QString roomId() const;

    // The parts, for tests and for the console's tiling.
    MailPanel *mailPanel() const;
    PhonePanel *phonePanel() const;
    WebPanel *webPanel() const;
    PlayPanel *playPanel() const;
    QTabWidget *tabs() const;
    /// The menus' actions with their shortcuts (they work whatever tab is shown).
    RoomActions *roomActions() const;
    /// The unread count shown on the mail tab (0: none shown).
    int unreadShown() const;
    /// The exercise minute shown by the room's clock. A local room follows the console's clock
    /// with this (every tick, not only when the room receives an event); over `join` it follows
    /// the server's clock (RemoteRoomEndpoint::clockChanged, docs/protocol.md "clock").
    void setExerciseMinute(int minute);
    /// While true, arriving events are history being replayed (a join's backlog after the
    /// welcome): a refusal or a ringing call from the past is listed, not announced.
    void setReplaying(bool replaying);
    bool exerciseEnded() const;
    /// What the status bar's clock says ("Exercise time 13:06", "Exercise ended"), translated.
    QString clockText() const;
    /// An observer seat's view of this room (`crossdrill join` with an observer's URL): titled
    /// "Observer — read only", everything shown as the room sees it, every act disabled with the
    /// reason in its tip, reading a mail marks nothing, and a ringing call does not ask for
    /// attention. The endpoint refuses acts anyway (net::ObservedRoomEndpoint).
    void setReadOnly();
    bool isReadOnly() const;
    /// Why an act is disabled in a read-only window (in the UI language).
    static QString readOnlyReason();

signals:
    /// The clock's text changed (a new minute, the end, the language).
    void clockTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onEvent(const exercise::Event &e);
    void setUnread(int n);
    void updateClock();
    void retranslateUi();

    struct Private;
    Private *d;
};

}  // namespace cd::gui
