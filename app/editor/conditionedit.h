#pragma once
// A small tree editor for an inject's condition ("when"): each row is one condition, leaves
// test the model or the exercise (node q >= X, breach, fired + delay, met, missed, response)
// and All/Any/Not rows combine their children. Emits edited() after each change.

#include "scenario/scenario.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::editor {

class ConditionEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionEdit)

public:
    explicit ConditionEdit(QWidget *parent = nullptr);

    void setCondition(const scenario::Condition &c);
    scenario::Condition condition() const;
    /// A kind's name as the JSON writes it ("q_ge" for NodeQ, "all", ...).
    static QString kindName(scenario::Condition::Kind k);
    void retranslateUi();

signals:
    void edited();

private:
    void addItem(QTreeWidgetItem *parent, const scenario::Condition &c);
    scenario::Condition read(const QTreeWidgetItem *item) const;
    void showCurrent();
    void commitCurrent();
    void addChild();
    void removeCurrent();

    QTreeWidget *m_tree;
    QComboBox *m_kind;
    QLineEdit *m_ref;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_remove;
};

}  // namespace cd::editor
