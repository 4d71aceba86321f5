#pragma once
// The expected information-sharing flows the exercise checks: id, from and to (a role or a
// room), the message kind, the window in minutes, what it counts from (an inject or the first
// impact) and the verification theme. Every field edit is one SetFlowCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd::editor {

class FlowPage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPage)

public:
    explicit FlowPage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    /// Roles then rooms; data is {"role", ROLE} or {"room", ID}.
    void fillParties(QComboBox *combo, const QString &role, const QString &room);

    QLineEdit *m_id;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_kind;
    QSpinBox *m_within;
    QComboBox *m_after;
    QComboBox *m_theme;
};

}  // namespace cd::editor
