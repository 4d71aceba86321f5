#pragma once
// Base of the editor pages that edit one list of the scenario (rooms, injects, personas, sites,
// ...): the items in a table on the left with Add and Remove (and any extra buttons), a form for
// the current item on the right, in a scroll area. It holds the form binding written once:
// - every field added with addField() is enabled only while an item is selected, and commits
//   the item when the user is done with it (editingFinished, activated, toggled, edited), never
//   while the page itself fills the form (showing());
// - the page refreshes on ScenarioDocument::changed (an edit, undo or redo), keeping the
//   current row, so the form always shows the document;
// - reveal() selects an item and focuses the field bound to a JSON key (for diagnostics).
// A subclass fills the form (showItem), builds the edited item and pushes ONE command
// (commitItem), and adds or removes items (addItem, removeItem). It calls finishSetup() at the
// end of its constructor.

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoCommand;

namespace cd::gui {
class ScenarioTableModel;
}

namespace cd::editor {

class IdChecklist;
class ScenarioDocument;
class TextPairEdit;

class ListFormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFormPage)

public:
    int currentRow() const;
    /// Selects item `row` (ignored when out of range) and shows it in the form.
    void selectRow(int row);
    /// Selects `row` and puts the focus on the field bound to `key` ("name", "effect", ...).
    void reveal(int row, const QString &key);
    void setLanguage(const QString &lang);
    gui::ScenarioTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    ListFormPage(ScenarioDocument *document, gui::ScenarioTableModel *model, QWidget *parent);

    ScenarioDocument *document() const { return m_document; }
    bool showing() const { return m_showing; }

    /// Adds a form row: a label (its text set by setLabels, in order) and the field, bound to
    /// commit; `key` is the JSON key that reveal() focuses. A layout is wrapped in a widget.
    QWidget *addField(QWidget *field, const QString &key = {});
    QWidget *addField(QLayout *field, const QString &key = {});
    void setLabels(const QStringList &labels);
    /// Another JSON key that reveal() takes to `field`.
    void addKey(const QString &key, QWidget *field) { m_keys.insert(key, field); }
    /// Another button under the table (e.g. Up, Down).
    void addListButton(QPushButton *button);
    /// Pushes `command` (an add) and selects the new item `row`.
    void pushAndSelect(QUndoCommand *command, int row);
    /// Pushes `command` (one field edit).
    void push(QUndoCommand *command);
    /// Refills the form from the document (e.g. after an input that did not parse).
    void showCurrent();
    /// Ends construction: translates and shows the document.
    void finishSetup();
    /// Commits the current item (for widgets addField() does not know, e.g. ConditionEdit).
    void commit();

    virtual void showItem(int row) = 0;
    virtual void commitItem(int row) = 0;
    virtual void addItem() = 0;
    virtual void removeItem(int row) = 0;
    virtual void retranslateUi() = 0;
    /// After showItem() and the enabling of the fields (e.g. to disable fields of a kind).
    virtual void updateButtons(int row, int count);

    void changeEvent(QEvent *event) override;

private:
    void bindField(QWidget *field);
    void refresh();
    void showSelected();

    ScenarioDocument *m_document;
    gui::ScenarioTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLayout *m_buttons;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QWidget *> m_fields;
    QHash<QString, QWidget *> m_keys;
    bool m_showing = false;
};

}  // namespace cd::editor
