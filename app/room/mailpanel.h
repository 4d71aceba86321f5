#pragma once
// The room's mail: inbox and sent folders over one MailModel (the room view's mailbox), a reading pane that shows the
// selected mail with its thread and attachments, and new / reply / forward (the window's
// shortcuts Ctrl+N, Ctrl+R, Ctrl+Shift+F reach them from any tab). Opening an unread mail marks it read (an action; the
// mark comes back as an event).

#include "exercise/roomdirectory.h"
#include "exercise/roomview.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;
class QPushButton;

namespace cd::exercise {
class RoomEndpoint;
}

namespace cd::gui {

class MailModel;

class MailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPanel)

public:
    /// `view` is the window's (folded before update() is called) and must outlive the panel.
    MailPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory,
              const exercise::RoomView &view, QWidget *parent = nullptr);
    ~MailPanel() override;

    /// Shows what folding one event into the view changed.
    void update(const exercise::RoomView::Change &change);
    void retranslateUi();

    MailModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *folderCombo() const { return m_folder; }
    QTextBrowser *reader() const { return m_reader; }
    /// The id of the selected mail, empty if none.
    QString currentMail() const;

    enum class Compose { New, Reply, Forward };
    /// Opens the compose dialog without blocking (window-modal); sending is an action.
    void compose(Compose mode);
    /// The exercise has ended: mail can be read, not written.
    void setEnded();
    /// An observer's view (`why` non-empty): mail can be read, not written, and reading it
    /// marks nothing; `why` is each disabled button's tip.
    void setReadOnly(const QString &why);

signals:
    void unreadChanged(int unread);
    /// Emitted with the dialog once it is shown.
    void composeOpened(QWidget *dialog);

private:
    void showCurrent();

    exercise::RoomEndpoint &m_endpoint;
    const exercise::RoomDirectory &m_directory;
    const exercise::RoomMailbox &m_box;
    MailModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_folder;
    QTreeView *m_view;
    QTextBrowser *m_reader;
    QPushButton *m_new;
    QPushButton *m_reply;
    QPushButton *m_forward;
    bool m_ended = false;
    QString m_readOnly;  ///< why nothing can be sent (empty: the room's own window)
};

}  // namespace cd::gui
