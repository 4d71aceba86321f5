// RepaintThrottle (app/views/): which model changes it lets the view paint at once and which
// it holds, and that user input always gets a current view. No timing is asserted: the states
// checked follow from the calls alone (the throttle's timers are never allowed to fire).
#include "views/repaintthrottle.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <memory>

using cd::gui::RepaintThrottle;

class TestRepaintThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void holdsOnlyAfterTheFirstChange_data();
    void holdsOnlyAfterTheFirstChange();
    void userInputReleases_data();
    void userInputReleases();
    void intervalsDiffer();
};

namespace {
void addRow(QStandardItemModel &model, int i)
{
    model.insertRow(0, new QStandardItem(QStringLiteral("mail %1").arg(i)));
}
}  // namespace

void TestRepaintThrottle::init()
{
    // Starts a new event-loop turn: the throttles' shared repaint budget is per turn.
    QCoreApplication::processEvents();
}

void TestRepaintThrottle::holdsOnlyAfterTheFirstChange_data()
{
    QTest::addColumn<int>("changes");
    QTest::addColumn<bool>("holding");
    QTest::newRow("no change") << 0 << false;
    QTest::newRow("one change is painted at once") << 1 << false;
    QTest::newRow("a second change waits") << 2 << true;
    QTest::newRow("a burst waits") << 50 << true;
}

void TestRepaintThrottle::holdsOnlyAfterTheFirstChange()
{
    QFETCH(int, changes);
    QFETCH(bool, holding);
    QStandardItemModel model;
    QTreeView view;
    view.setModel(&model);
    auto *throttle = new RepaintThrottle(&view);
    for (int i = 0; i < changes; ++i)
        addRow(model, i);
    QCOMPARE(throttle->isHolding(), holding);
    QCOMPARE(view.updatesEnabled(), !holding);
    QCOMPARE(model.rowCount(), changes);  // the model itself is never held back
    QCOMPARE(view.model()->rowCount(), changes);
}

void TestRepaintThrottle::userInputReleases_data()
{
    QTest::addColumn<bool>("onViewport");
    QTest::addColumn<int>("type");
    QTest::newRow("click") << true << int(QEvent::MouseButtonPress);
    QTest::newRow("wheel") << true << int(QEvent::Wheel);
    QTest::newRow("key") << false << int(QEvent::KeyPress);
    QTest::newRow("focus") << false << int(QEvent::FocusIn);
}

void TestRepaintThrottle::userInputReleases()
{
    QFETCH(bool, onViewport);
    QFETCH(int, type);
    QStandardItemModel model;
    QTreeView view;
    view.setModel(&model);
    auto *throttle = new RepaintThrottle(&view);
    addRow(model, 1);
    addRow(model, 2);
    QCOMPARE(throttle->isHolding(), true);
    QWidget *target = onViewport ? view.viewport() : static_cast<QWidget *>(&view);
    std::unique_ptr<QEvent> event;
    if (type == QEvent::MouseButtonPress)
        event = std::make_unique<QMouseEvent>(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
                                              Qt::LeftButton, Qt::NoModifier);
    else if (type == QEvent::Wheel)
        event = std::make_unique<QWheelEvent>(QPointF(5, 5), QPointF(5, 5), QPoint(), QPoint(0, 120), Qt::NoButton,
                                              Qt::NoModifier, Qt::NoScrollPhase, false);
    else if (type == QEvent::KeyPress)
        event = std::make_unique<QKeyEvent>(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    else
        event = std::make_unique<QFocusEvent>(QEvent::FocusIn);
    QCoreApplication::sendEvent(target, event.get());
    QCOMPARE(throttle->isHolding(), false);
    QCOMPARE(view.updatesEnabled(), true);
    // What the user's act changes next is painted at once too.
    addRow(model, 3);
    QCOMPARE(throttle->isHolding(), false);
}

void TestRepaintThrottle::intervalsDiffer()
{
    QStandardItemModel model;
    QTreeView a;
    QTreeView b;
    a.setModel(&model);
    b.setModel(&model);
    const auto *ta = new RepaintThrottle(&a);
    const auto *tb = new RepaintThrottle(&b);
    QCOMPARE_NE(ta->interval(), tb->interval());
    QCOMPARE_GE(ta->interval(), 120);
    QCOMPARE_LE(ta->interval(), 220);
}

QTEST_MAIN(TestRepaintThrottle)
#include "tst_repaint_throttle.moc"
