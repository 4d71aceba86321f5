#pragma once
// A chart's legend as a widget under the chart (QChart's own legend, beside the plot, cut the
// list off when it had more entries than the plot's height: issue 15). One entry per series: a
// short stretch of line drawn with the series' own pen (colour and dash) and its name. Entries
// run in reading order on a grid of equal columns, as many as the width takes, a long name
// spanning two or more (the column width is the one that takes the fewest rows), and the widget
// is as tall as its rows, so every entry is always in sight. Clicking an entry
// reports it (the charts highlight that series); the highlighted entry is drawn bold. From the
// keyboard: Tab into the legend, the arrow keys (Up/Down by row), Home and End move a focus frame
// over the entries, and Space or Enter reports the framed one as a click does.

#include <QPen>
#include <QWidget>

#include <vector>

namespace cd::gui {

class SeriesLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesLegend)

public:
    struct Entry
    {
        QString name;
        QPen pen;
    };

    explicit SeriesLegend(QWidget *parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    int count() const { return int(m_entries.size()); }
    const Entry &entry(int i) const { return m_entries.at(size_t(i)); }
    /// Where entry i is drawn at the current width (widget coordinates).
    QRect entryRect(int i) const { return m_rects.at(size_t(i)); }
    /// The grid's columns at the current width (a long name may span several).
    int columnCount() const { return m_columns; }
    /// Whether entry i's name is drawn in full (not cut short with "…") at the current width.
    bool showsWholeName(int i) const;
    /// Draws entry i (-1: none) bold with a wider line sample.
    void setHighlighted(int i);
    int highlighted() const { return m_highlighted; }
    /// The entry the keyboard frame is on (-1: none yet).
    int current() const { return m_current; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// `chart` above `legend` in one widget (for a splitter, a tab or a layout).
    static QWidget *under(QWidget *chart, SeriesLegend *legend, QWidget *parent = nullptr);

signals:
    void entryClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout
    {
        std::vector<QRect> rects;
        int columns = 0;
        int height = 0;
    };
    Layout layoutFor(int width) const;
    static Layout placeInCells(const std::vector<int> &widths, int cell, int available, int rowHeight);
    void relayout();
    /// The entry in the row `rows` away from entry i (+1 below, -1 above) nearest it across.
    int entryInRow(int i, int rows) const;
    void retranslateUi();

    std::vector<Entry> m_entries;
    std::vector<QRect> m_rects;
    int m_columns = 0;
    int m_highlighted = -1;
    int m_current = -1;
};

}  // namespace cd::gui
