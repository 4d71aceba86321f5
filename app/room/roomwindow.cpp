#include "room/roomwindow.h"

#include "exercise/payloads.h"
#include "exercise/roomendpoint.h"
#include "exercise/roomview.h"
#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomactions.h"
#include "room/webpanel.h"
#include "views/eventtext.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

struct RoomWindow::Private
{
    exercise::RoomEndpoint &endpoint;
    exercise::RoomDirectory directory;
    exercise::RoomView view;  ///< everything the panels show, folded once (exercise/roomview.h)
    int minute = 0;           ///< the clock shown: the view's latest event or the console's tick
    QTabWidget *tabs = nullptr;
    MailPanel *mail = nullptr;
    PhonePanel *phone = nullptr;
    WebPanel *web = nullptr;
    PlayPanel *play = nullptr;
    QLabel *clock = nullptr;
    QLabel *unreadBadge = nullptr;  // the mail tab's unread count, see setUnread()
    RoomActions *actions = nullptr;
    bool loadingPast = false;
    bool replaying = false;
    bool readOnly = false;
};

RoomWindow::RoomWindow(exercise::RoomEndpoint &endpoint, exercise::RoomDirectory directory, QWidget *parent)
    : QMainWindow(parent), d(new Private{endpoint, directory, exercise::RoomView(directory.room)})
{
    setObjectName(QStringLiteral("roomWindow_") + d->directory.room);
    setAttribute(Qt::WA_DeleteOnClose, false);
    d->tabs = new QTabWidget(this);
    d->mail = new MailPanel(endpoint, d->directory, d->view, d->tabs);
    d->phone = new PhonePanel(endpoint, d->directory, d->view, d->tabs);
    d->web = new WebPanel(endpoint, d->directory, d->view, d->tabs);
    d->play = new PlayPanel(endpoint, d->directory, d->tabs);
    d->tabs->addTab(d->mail, QString());
    d->tabs->addTab(d->phone, QString());
    d->tabs->addTab(d->web, QString());
    d->tabs->addTab(d->play, QString());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The ringing banner keeps its place when hidden: showing it must not move the tabs and
    // buttons under the user's pointer (a click meant for Say or Hang up landing elsewhere).
    QWidget *banner = d->phone->banner();
    QSizePolicy bannerPolicy = banner->sizePolicy();
    bannerPolicy.setRetainSizeWhenHidden(true);
    banner->setSizePolicy(bannerPolicy);
    layout->addWidget(banner);
    layout->addWidget(d->tabs, 1);
    setCentralWidget(central);
    d->clock = new QLabel(this);
    d->clock->setObjectName(QStringLiteral("roomClock"));
    QFont f = d->clock->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    d->clock->setFont(f);
    statusBar()->addPermanentWidget(d->clock);

    d->unreadBadge = new QLabel(d->tabs->tabBar());
    d->unreadBadge->setObjectName(QStringLiteral("unreadBadge"));
    QFont bold = d->unreadBadge->font();
    bold.setBold(true);
    d->unreadBadge->setFont(bold);
    // Room for three digits from the start: the tab bar is laid out once here, not again when
    // the first mail arrives or the count reaches 10 or 100 (20 windows fed by the same inject
    // would all lay out their tab bars in one event-loop turn).
    const QFontMetrics metrics(bold);
    d->unreadBadge->setFixedSize(metrics.horizontalAdvance(QStringLiteral("888")) + metrics.averageCharWidth(),
                                 metrics.height());
    d->tabs->tabBar()->setTabButton(0, QTabBar::RightSide, d->unreadBadge);
    connect(d->mail, &MailPanel::unreadChanged, this, &RoomWindow::setUnread);
    connect(d->phone, &PhonePanel::ringing, this, [this] {
        if (d->loadingPast || d->replaying)
            return;  // a call that rang before the window opened: see below
        d->tabs->setCurrentWidget(d->phone);
        if (!d->readOnly)  // an observer watches; the room answers
            QApplication::alert(this);
    });
    connect(d->play, &PlayPanel::surveyOpened, this, [this] { d->tabs->setCurrentWidget(d->play); });
    d->actions = new RoomActions(this);
    retranslateUi();
    // meta.channels (docs/scenario-format.md): a channel the exercise does not allow has no tab, menu or
    // shortcut here (the 2007 exercise was mail only).
    const std::pair<scenario::Channel, QWidget *> channelTabs[] = {
        {scenario::Channel::Mail, d->mail}, {scenario::Channel::Phone, d->phone}, {scenario::Channel::Web, d->web}};
    for (const auto &[channel, panel] : channelTabs) {
        if (d->directory.allows(channel))
            continue;
        const int tab = d->tabs->indexOf(panel);
        d->tabs->setTabVisible(tab, false);
        d->actions->hideChannel(channel, tab);
    }
    if (!d->tabs->isTabVisible(d->tabs->currentIndex()))
        for (int i = 0; i < d->tabs->count(); ++i)
            if (d->tabs->isTabVisible(i)) {
                d->tabs->setCurrentIndex(i);
                break;
            }

    // Past events first (a window opened mid-exercise, or a reconnect), then live ones. The
    // handler may outlive the window (an endpoint has no unsubscribe): it checks the pointer.
    d->loadingPast = true;
    for (const exercise::Event &e : endpoint.eventsSince(0))
        onEvent(e);
    d->loadingPast = false;
    if (!d->phone->ringingCall().isEmpty()) {  // only a call still ringing now calls for attention
        d->tabs->setCurrentWidget(d->phone);
        QApplication::alert(this);
    }
    QPointer<RoomWindow> self(this);
    endpoint.subscribe([self](const exercise::Event &e) {
        if (self)
            self->onEvent(e);
    });
    resize(1000, 720);
}

RoomWindow::~RoomWindow()
{
    // The panels read the directory in d (their views lay out again as they are hidden): they
    // go first, while it is there.
    hide();
    delete takeCentralWidget();
    delete d;
}

QString RoomWindow::roomId() const
{
    return d->directory.room;
}

MailPanel *RoomWindow::mailPanel() const
{
    return d->mail;
}

PhonePanel *RoomWindow::phonePanel() const
{
    return d->phone;
}

WebPanel *RoomWindow::webPanel() const
{
    return d->web;
}

PlayPanel *RoomWindow::playPanel() const
{
    return d->play;
}

QTabWidget *RoomWindow::tabs() const
{
    return d->tabs;
}

RoomActions *RoomWindow::roomActions() const
{
    return d->actions;
}

void RoomWindow::onEvent(const exercise::Event &e)
{
    const exercise::RoomView::Change change = d->view.apply(e);
    if (!change.fresh)
        return;
    d->minute = std::max(d->minute, e.minute);
    d->mail->update(change);
    d->phone->update(e, change);
    d->web->update(change);
    d->play->update(change);
    if (change.ended)
        d->actions->setEnded();
    // A refusal is news only when it answers what was just done here; one from the log (a
    // window opened later, a join's backlog) is history: the status bar would present it as new.
    if (kindOf(e) == Kind::Refused && e.actor == d->directory.room && !d->loadingPast && !d->replaying)
        statusBar()->showMessage(tr("Not done: %1").arg(exercise::RefusedPayload::fromJson(e.payload).reason), 15000);
    updateClock();
}

void RoomWindow::setExerciseMinute(int minute)
{
    if (minute <= d->minute)
        return;
    d->minute = minute;
    updateClock();
}

void RoomWindow::setReadOnly()
{
    d->readOnly = true;
    d->actions->setReadOnly(readOnlyReason());
    // The ringing banner keeps its place so that a click is not moved under the pointer; with
    // nothing to click, that place would only be an empty band on the observer's screen.
    QWidget *banner = d->phone->banner();
    QSizePolicy policy = banner->sizePolicy();
    policy.setRetainSizeWhenHidden(false);
    banner->setSizePolicy(policy);
    retranslateUi();
}

bool RoomWindow::isReadOnly() const
{
    return d->readOnly;
}

QString RoomWindow::readOnlyReason()
{
    return tr("Observer — read only: this seat sees what the room sees and cannot act for it.");
}

void RoomWindow::setReplaying(bool replaying)
{
    d->replaying = replaying;
}

bool RoomWindow::exerciseEnded() const
{
    return d->view.ended();
}

int RoomWindow::unreadShown() const
{
    const QLabel *badge = d->unreadBadge;
    if (!badge->isVisibleTo(this) || badge->text().isEmpty())
        return 0;
    return badge->text().toInt();
}

void RoomWindow::setUnread(int n)
{
    // The count sits in a fixed-size label beside the tab's text: changing a tab's text makes
    // QTabWidget lay itself out and repaint everything in it (the whole mail panel) on every new
    // mail. The label only changes its own pixels; the tab bar is laid out again only when the
    // count needs more room than the three digits reserved (1000 unread).
    QLabel *badge = d->unreadBadge;
    const QString text = n > 0 ? QString::number(n) : QString();
    if (text == badge->text())
        return;
    badge->setText(text);
    const QFontMetrics metrics(badge->font());
    const int needed = metrics.horizontalAdvance(text) + metrics.averageCharWidth();
    if (needed > badge->width()) {
        badge->setFixedWidth(needed);
        // Lays the tabs out again. Setting the same button again would hide it (QTabBar hides
        // the button it replaces), so take it off first.
        d->tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
        d->tabs->tabBar()->setTabButton(0, QTabBar::RightSide, badge);
    }
}

void RoomWindow::updateClock()
{
    const QString text = d->view.ended()
                             ? tr("Exercise ended")
                             : tr("Exercise time %1").arg(::cd::gui::clockText(d->minute, d->directory.start));
    if (text == d->clock->text())
        return;
    d->clock->setText(text);
    emit clockTextChanged(text);
}

QString RoomWindow::clockText() const
{
    return d->clock->text();
}

void RoomWindow::retranslateUi()
{
    const QString lang = uiLanguage();
    const QString name = d->directory.roomName.isEmpty() ? d->directory.room : d->directory.roomName.get(lang);
    setWindowTitle(d->readOnly ? tr("%1 — Observer — read only — CrossDrill").arg(name)
                               : tr("%1 — CrossDrill room").arg(name));
    d->tabs->setTabText(0, tr("Mail"));
    d->tabs->setTabText(1, tr("Phone"));
    d->tabs->setTabText(2, tr("Web"));
    d->tabs->setTabText(3, tr("Status and play"));
    updateClock();
}

void RoomWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        statusBar()->clearMessage();  // a message in the other language would stay until its timeout
        retranslateUi();
        d->mail->retranslateUi();
        d->phone->retranslateUi();
        d->web->retranslateUi();
        d->play->retranslateUi();
        d->actions->retranslateUi();
        if (d->readOnly)  // the reason, in the new language
            d->actions->setReadOnly(readOnlyReason());
    }
    QMainWindow::changeEvent(event);
}

}  // namespace cd::gui
