#pragma once
// The MSEL on the exercise's hours: one lane per room, a filled mark where a timed inject
// reaches the room (coloured by channel), and a separate band below for the conditional
// injects as hollow marks (they have no time until their condition holds). Clicking a mark
// emits injectClicked.

#include "scenario/scenario.h"

#include <QWidget>

namespace cd::editor {

class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    /// Not owned; call again whenever the scenario changed.
    void setScenario(const scenario::Scenario *s, const QString &lang);
    QSize sizeHint() const override;

signals:
    void injectClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Mark
    {
        QRectF rect;
        int inject;
    };
    static constexpr int kLane = 18;
    static constexpr int kLabelWidth = 150;
    const scenario::Scenario *m_scenario = nullptr;
    QString m_lang;
    std::vector<Mark> m_marks;
};

}  // namespace cd::editor
