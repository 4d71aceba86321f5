#include "editor/timelineview.h"

#include "editor/reach.h"

#include <QMouseEvent>
#include <QPainter>

namespace cd::editor {

namespace {
QColor channelColor(scenario::Channel c)
{
    switch (c) {
    case scenario::Channel::Mail:
        return QColor(0x2b, 0x6c, 0xb0);
    case scenario::Channel::Phone:
        return QColor(0xc0, 0x5a, 0x1a);
    case scenario::Channel::Web:
        return QColor(0x2f, 0x8a, 0x3e);
    }
    return Qt::gray;
}
}  // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setMouseTracking(false);
}

void TimelineView::setScenario(const scenario::Scenario *s, const QString &lang)
{
    m_scenario = s;
    m_lang = lang;
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    const int rooms = m_scenario ? int(m_scenario->rooms.size()) : 0;
    return {900, 40 + (rooms + 2) * kLane + 20};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    m_marks.clear();
    if (!m_scenario)
        return;
    const scenario::Scenario &s = *m_scenario;
    const int rooms = int(s.rooms.size());
    const int top = 24;
    const qreal x0 = kLabelWidth, x1 = width() - 30;  // room for the last hour label
    int maxMin = qMax(60, s.meta.durationMin);
    for (const scenario::Inject &in : s.injects)
        maxMin = qMax(maxMin, in.atMin.value_or(0));
    const auto xOf = [&](int minute) { return x0 + (x1 - x0) * minute / maxMin; };

    // Hour grid and labels.
    p.setPen(palette().color(QPalette::Mid));
    for (int h = 0; h * 60 <= maxMin; ++h) {
        const qreal x = xOf(h * 60);
        p.drawLine(QPointF(x, top), QPointF(x, top + (rooms + 1.5) * kLane));
        p.drawText(QRectF(x - 30, 4, 60, 16), Qt::AlignCenter, scenario::formatOffset(h * 60));
    }
    // Lanes.
    for (int r = 0; r < rooms; ++r) {
        const qreal y = top + r * kLane;
        if (r % 2)
            p.fillRect(QRectF(0, y, width(), kLane), palette().alternateBase());
        p.setPen(palette().color(QPalette::Text));
        const QString name = s.rooms[r].name.get(m_lang).isEmpty() ? s.rooms[r].id : s.rooms[r].name.get(m_lang);
        p.drawText(QRectF(4, y, kLabelWidth - 8, kLane), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, kLabelWidth - 8));
    }
    // Conditional band.
    const qreal bandY = top + rooms * kLane + kLane / 2.0;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(4, bandY, kLabelWidth - 8, kLane), Qt::AlignVCenter | Qt::AlignLeft, tr("Conditional"));
    std::vector<int> conditional;
    for (int i = 0; i < int(s.injects.size()); ++i) {
        const scenario::Inject &in = s.injects[i];
        if (!in.atMin) {
            conditional.push_back(i);
            continue;
        }
        for (int r = 0; r < rooms; ++r) {
            if (!reaches(s, in, s.rooms[r].id))
                continue;
            const QRectF mark(xOf(*in.atMin) - 4, top + r * kLane + kLane / 2.0 - 4, 8, 8);
            p.setPen(Qt::NoPen);
            p.setBrush(channelColor(in.channel));
            p.drawEllipse(mark);
            m_marks.push_back({mark.adjusted(-2, -2, 2, 2), i});
        }
    }
    for (int k = 0; k < int(conditional.size()); ++k) {
        const int i = conditional[k];
        const qreal x = x0 + (x1 - x0) * (k + 0.5) / qMax<int>(1, int(conditional.size()));
        const QRectF mark(x - 5, bandY + kLane / 2.0 - 5, 10, 10);
        p.setPen(QPen(channelColor(s.injects[i].channel), 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(mark);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x - 40, bandY + kLane, 80, 14), Qt::AlignCenter, s.injects[i].id);
        m_marks.push_back({mark.adjusted(-2, -2, 2, 2), i});
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    for (const Mark &m : m_marks) {
        if (m.rect.contains(event->position())) {
            emit injectClicked(m.inject);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

}  // namespace cd::editor
