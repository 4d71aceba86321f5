#include "room/roomactions.h"

#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomwindow.h"
#include "room/webpanel.h"
#include "views/userguide.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

namespace cd::gui {

namespace {
QKeySequence ctrlShift(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | key);
}
}  // namespace

RoomActions::RoomActions(RoomWindow *window)
    : QObject(window), m_window(window), m_mailMenu(window->menuBar()->addMenu(QString())),
      m_phoneMenu(window->menuBar()->addMenu(QString())), m_webMenu(window->menuBar()->addMenu(QString())),
      m_goMenu(window->menuBar()->addMenu(QString())), m_helpMenu(window->menuBar()->addMenu(QString()))
{
    m_mailMenu->setObjectName(QStringLiteral("mailMenu"));
    m_phoneMenu->setObjectName(QStringLiteral("phoneMenu"));
    m_webMenu->setObjectName(QStringLiteral("webMenu"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_webMenu->setToolTipsVisible(true);  // a disabled "Post a page…" says why

    MailPanel *mail = window->mailPanel();
    m_newMail = add(m_mailMenu, QStringLiteral("newMailAction"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_reply = add(m_mailMenu, QStringLiteral("replyAction"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_forward = add(m_mailMenu, QStringLiteral("forwardAction"), ctrlShift(Qt::Key_F));
    connect(m_newMail, &QAction::triggered, this, [this, mail] {
        showTab(mail);
        mail->compose(MailPanel::Compose::New);
    });
    const auto replyOrForward = [this, mail](MailPanel::Compose mode) {
        showTab(mail);
        if (mail->currentMail().isEmpty())
            mail->view()->setFocus(Qt::ShortcutFocusReason);  // choose the mail first
        else
            mail->compose(mode);
    };
    connect(m_reply, &QAction::triggered, this, [replyOrForward] { replyOrForward(MailPanel::Compose::Reply); });
    connect(m_forward, &QAction::triggered, this, [replyOrForward] { replyOrForward(MailPanel::Compose::Forward); });

    PhonePanel *phone = window->phonePanel();
    m_answer = add(m_phoneMenu, QStringLiteral("answerAction"), ctrlShift(Qt::Key_A));
    m_decline = add(m_phoneMenu, QStringLiteral("declineAction"), ctrlShift(Qt::Key_D));
    m_hangUp = add(m_phoneMenu, QStringLiteral("hangUpAction"), ctrlShift(Qt::Key_H));
    m_phoneMenu->addSeparator();
    m_speak = add(m_phoneMenu, QStringLiteral("speakAction"), ctrlShift(Qt::Key_S));
    m_call = add(m_phoneMenu, QStringLiteral("placeCallAction"), ctrlShift(Qt::Key_C));
    connect(m_answer, &QAction::triggered, this, [this, phone] {
        if (phone->ringingCall().isEmpty())
            return;
        showTab(phone);
        phone->answer();
        phone->sayEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_decline, &QAction::triggered, phone, &PhonePanel::decline);
    connect(m_hangUp, &QAction::triggered, this, [this, phone] {
        showTab(phone);
        phone->hangUp();
    });
    connect(m_speak, &QAction::triggered, this, [this, phone] {
        showTab(phone);
        phone->sayEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_call, &QAction::triggered, this, [this, phone] {
        if (m_window->tabs()->currentWidget() == phone) {
            phone->placeCall();
        } else {
            showTab(phone);
            phone->calleeCombo()->setFocus(Qt::ShortcutFocusReason);
        }
    });

    WebPanel *web = window->webPanel();
    m_post = add(m_webMenu, QStringLiteral("postAction"), ctrlShift(Qt::Key_P));
    connect(m_post, &QAction::triggered, this, [this, web] {
        const bool formShown = web->postButton()->isVisibleTo(web);
        if (m_window->tabs()->currentWidget() == web && formShown && !web->pathEdit()->text().trimmed().isEmpty()) {
            web->postButton()->click();
            return;
        }
        showTab(web);
        QLineEdit *field = web->pathEdit()->text().trimmed().isEmpty() ? web->pathEdit() : web->titleEdit();
        if (formShown)
            field->setFocus(Qt::ShortcutFocusReason);
    });

    connect(web, &WebPanel::siteChanged, this, &RoomActions::updatePost);

    for (int i = 0; i < 4; ++i) {
        m_tabActions[i] = add(m_goMenu, QStringLiteral("tabAction%1").arg(i),
                              QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_tabActions[i], &QAction::triggered, this, [this, i] { m_window->tabs()->setCurrentIndex(i); });
    }
    // The players' part of the user guide is in the same window as the controllers'.
    m_guide = add(m_helpMenu, QStringLiteral("userGuideAction"), QKeySequence(QKeySequence::HelpContents));
    connect(m_guide, &QAction::triggered, this, [this] { UserGuideDialog::showFor(m_window); });
    retranslateUi();
}

RoomActions::~RoomActions() = default;

QAction *RoomActions::add(QMenu *menu, const QString &name, const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    m_window->addAction(action);  // fires even when the menu bar is hidden
    return action;
}

void RoomActions::hideChannel(scenario::Channel channel, int tab)
{
    QMenu *menu = channel == scenario::Channel::Mail    ? m_mailMenu
                  : channel == scenario::Channel::Phone ? m_phoneMenu
                                                        : m_webMenu;
    menu->menuAction()->setVisible(false);
    for (QAction *a : menu->actions())
        a->setEnabled(false);  // their shortcuts are on the window too
    if (tab >= 0 && tab < int(std::size(m_tabActions))) {
        m_tabActions[tab]->setVisible(false);
        m_tabActions[tab]->setEnabled(false);
    }
}

void RoomActions::showTab(QWidget *panel)
{
    m_window->tabs()->setCurrentWidget(panel);
}

void RoomActions::setEnded()
{
    if (m_ended)
        return;
    m_ended = true;
    for (QAction *act : {m_newMail, m_reply, m_forward, m_answer, m_decline, m_speak, m_call})
        act->setEnabled(false);
    m_window->mailPanel()->setEnded();
    m_window->phonePanel()->setEnded();
    m_window->webPanel()->setEnded();
    m_window->playPanel()->setEnded();
    updatePost();
}

void RoomActions::setReadOnly(const QString &why)
{
    m_readOnly = why;
    m_mailMenu->setToolTipsVisible(true);  // a disabled entry says why
    m_phoneMenu->setToolTipsVisible(true);
    for (QAction *act : {m_newMail, m_reply, m_forward, m_answer, m_decline, m_hangUp, m_speak, m_call}) {
        act->setEnabled(false);
        act->setToolTip(why);
        act->setStatusTip(why);
    }
    m_window->mailPanel()->setReadOnly(why);
    m_window->phonePanel()->setReadOnly(why);
    m_window->webPanel()->setReadOnly(why);
    m_window->playPanel()->setReadOnly(why);
    updatePost();
}

void RoomActions::updatePost()
{
    // Disabled with the reason in its tips: a menu entry that silently does nothing reads as a bug.
    const WebPanel *web = m_window->webPanel();
    const QString reason =
        !m_readOnly.isEmpty() ? m_readOnly
        : m_ended             ? tr("The exercise has ended: pages can only be read.")
        : !web->canPost() ? tr("This room cannot post on the selected site (%1).").arg(web->siteCombo()->currentText())
                          : QString();
    m_post->setEnabled(reason.isEmpty() && m_webMenu->menuAction()->isVisible());  // hidden: meta.channels
    const QString tip =
        reason.isEmpty() ? tr("Shows the post form on the Web tab; on that tab, posts the page") : reason;
    m_post->setStatusTip(tip);
    m_post->setToolTip(tip);
}

void RoomActions::retranslateUi()
{
    m_mailMenu->setTitle(tr("&Mail"));
    m_phoneMenu->setTitle(tr("&Phone"));
    m_webMenu->setTitle(tr("&Web"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guide->setText(tr("&User guide"));
    m_newMail->setText(tr("&New mail…"));
    m_reply->setText(tr("&Reply…"));
    m_forward->setText(tr("&Forward…"));
    m_answer->setText(tr("&Answer the ringing call"));
    m_decline->setText(tr("&Decline the ringing call"));
    m_hangUp->setText(tr("&Hang up"));
    m_speak->setText(tr("&Speak on the call"));
    m_call->setText(tr("Place a &call…"));
    m_call->setStatusTip(tr("Shows the dial on the Phone tab; on that tab, calls the chosen party"));
    m_post->setText(tr("&Post a page…"));
    updatePost();
    const QString tabs[4] = {tr("&Mail"), tr("&Phone"), tr("&Web"), tr("&Status and play")};
    for (int i = 0; i < 4; ++i)
        m_tabActions[i]->setText(tabs[i]);
}

}  // namespace cd::gui
