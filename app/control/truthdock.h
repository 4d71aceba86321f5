#pragma once
// The truth panel: the hidden root cause, the narrative, the shocks and every inject's control
// notes. Unmistakably control-only (red frame and banner), because a player glancing at the
// control screen must not mistake it for something they may know.

#include "scenario/scenario.h"

#include <QDockWidget>

class QLabel;
class QTextBrowser;

namespace cd::gui {

class TruthDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TruthDock)

public:
    TruthDock(const scenario::Scenario &scenario, QWidget *parent = nullptr);
    ~TruthDock() override;

    QLabel *banner() const { return m_banner; }
    QTextBrowser *text() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const scenario::Scenario &m_scenario;
    QLabel *m_banner;
    QTextBrowser *m_text;
};

}  // namespace cd::gui
