#include "control/clockbar.h"

#include "control/controlsession.h"
#include "views/eventtext.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::gui {

ClockBar::ClockBar(ControlSession &session, QWidget *parent)
    : QToolBar(parent), m_session(session), m_clock(new QLabel(this)), m_offset(new QLabel(this)),
      m_wall(new QLabel(this)), m_next(new QLabel(this)), m_state(new QLabel(this)), m_start(new QPushButton(this)),
      m_pause(new QPushButton(this)), m_end(new QPushButton(this)), m_speed(new QComboBox(this))
{
    setObjectName(QStringLiteral("clockBar"));
    setMovable(false);
    m_clock->setObjectName(QStringLiteral("exerciseClock"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    big.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    m_clock->setFont(big);
    m_clock->setContentsMargins(12, 0, 12, 0);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 12, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_offset);
    sideLayout->addWidget(m_wall);
    auto *info = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(12, 0, 12, 0);
    infoLayout->setSpacing(0);
    infoLayout->addWidget(m_state);
    infoLayout->addWidget(m_next);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    addWidget(m_clock);
    addWidget(side);
    addSeparator();
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_end->setObjectName(QStringLiteral("endButton"));
    m_startSlot = addWidget(m_start);
    m_pauseSlot = addWidget(m_pause);
    addWidget(m_speed);
    addWidget(m_end);
    addSeparator();
    addWidget(info);

    for (int s : {1, 10, 30, 60, 120, 300, 600})
        m_speed->addItem(QString(), s);
    m_speed->addItem(QString(), 0.0);
    m_speed->setCurrentIndex(3);
    connect(m_speed, &QComboBox::activated, this, [this] { m_session.setSpeed(m_speed->currentData().toDouble()); });
    connect(m_start, &QPushButton::clicked, &m_session, &ControlSession::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_session.isPaused())
            m_session.resume();
        else
            m_session.pause();
    });
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("End the exercise"),
                                  tr("End the exercise now? Rooms can then only answer the survey.")) ==
            QMessageBox::Yes)
            m_session.end();
    });
    connect(&m_session, &ControlSession::clockChanged, this, &ClockBar::refresh);
    auto *wallTimer = new QTimer(this);
    connect(wallTimer, &QTimer::timeout, this, &ClockBar::refresh);
    wallTimer->start(1000);
    retranslateUi();
}

ClockBar::~ClockBar() = default;

void ClockBar::retranslateUi()
{
    setWindowTitle(tr("Exercise clock"));
    m_end->setText(tr("End exercise"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const double s = m_speed->itemData(i).toDouble();
        m_speed->setItemText(i, s == 0 ? tr("max speed") : tr("×%1").arg(s));
    }
    refresh();
}

void ClockBar::refresh()
{
    const int minute = m_session.minute();
    const QString start = m_session.scenario().meta.start;
    m_clock->setText(clockText(minute, start));
    m_offset->setText(
        tr("exercise %1 / %2").arg(offsetText(minute), offsetText(m_session.scenario().meta.durationMin)));
    m_wall->setText(tr("wall %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    const int next = m_session.nextInjectMinute();
    m_next->setText(m_session.ended() ? tr("no more injects: the survey is open")
                    : next < 0        ? tr("no timed inject left")
                                      : tr("next inject in %1 min (%2)").arg(next - minute).arg(offsetText(next)));
    QString state;
    if (m_session.ended())
        state = tr("ENDED");
    else if (!m_session.isRunning() && minute > 0)
        state = tr("PAUSED — press Resume");  // a reopened exercise
    else if (!m_session.isRunning())
        state = tr("READY — press Start");
    else if (m_session.isPaused())
        state = tr("PAUSED");
    else
        state = tr("RUNNING");
    m_state->setText(state);
    // One button starts the clock (or resumes a reopened exercise), then gives its place to one
    // that pauses and resumes: never two "Resume" buttons side by side, one of them disabled.
    m_start->setText(minute > 0 ? tr("Resume") : tr("Start"));
    // A seat that is not a controller follows the clock and does not run it.
    const bool runs = m_session.mayRunClock();
    // (Through the toolbar's actions: a toolbar gives a widget its action's enabled state when
    // the action changes, e.g. on setVisible.)
    m_startSlot->setEnabled(runs && !m_session.isRunning() && !m_session.ended());
    m_startSlot->setVisible(!m_session.isRunning());
    m_pauseSlot->setEnabled(runs && m_session.isRunning() && !m_session.ended());
    m_pause->setText(m_session.isPaused() ? tr("Resume") : tr("Pause"));
    m_pauseSlot->setVisible(m_session.isRunning());
    m_end->setEnabled(runs && !m_session.ended());
    m_speed->setEnabled(runs && !m_session.ended());
}

void ClockBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

}  // namespace cd::gui
