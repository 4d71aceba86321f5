#pragma once
// The personas the control team plays (customers, press, vendors, a foreign CSIRT): id, ja/en
// name and kind. An inject names one as its sender ("persona:ID"). Every field edit is one
// SetPersonaCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd::editor {

class PersonaPage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaPage)

public:
    explicit PersonaPage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    QLineEdit *m_id;
    TextPairEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_usedBy;
};

}  // namespace cd::editor
