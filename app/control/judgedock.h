#pragma once
// The control team's judgements: hypotheses the rooms submitted (judge correct / partly / wrong)
// and response requests waiting for the control team (approve / decline). The judge buttons are
// enabled for a selected hypothesis this console may judge (a controller any, an evaluator seat
// its rooms', exercise/seats.h); approving and declining are a controller's.

#include "exercise/folds.h"

#include <QDockWidget>

class QPushButton;
class QTreeWidget;

namespace cd::gui {

class ControlSession;

class JudgeDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgeDock)

public:
    JudgeDock(ControlSession &session, QWidget *parent = nullptr);
    ~JudgeDock() override;

    QTreeWidget *hypotheses() const { return m_hypotheses; }
    QTreeWidget *requests() const { return m_requests; }
    /// Judges the selected hypothesis ("correct", "partial", "wrong").
    void judge(const QString &verdict);
    /// Approves or declines the selected request.
    void decide(bool approve);
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *approveButton() const { return m_approve; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addEvent(const exercise::Event &e);
    void updateButtons();

    ControlSession &m_session;
    QTreeWidget *m_hypotheses;
    QTreeWidget *m_requests;
    QPushButton *m_correct;
    QPushButton *m_partial;
    QPushButton *m_wrong;
    QPushButton *m_approve;
    QPushButton *m_decline;
};

}  // namespace cd::gui
