#pragma once
// The mitigations players may request: id, ja/en name, who may request (rooms or "all"), lead
// time, approval (automatic or by the control team) and the effect on the model (more autonomy
// or a scaled weight on an edge, a new shock or rate on a node). Every field edit is one
// SetResponseCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;

namespace cd::editor {

class ResponsePage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePage)

public:
    explicit ResponsePage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    QLineEdit *m_id;
    TextPairEdit *m_name;
    IdChecklist *m_rooms;
    QLineEdit *m_lead;
    QComboBox *m_approval;
    QComboBox *m_effect;
    QLineEdit *m_value;
    QComboBox *m_edge;
    QComboBox *m_node;
};

}  // namespace cd::editor
