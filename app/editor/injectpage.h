#pragma once
// The MSEL page of the editor: the injects in a table (add, remove, move up/down) and a form
// for the selected one: id, time or condition, channel, from/to/cc pickers, ja/en texts,
// phone script, web page, attachments, expected actions and control notes. Every field edit
// becomes one SetInjectCommand (the binding is ListFormPage's).

#include "editor/listformpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace cd::gui {
class MselModel;
}

namespace cd::editor {

class ConditionEdit;

class InjectPage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectPage)

public:
    explicit InjectPage(ScenarioDocument *document, QWidget *parent = nullptr);

    /// Selects inject `row` and shows it in the form.
    void selectInject(int row) { selectRow(row); }
    gui::MselModel *model() const { return m_model; }

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;
    void updateButtons(int row, int count) override;

private:
    InjectPage(ScenarioDocument *document, gui::MselModel *model, QWidget *parent);
    void moveInject(int delta);
    void fillPickers();

    gui::MselModel *m_model;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QLineEdit *m_id;
    QComboBox *m_timing;
    QLineEdit *m_at;
    ConditionEdit *m_when;
    QLineEdit *m_delay;
    QCheckBox *m_contingency;
    QComboBox *m_channel;
    QComboBox *m_from;
    IdChecklist *m_to;
    IdChecklist *m_cc;
    TextPairEdit *m_subject;
    TextPairEdit *m_body;
    TextPairEdit *m_script;
    QComboBox *m_pageSite;
    QLineEdit *m_pagePath;
    TextPairEdit *m_pageTitle;
    TextPairEdit *m_pageBody;
    QLineEdit *m_attachments;
    QTableWidget *m_expected;
    QPushButton *m_addExpected;
    QPushButton *m_removeExpected;
    TextPairEdit *m_notes;
};

}  // namespace cd::editor
