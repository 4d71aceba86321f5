#include "editor/objectivepage.h"

#include "editor/commands/addobjectivecommand.h"
#include "editor/commands/removeobjectivecommand.h"
#include "editor/commands/setobjectivecommand.h"
#include "editor/formfields.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "editor/textpairedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace cd::editor {

namespace {
SectionModel *objectiveModel()
{
    return new SectionModel(
        [](const scenario::Scenario &s) { return int(s.meta.objectives.size()); },
        [] {
            return QStringList{ObjectivePage::tr("Id"), ObjectivePage::tr("Theme"), ObjectivePage::tr("Objective")};
        },
        [](const scenario::Scenario &s, int row, int column, const QString &lang) -> QString {
            const scenario::Objective &o = s.meta.objectives[row];
            return column == 0 ? o.id : column == 1 ? QString::number(o.theme) : o.text.get(lang);
        });
}
}  // namespace

ObjectivePage::ObjectivePage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, objectiveModel(), parent), m_id(new QLineEdit(this)), m_text(new TextPairEdit(true, this)),
      m_theme(new QComboBox(this))
{
    view()->setObjectName(QStringLiteral("objectiveTable"));
    m_id->setObjectName(QStringLiteral("objectiveId"));
    addField(m_id, QStringLiteral("id"));
    addField(m_text, QStringLiteral("text"));
    addField(m_theme, QStringLiteral("theme"));
    finishSetup();
}

void ObjectivePage::retranslateUi()
{
    setLabels({tr("Id"), tr("Objective"), tr("Theme")});
    addButton()->setText(tr("Add objective"));
    removeButton()->setText(tr("Remove objective"));
    m_theme->setToolTip(tr("The verification theme (検証課題) the objective serves"));
    fields::fillThemes(m_theme);
    m_text->retranslateUi();
}

void ObjectivePage::showItem(int row)
{
    const scenario::Objective &o = document()->scenario().meta.objectives[row];
    m_id->setText(o.id);
    m_text->setText(o.text);
    m_theme->setCurrentIndex(m_theme->findData(o.theme));
}

void ObjectivePage::commitItem(int row)
{
    const scenario::Objective &before = document()->scenario().meta.objectives[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Objective, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::Objective o = before;
    o.text = m_text->text();
    o.theme = m_theme->currentData().toInt();
    if (!(o == before))
        push(new SetObjectiveCommand(document(), row, o));
}

void ObjectivePage::addItem()
{
    const auto &list = document()->scenario().meta.objectives;
    scenario::Objective o{fields::freshId(QStringLiteral("O%1"), fields::idsOf(list)),
                          scenario::Text::fromPair(tr("New objective"), QStringLiteral("New objective")), 1};
    pushAndSelect(new AddObjectiveCommand(document(), int(list.size()), o), int(list.size()));
}

void ObjectivePage::removeItem(int row)
{
    push(new RemoveObjectiveCommand(document(), row));
}

}  // namespace cd::editor
