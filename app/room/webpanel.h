#pragma once
// The web as a room sees it: the sites it may read (from its directory), their pages (the room
// view's latest version of each path) and a post form on the sites it may post to.

#include "exercise/roomdirectory.h"
#include "exercise/roomview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace cd::exercise {
class RoomEndpoint;
}

namespace cd::gui {

class WebPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPanel)

public:
    /// `view` is the window's (folded before update() is called) and must outlive the panel.
    WebPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory, const exercise::RoomView &view,
             QWidget *parent = nullptr);
    ~WebPanel() override;

    /// Shows what folding one event into the view changed.
    void update(const exercise::RoomView::Change &change);
    void retranslateUi();

    QComboBox *siteCombo() const { return m_site; }
    QListWidget *pageList() const { return m_pages; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *postButton() const { return m_post; }
    /// Whether this room may post on the selected site (and the exercise has not ended).
    bool canPost() const;
    /// The exercise has ended: the post form goes, pages can still be read.
    void setEnded();
    /// An observer's view (`why` non-empty): pages are read, never posted; the form's place
    /// says `why`.
    void setReadOnly(const QString &why);
    /// Why nothing can be posted here (empty: the room's own window).
    QString readOnlyReason() const { return m_readOnly; }

signals:
    /// A page this room may read was posted or updated.
    void pageUpdated();
    /// Another site was selected (what may be done on it may have changed).
    void siteChanged();

private:
    void showSite();
    void showPage();
    void post();

    exercise::RoomEndpoint &m_endpoint;
    const exercise::RoomDirectory &m_directory;
    const exercise::RoomView &m_view;
    QComboBox *m_site;
    QListWidget *m_pages;
    QTextBrowser *m_page;
    QWidget *m_form;
    QLabel *m_formLabel;
    QLineEdit *m_path;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QPushButton *m_post;
    bool m_ended = false;
    QString m_readOnly;
};

}  // namespace cd::gui
