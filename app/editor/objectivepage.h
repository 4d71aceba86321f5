#pragma once
// The objectives of the exercise (meta.objectives): id, ja/en text and the verification theme
// each belongs to. Every field edit is one SetObjectiveCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;

namespace cd::editor {

class ObjectivePage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectivePage)

public:
    explicit ObjectivePage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    QLineEdit *m_id;
    TextPairEdit *m_text;
    QComboBox *m_theme;
};

}  // namespace cd::editor
