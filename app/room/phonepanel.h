#pragma once
// The room's phone: a ringing banner (placed by the window above everything else), the call in
// progress with its transcript and a line to speak into, placing calls from the directory, and
// a call log with busy, failed and missed calls. Everything shown comes from call.* events.

#include "exercise/roomdirectory.h"
#include "exercise/roomview.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::exercise {
class RoomEndpoint;
}

namespace cd::gui {

class PhonePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhonePanel)

public:
    /// `view` is the window's (folded before update() is called) and must outlive the panel.
    PhonePanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory,
               const exercise::RoomView &view, QWidget *parent = nullptr);
    ~PhonePanel() override;

    /// Shows what folding `e` into the view changed.
    void update(const exercise::Event &e, const exercise::RoomView::Change &change);
    void retranslateUi();
    /// The exercise has ended: no call can be placed or answered any more.
    void setEnded();
    /// An observer's view (`why` non-empty): calls are shown, none can be placed, answered,
    /// declined, spoken on or hung up; `why` is each disabled control's tip.
    void setReadOnly(const QString &why);
    /// The ringing banner (hidden unless a call rings here); the window shows it on top.
    QWidget *banner() const { return m_banner; }

    QString ringingCall() const { return m_ringing; }
    QString activeCall() const { return m_active; }
    QListWidget *transcript() const { return m_transcript; }
    QLineEdit *sayEdit() const { return m_sayEdit; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *hangUpButton() const { return m_hangUp; }
    QPushButton *callButton() const { return m_call; }
    QComboBox *calleeCombo() const { return m_callee; }
    QTreeWidget *callLog() const { return m_log; }

public slots:
    void answer();
    void decline();
    void hangUp();
    void speak();
    void placeCall();

signals:
    /// A call started ringing in this room (the window alerts the user).
    void ringing(const QString &caller);

private:
    void updateBanner();
    void updateCallLine();
    void setStatus(const exercise::CallState &call);
    QString partyOf(const exercise::CallState &c) const;
    QString statusText(const exercise::CallState &c) const;
    QString partyId(const exercise::CallState &c) const;
    void addCall(const exercise::CallState &c, exercise::Kind kind, int minute);
    void addLine(const QString &kind, const QString &party, int minute = 0, const QJsonValue &text = {});
    QString lineText(const QListWidgetItem *item) const;

    exercise::RoomEndpoint &m_endpoint;
    const exercise::RoomDirectory &m_directory;
    const exercise::CallBook &m_book;           ///< the room view's calls, folded like the engine's
    QHash<QString, QTreeWidgetItem *> m_items;  ///< each call's row in the log
    QString m_ringing;
    QString m_active;

    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_answer;
    QPushButton *m_decline;
    QLabel *m_callLine;
    QListWidget *m_transcript;
    QLineEdit *m_sayEdit;
    QPushButton *m_sayButton;
    QPushButton *m_hangUp;
    QComboBox *m_callee;
    QComboBox *m_kind;
    QLineEdit *m_opening;
    QPushButton *m_call;
    QTreeWidget *m_log;
    QLabel *m_dialLabel;
    QLabel *m_logLabel;
    bool m_ended = false;
    QString m_readOnly;  ///< why nothing can be done (empty: the room's own window)
};

}  // namespace cd::gui
