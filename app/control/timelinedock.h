#pragma once
// The MSEL timeline dock: every inject with its time or condition, channel, parties, status and
// expected actions; fire now, skip or delay the selected inject (skip and delay ask a reason).

#include <QDockWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd::gui {

class ControlSession;
class TimelineModel;

class TimelineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDock)

public:
    TimelineDock(ControlSession &session, QWidget *parent = nullptr);
    ~TimelineDock() override;

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected inject's id, empty if none.
    QString currentInject() const;
    void selectInject(const QString &id);
    /// Shows only the injects whose shown text contains `text` (any column, any case).
    void setFilterText(const QString &text);
    QPushButton *fireButton() const { return m_fire; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *delayButton() const { return m_delay; }

    /// The control actions on the selected inject (the dialogs call these).
    void fire(const QString &reason);
    void skip(const QString &reason);
    void delay(int minutes, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void askAndAct(bool isDelay);
    void updateButtons();

    ControlSession &m_session;
    TimelineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_fire;
    QPushButton *m_skip;
    QPushButton *m_delay;
};

}  // namespace cd::gui
