#include "editor/roompage.h"

#include "editor/commands/addroomcommand.h"
#include "editor/commands/removeroomcommand.h"
#include "editor/commands/setroomcommand.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"
#include "views/roommodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace cd::editor {

using scenario::Role;

RoomPage::RoomPage(ScenarioDocument *document, QWidget *parent) : RoomPage(document, new gui::RoomModel, parent) {}

RoomPage::RoomPage(ScenarioDocument *document, gui::RoomModel *model, QWidget *parent)
    : ListFormPage(document, model, parent), m_model(model), m_id(new QLineEdit(this)),
      m_name(new TextPairEdit(false, this)), m_role(new QComboBox(this)), m_sector(new QComboBox(this)),
      m_sectors(new QLineEdit(this)), m_lines(new QSpinBox(this))
{
    view()->setObjectName(QStringLiteral("roomTable"));
    m_id->setObjectName(QStringLiteral("roomId"));
    m_lines->setRange(1, 99);
    for (Role r : {Role::Nisc, Role::Ministry, Role::Ceptoar, Role::Operator, Role::Agency, Role::Observer})
        m_role->addItem(scenario::toString(r), int(r));
    addField(m_id, QStringLiteral("id"));
    addField(m_name, QStringLiteral("name"));
    addField(m_role, QStringLiteral("role"));
    addField(m_sector, QStringLiteral("sector"));
    addField(m_sectors, QStringLiteral("sectors"));
    addField(m_lines, QStringLiteral("phone_lines"));
    finishSetup();
}

void RoomPage::retranslateUi()
{
    setLabels({tr("Id"), tr("Name"), tr("Role"), tr("Own sector"), tr("Sectors"), tr("Phone lines")});
    addButton()->setText(tr("Add room"));
    removeButton()->setText(tr("Remove room"));
    m_sectors->setPlaceholderText(tr("sector ids separated by ; (a ministry)"));
    m_name->retranslateUi();
}

void RoomPage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    m_sector->clear();
    m_sector->addItem(QString());
    for (const scenario::Node &n : s.graph.nodes)
        m_sector->addItem(n.id);
    const scenario::Room &r = s.rooms[row];
    m_id->setText(r.id);
    m_name->setText(r.name);
    m_role->setCurrentIndex(m_role->findData(int(r.role)));
    m_sector->setCurrentText(r.sector);
    m_sectors->setText(r.sectors.join(QLatin1String("; ")));
    m_lines->setValue(r.phoneLines);
}

void RoomPage::commitItem(int row)
{
    const scenario::Room &before = document()->scenario().rooms[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Room, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::Room r = before;
    r.name = m_name->text();
    r.role = Role(m_role->currentData().toInt());
    r.sector = m_sector->currentText();
    r.sectors.clear();
    for (const QString &id : m_sectors->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            r.sectors << id.trimmed();
    r.phoneLines = m_lines->value();
    if (!(r == before))
        push(new SetRoomCommand(document(), row, r));
}

void RoomPage::addItem()
{
    const scenario::Scenario &s = document()->scenario();
    scenario::Room r;
    int n = int(s.rooms.size()) + 1;
    while (s.room(QStringLiteral("room-%1").arg(n)))
        ++n;
    r.id = QStringLiteral("room-%1").arg(n);
    r.name = scenario::Text::fromPair(tr("New room"), QStringLiteral("New room"));
    const int at = int(s.rooms.size());
    pushAndSelect(new AddRoomCommand(document(), at, r), at);
}

void RoomPage::removeItem(int row)
{
    push(new RemoveRoomCommand(document(), row));
}

}  // namespace cd::editor
