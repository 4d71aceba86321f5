#pragma once
// The white cell: the control team acting as the outside world. Send mail, call a room or
// publish a page as a persona; answer, decline, speak on and hang up the calls rooms make to
// personas. The buttons are enabled by the selected call's state (the console's shortcuts press
// them, so the rules are written once). The list of calls is the white cell's queue: the calls
// ringing for a persona it plays come first, the longest-waiting on top, each with how many
// exercise minutes it has waited (docs/user-guide.en.md says why minutes); the others follow
// in placing order with no waiting time.

#include "exercise/folds.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cd::gui {

class ControlSession;

class WhiteCellDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhiteCellDock)

public:
    /// The calls' columns.
    enum Column { IdColumn, FromColumn, ToColumn, StatusColumn, WaitingColumn };

    WhiteCellDock(ControlSession &session, QWidget *parent = nullptr);
    ~WhiteCellDock() override;

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTreeWidget *calls() const { return m_calls; }
    QLineEdit *sayEdit() const { return m_say; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *hangUpButton() const { return m_hangUp; }
    /// The alert shown while a room's call to a persona rings, with how long it has waited.
    QLabel *callAlert() const { return m_alert; }

    void sendMail();
    void callRoom();
    void publish();
    void answerSelected();
    /// Turns down the selected call ringing for a persona (call.declined: the room hears so).
    void declineSelected();
    void sayOnSelected();
    void hangUpSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A persona this console plays (every persona for a controller; a white-cell seat's own).
    bool played(const QString &party) const;
    void retranslateUi();
    void addEvent(const exercise::Event &e);
    QString selectedCall() const;
    void updateButtons();
    void updateAlert();
    /// Writes each call's waiting time; with `reorder`, sorts the queue too (a call's place
    /// changes only with its events, its wait with the clock).
    void updateQueue(bool reorder);
    QString lineText(const QListWidgetItem *line) const;

    ControlSession &m_session;
    QComboBox *m_persona;
    QComboBox *m_room;
    QComboBox *m_site;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_mail;
    QPushButton *m_call;
    QPushButton *m_publish;
    QTreeWidget *m_calls;
    QListWidget *m_transcript;
    QLineEdit *m_say;
    QPushButton *m_answer;
    QPushButton *m_decline;
    QPushButton *m_hangUp;
    QLabel *m_alert;
};

}  // namespace cd::gui
