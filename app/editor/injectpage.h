#pragma once
// The MSEL page of the editor: the injects in a table (add, remove, move up/down) and a form
// for the selected one: id, time or condition, channel, from/to/cc pickers, ja/en texts,
// phone script, web page, attachments, expected actions and control notes. Every field edit
// becomes one SetInjectCommand.

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace cd::gui {
class MselModel;
}

namespace cd::editor {

class ConditionEdit;
class ScenarioDocument;
class TextPairEdit;

class InjectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectPage)

public:
    explicit InjectPage(ScenarioDocument *document, QWidget *parent = nullptr);

    /// Selects inject `row` and shows it in the form.
    void selectInject(int row);
    int currentRow() const;
    gui::MselModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setLanguage(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showInject();
    void commit();
    void addInject();
    void removeInject();
    void moveInject(int delta);
    void fillPickers();

    ScenarioDocument *m_document;
    gui::MselModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QFormLayout *m_form;
    QLineEdit *m_id;
    QComboBox *m_timing;
    QLineEdit *m_at;
    ConditionEdit *m_when;
    QLineEdit *m_delay;
    QCheckBox *m_contingency;
    QComboBox *m_channel;
    QComboBox *m_from;
    QListWidget *m_to;
    QListWidget *m_cc;
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
    QList<QLabel *> m_labels;
    bool m_showing = false;
};

}  // namespace cd::editor
