#include "views/repaintthrottle.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

namespace cd::gui {

namespace {
/// 120-220 ms: quick enough to read as live, long enough that 20 windows fed ~10 turns a
/// second spread their repaints over several turns. Successive instances step by 37 ms.
int nextInterval()
{
    static int instances = 0;
    return 120 + (instances++ * 37) % 101;
}

/// How many throttled views may repaint in one event-loop turn, all windows together. Each
/// repaint of a room window's mail list costs ~5-8 ms of text layout; an inject to every room
/// would otherwise repaint 20 windows in one turn.
constexpr int kRepaintsPerTurn = 4;
int g_repaintsThisTurn = 0;

/// Takes one repaint from this turn's budget; false when it is spent.
bool takeRepaint()
{
    if (g_repaintsThisTurn >= kRepaintsPerTurn)
        return false;
    if (g_repaintsThisTurn++ == 0)  // a new turn's budget starts when the loop comes round
        QTimer::singleShot(0, QCoreApplication::instance(), [] { g_repaintsThisTurn = 0; });
    return true;
}
}  // namespace

RepaintThrottle::RepaintThrottle(QAbstractItemView *view) : QObject(view), m_view(view), m_interval(nextInterval())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_userActive = false;
        if (!m_holding)
            return;  // quiet for a whole interval: the next change is painted at once
        if (takeRepaint())
            release();
        m_timer.start(m_holding ? 20 : m_interval);  // budget spent: try again soon
    });
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RepaintThrottle::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RepaintThrottle::changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &RepaintThrottle::changed);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

RepaintThrottle::~RepaintThrottle() = default;

bool RepaintThrottle::isHolding() const
{
    return m_holding;
}

int RepaintThrottle::interval() const
{
    return m_interval;
}

void RepaintThrottle::changed()
{
    if (m_holding || m_userActive)
        return;
    if (!m_timer.isActive() && takeRepaint()) {  // quiet until now: paint this change as usual
        m_timer.start(m_interval);
        return;
    }
    // Hold the whole view (viewport, header, scroll bars): all of them repaint once at release.
    m_holding = true;
    m_view->setUpdatesEnabled(false);
    if (!m_timer.isActive())
        m_timer.start(m_interval);
}

void RepaintThrottle::release()
{
    m_holding = false;
    m_view->setUpdatesEnabled(true);  // repaints the whole view once
}

bool RepaintThrottle::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::FocusIn:
        // The user acts on the view: show it as it is now, and paint what the act changes
        // (selection, a mail marked read) at once for the rest of the interval.
        if (m_holding)
            release();
        m_userActive = true;
        m_timer.start(m_interval);
        break;
    case QEvent::Resize:
    case QEvent::Show:
        if (m_holding)
            release();  // painted anew at its new size anyway
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace cd::gui
