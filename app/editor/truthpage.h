#pragma once
// The truth page (control-only): root cause and narrative (ja/en), and the shocks that drive
// the model, in a table with a form (sector, c, from, to). Each edit is one command.

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd::editor {

class ScenarioDocument;
class ShockModel;
class TextPairEdit;

class TruthPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TruthPage)

public:
    explicit TruthPage(ScenarioDocument *document, QWidget *parent = nullptr);

    void selectShock(int row);
    ShockModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showShock();
    void commitStory();
    void commitShock();
    int currentRow() const;

    ScenarioDocument *m_document;
    QList<QLabel *> m_labels;
    TextPairEdit *m_rootCause;
    TextPairEdit *m_narrative;
    ShockModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_node;
    QDoubleSpinBox *m_c;
    QLineEdit *m_from;
    QLineEdit *m_to;
    bool m_showing = false;
};

}  // namespace cd::editor
