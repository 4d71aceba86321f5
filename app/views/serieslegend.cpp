#include "views/serieslegend.h"

#include "views/seriesstyle.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::gui {

namespace {

constexpr int kMargin = 3;
constexpr int kSample = 28;   // the line sample: nearly two periods of the longest dash pattern
constexpr int kGap = 5;       // between the sample and the name
constexpr int kSpacing = 14;  // between columns

QFont boldFont(const QWidget *w)
{
    QFont f = w->font();
    f.setBold(true);
    return f;
}

}  // namespace

SeriesLegend::SeriesLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("seriesLegend"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);  // one white surface with the chart above it
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    retranslateUi();
    setFixedHeight(0);
}

void SeriesLegend::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    if (m_highlighted >= count())
        m_highlighted = -1;
    if (m_current >= count())
        m_current = count() - 1;
    relayout();
}

void SeriesLegend::setHighlighted(int i)
{
    m_highlighted = i >= 0 && i < count() ? i : -1;
    update();
}

SeriesLegend::Layout SeriesLegend::layoutFor(int width) const
{
    // Measured bold, so that the highlighted entry fits its place too.
    const QFontMetrics fm(boldFont(this));
    std::vector<int> widths;
    for (const Entry &e : m_entries)
        widths.push_back(kSample + kGap + fm.horizontalAdvance(e.name) + 2);
    const int available = std::max(1, width - 2 * kMargin);
    // The number of columns (each as wide as the width allows) that takes the fewest rows; the
    // fewest columns of those, the most regular grid.
    Layout best;
    const int narrowest = kSample + kGap + fm.averageCharWidth() * 4;
    for (int columns = 1; columns <= count(); ++columns) {
        const int cell = (available + kSpacing) / columns - kSpacing;
        if (columns > 1 && cell < narrowest)
            break;
        Layout l = placeInCells(widths, std::min(cell, available), available, fm.height() + 1);
        if (best.rects.empty() || l.height < best.height)
            best = std::move(l);
    }
    return best;
}

SeriesLegend::Layout SeriesLegend::placeInCells(const std::vector<int> &widths, int cell, int available, int rowHeight)
{
    // Entries in reading order on a grid of equal cells, a long name spanning as many cells as
    // it needs; a name wider than the whole row is cut short ("…").
    Layout out;
    out.columns = std::max(1, (available + kSpacing) / (cell + kSpacing));
    int column = 0;
    int row = 0;
    for (const int w : widths) {
        const int span = std::min(out.columns, (w + kSpacing + cell + kSpacing - 1) / (cell + kSpacing));
        if (column + span > out.columns) {
            column = 0;
            ++row;
        }
        const int spanWidth = std::min(available, span * cell + (span - 1) * kSpacing);
        out.rects.emplace_back(kMargin + column * (cell + kSpacing), kMargin + row * rowHeight, spanWidth, rowHeight);
        column += span;
    }
    out.height = widths.empty() ? 0 : 2 * kMargin + (row + 1) * rowHeight;
    return out;
}

void SeriesLegend::relayout()
{
    Layout l = layoutFor(width());
    m_rects = std::move(l.rects);
    m_columns = l.columns;
    if (height() != l.height || minimumHeight() != l.height)
        setFixedHeight(l.height);  // the enclosing layout gives the chart the rest
    updateGeometry();
    update();
}

bool SeriesLegend::showsWholeName(int i) const
{
    const QFontMetrics fm(boldFont(this));
    return kSample + kGap + fm.horizontalAdvance(entry(i).name) <= entryRect(i).width();
}

int SeriesLegend::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

QSize SeriesLegend::sizeHint() const
{
    return {std::max(width(), 200), minimumHeight()};
}

QSize SeriesLegend::minimumSizeHint() const
{
    return {kSample + kGap + 60, minimumHeight()};
}

QWidget *SeriesLegend::under(QWidget *chart, SeriesLegend *legend, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(chart, 1);
    layout->addWidget(legend);
    return box;
}

void SeriesLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont normal = font();
    const QFont bold = boldFont(this);
    for (int i = 0; i < count() && i < int(m_rects.size()); ++i) {
        const QRect r = m_rects[size_t(i)];
        const bool lit = i == m_highlighted;
        const int y = r.center().y();
        QPen pen = m_entries[size_t(i)].pen;
        if (lit)
            pen.setWidthF(kSeriesHighlightWidth);
        p.setPen(pen);
        p.drawLine(QPointF(r.left(), y + 0.5), QPointF(r.left() + kSample, y + 0.5));
        p.setFont(lit ? bold : normal);
        p.setPen(palette().color(QPalette::Text));
        const QRect text = r.adjusted(kSample + kGap, 0, 0, 0);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_entries[size_t(i)].name, Qt::ElideRight, text.width()));
        if (i == m_current && hasFocus()) {
            QStyleOptionFocusRect frame;
            frame.initFrom(this);
            frame.rect = r.adjusted(-2, 0, 2, 0);
            frame.backgroundColor = palette().color(QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, &p, this);
        }
    }
}

void SeriesLegend::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < int(m_rects.size()); ++i) {
        if (m_rects[size_t(i)].contains(event->position().toPoint())) {
            m_current = i;  // the keyboard goes on from the entry clicked
            emit entryClicked(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

int SeriesLegend::entryInRow(int i, int rows) const
{
    const QRect from = m_rects[size_t(i)];
    const int y = from.center().y() + rows * from.height();
    int best = i;
    int bestDistance = 0;
    for (int j = 0; j < int(m_rects.size()); ++j) {
        const QRect r = m_rects[size_t(j)];
        if (r.top() > y || r.bottom() < y)
            continue;
        const int distance = std::abs(r.left() - from.left());
        if (best == i || distance < bestDistance) {
            best = j;
            bestDistance = distance;
        }
    }
    return best;
}

void SeriesLegend::keyPressEvent(QKeyEvent *event)
{
    if (count() == 0 || int(m_rects.size()) != count()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int at = std::max(0, m_current);
    int next = at;
    switch (event->key()) {
    case Qt::Key_Left:
        next = std::max(0, at - 1);
        break;
    case Qt::Key_Right:
        next = std::min(count() - 1, at + 1);
        break;
    case Qt::Key_Up:
        next = entryInRow(at, -1);
        break;
    case Qt::Key_Down:
        next = entryInRow(at, +1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = count() - 1;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_current = at;
        emit entryClicked(at);
        update();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_current = next;
    update();
}

void SeriesLegend::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && count() > 0)
        m_current = std::max(0, m_highlighted);
    QWidget::focusInEvent(event);
    update();
}

void SeriesLegend::retranslateUi()
{
    setToolTip(tr("Click a name, or choose it with the arrow keys and press Space, to highlight its line"));
}

void SeriesLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SeriesLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace cd::gui
