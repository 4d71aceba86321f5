#pragma once
// The rooms page of the editor: the player rooms in a table (add, remove) and a form for the
// selected one (id, ja/en name, role, own sector, sectors, phone lines). Every field edit is
// one SetRoomCommand.

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cd::gui {
class RoomModel;
}

namespace cd::editor {

class ScenarioDocument;
class TextPairEdit;

class RoomPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomPage)

public:
    explicit RoomPage(ScenarioDocument *document, QWidget *parent = nullptr);

    void selectRoom(int row);
    int currentRow() const;
    gui::RoomModel *model() const { return m_model; }
    void setLanguage(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showRoom();
    void commit();
    void addRoom();

    ScenarioDocument *m_document;
    gui::RoomModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLineEdit *m_id;
    TextPairEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_sector;
    QLineEdit *m_sectors;
    QSpinBox *m_lines;
    bool m_showing = false;
};

}  // namespace cd::editor
