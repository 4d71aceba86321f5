#pragma once
// The post-exercise questionnaire: per question its id, ja/en text, type (a 1-5 scale, a
// choice, free text), the choices (ja/en, for a choice question) and the theme it covers.
// Every field edit, and adding or removing a choice, is one SetQuestionCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace cd::editor {

class SurveyPage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyPage)

public:
    explicit SurveyPage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    QLineEdit *m_id;
    TextPairEdit *m_text;
    QComboBox *m_type;
    QTableWidget *m_options;
    QPushButton *m_addOption;
    QPushButton *m_removeOption;
    QComboBox *m_theme;
};

}  // namespace cd::editor
