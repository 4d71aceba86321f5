#include "control/consoleactions.h"

#include "control/controlsession.h"
#include "control/timelinedock.h"
#include "control/whitecelldock.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>

namespace cd::gui {

ConsoleActions::ConsoleActions(ControlSession &session, TimelineDock *timeline, WhiteCellDock *whiteCell,
                               QWidget *window)
    : QObject(window), m_session(session), m_timeline(timeline), m_whiteCell(whiteCell), m_window(window)
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_all << separator;
    m_run = add(QStringLiteral("runAction"), QKeySequence(Qt::Key_F5));
    m_pause = add(QStringLiteral("pauseAction"), QKeySequence(Qt::Key_F6));
    separator = new QAction(this);
    separator->setSeparator(true);
    m_all << separator;
    m_fire = add(QStringLiteral("fireAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_skip = add(QStringLiteral("skipAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_delay = add(QStringLiteral("delayAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    separator = new QAction(this);
    separator->setSeparator(true);
    m_all << separator;
    m_answerCall = add(QStringLiteral("personaAnswerAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_declineCall = add(QStringLiteral("personaDeclineAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_hangUpCall = add(QStringLiteral("personaHangUpAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    connect(m_run, &QAction::triggered, this, [this] {
        if (!m_session.isRunning())
            m_session.start();
        else if (m_session.isPaused())
            m_session.resume();
    });
    connect(m_pause, &QAction::triggered, &m_session, &ControlSession::pause);
    connect(m_fire, &QAction::triggered, this, [this] { onInject(m_timeline->fireButton()); });
    connect(m_skip, &QAction::triggered, this, [this] { onInject(m_timeline->skipButton()); });
    connect(m_delay, &QAction::triggered, this, [this] { onInject(m_timeline->delayButton()); });
    connect(m_answerCall, &QAction::triggered, this, [this] { onCall(m_whiteCell->answerButton()); });
    connect(m_declineCall, &QAction::triggered, this, [this] { onCall(m_whiteCell->declineButton()); });
    connect(m_hangUpCall, &QAction::triggered, this, [this] { onCall(m_whiteCell->hangUpButton()); });
    connect(&m_session, &ControlSession::clockChanged, this, &ConsoleActions::update);
    retranslateUi();
}

ConsoleActions::~ConsoleActions() = default;

QAction *ConsoleActions::add(const QString &name, const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_all << action;
    return action;
}

void ConsoleActions::onInject(QPushButton *button)
{
    // The timeline is where the inject is chosen: show it; act only on a selected open inject.
    m_timeline->show();
    m_timeline->raise();
    if (m_timeline->currentInject().isEmpty())
        m_timeline->view()->setFocus(Qt::ShortcutFocusReason);
    else if (button->isEnabled())
        button->click();
}

void ConsoleActions::onCall(QPushButton *button)
{
    // The white cell is where the call is chosen (the newest ringing one is selected).
    m_whiteCell->show();
    m_whiteCell->raise();
    if (button->isEnabled())
        button->click();
}

void ConsoleActions::update()
{
    const bool ended = m_session.ended() || !m_session.mayRunClock();
    m_run->setEnabled(!ended && (!m_session.isRunning() || m_session.isPaused()));
    m_run->setText(m_session.isRunning() || m_session.minute() > 0 ? tr("&Resume the clock") : tr("&Start the clock"));
    m_pause->setEnabled(!ended && m_session.isRunning() && !m_session.isPaused());
}

void ConsoleActions::retranslateUi()
{
    m_pause->setText(tr("&Pause the clock"));
    m_fire->setText(tr("&Fire the selected inject now"));
    m_skip->setText(tr("S&kip the selected inject…"));
    m_delay->setText(tr("&Delay the selected inject…"));
    m_answerCall->setText(tr("&Answer the call to a persona"));
    m_declineCall->setText(tr("De&cline the call to a persona"));
    m_hangUpCall->setText(tr("&Hang up the persona's call"));
    update();
}

}  // namespace cd::gui
