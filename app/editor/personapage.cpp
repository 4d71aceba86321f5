#include "editor/personapage.h"

#include "editor/commands/addpersonacommand.h"
#include "editor/commands/removepersonacommand.h"
#include "editor/commands/setpersonacommand.h"
#include "editor/formfields.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "editor/textpairedit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace cd::editor {

namespace {
SectionModel *personaModel()
{
    return new SectionModel(
        [](const scenario::Scenario &s) { return int(s.personas.size()); },
        [] {
            return QStringList{PersonaPage::tr("Id"), PersonaPage::tr("Kind"), PersonaPage::tr("Name")};
        },
        [](const scenario::Scenario &s, int row, int column, const QString &lang) -> QString {
            const scenario::Persona &p = s.personas[row];
            return column == 0 ? p.id : column == 1 ? p.kind : p.name.get(lang);
        });
}
}  // namespace

PersonaPage::PersonaPage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, personaModel(), parent), m_id(new QLineEdit(this)), m_name(new TextPairEdit(false, this)),
      m_kind(new QComboBox(this)), m_usedBy(new QLabel(this))
{
    view()->setObjectName(QStringLiteral("personaTable"));
    m_id->setObjectName(QStringLiteral("personaId"));
    m_name->setObjectName(QStringLiteral("personaName"));
    m_kind->setEditable(true);  // free text; the usual kinds offered
    m_kind->addItems({QStringLiteral("customer"), QStringLiteral("press"), QStringLiteral("vendor"),
                      QStringLiteral("csirt"), QStringLiteral("government"), QStringLiteral("operator")});
    m_usedBy->setWordWrap(true);
    addField(m_id, QStringLiteral("id"));
    addField(m_name, QStringLiteral("name"));
    addField(m_kind, QStringLiteral("kind"));
    addField(m_usedBy);
    finishSetup();
}

void PersonaPage::retranslateUi()
{
    setLabels({tr("Id"), tr("Name"), tr("Kind"), tr("Sends")});
    addButton()->setText(tr("Add persona"));
    removeButton()->setText(tr("Remove persona"));
    m_kind->setToolTip(tr("Who the persona is: customer, press, vendor, csirt, government, ..."));
    m_name->retranslateUi();
    showCurrent();
}

void PersonaPage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    const scenario::Persona &p = s.personas[row];
    m_id->setText(p.id);
    m_name->setText(p.name);
    m_kind->setCurrentText(p.kind);
    QStringList injects;
    for (const scenario::Inject &in : s.injects) {
        if (in.from == QStringLiteral("persona:") + p.id)
            injects << in.id;
    }
    m_usedBy->setText(injects.isEmpty() ? tr("no inject yet") : injects.join(QLatin1String(", ")));
}

void PersonaPage::commitItem(int row)
{
    const scenario::Persona &before = document()->scenario().personas[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Persona, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::Persona p = before;
    p.name = m_name->text();
    p.kind = m_kind->currentText().trimmed();
    if (!(p == before))
        push(new SetPersonaCommand(document(), row, p));
}

void PersonaPage::addItem()
{
    const auto &list = document()->scenario().personas;
    const scenario::Persona p{fields::freshId(QStringLiteral("persona-%1"), fields::idsOf(list)),
                              scenario::Text::fromPair(tr("New persona"), QStringLiteral("New persona")),
                              QStringLiteral("customer")};
    pushAndSelect(new AddPersonaCommand(document(), int(list.size()), p), int(list.size()));
}

void PersonaPage::removeItem(int row)
{
    push(new RemovePersonaCommand(document(), row));
}

}  // namespace cd::editor
