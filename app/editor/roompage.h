#pragma once
// The rooms page of the editor: the player rooms in a table (add, remove) and a form for the
// selected one (id, ja/en name, role, own sector, sectors, phone lines). Every field edit is
// one SetRoomCommand (the binding is ListFormPage's).

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd::gui {
class RoomModel;
}

namespace cd::editor {

class RoomPage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomPage)

public:
    explicit RoomPage(ScenarioDocument *document, QWidget *parent = nullptr);

    void selectRoom(int row) { selectRow(row); }
    gui::RoomModel *model() const { return m_model; }

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    RoomPage(ScenarioDocument *document, gui::RoomModel *model, QWidget *parent);

    gui::RoomModel *m_model;
    QLineEdit *m_id;
    TextPairEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_sector;
    QLineEdit *m_sectors;
    QSpinBox *m_lines;
};

}  // namespace cd::editor
