#include "editor/flowpage.h"

#include "editor/commands/addflowcommand.h"
#include "editor/commands/removeflowcommand.h"
#include "editor/commands/setflowcommand.h"
#include "editor/formfields.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "views/roommodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace cd::editor {

using scenario::Action;
using scenario::Role;

namespace {
const QString kFirstImpact = QStringLiteral("first-impact");

QString party(const QString &role, const QString &room)
{
    return role.isEmpty() ? room : FlowPage::tr("every %1").arg(role);
}

SectionModel *flowModel()
{
    return new SectionModel([](const scenario::Scenario &s) { return int(s.expectedFlows.size()); },
                            [] {
                                return QStringList{FlowPage::tr("Id"),   FlowPage::tr("From"),   FlowPage::tr("To"),
                                                   FlowPage::tr("Kind"), FlowPage::tr("Within"), FlowPage::tr("After")};
                            },
                            [](const scenario::Scenario &s, int row, int column, const QString &) -> QString {
                                const scenario::ExpectedFlow &f = s.expectedFlows[row];
                                switch (column) {
                                case 0:
                                    return f.id;
                                case 1:
                                    return party(f.fromRole, f.from);
                                case 2:
                                    return party(f.toRole, f.to);
                                case 3:
                                    return scenario::toString(f.kind);
                                case 4:
                                    return FlowPage::tr("%n min", nullptr, f.withinMin);
                                default:
                                    return f.after;
                                }
                            });
}
}  // namespace

FlowPage::FlowPage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, flowModel(), parent), m_id(new QLineEdit(this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_kind(new QComboBox(this)), m_within(new QSpinBox(this)),
      m_after(new QComboBox(this)), m_theme(new QComboBox(this))
{
    view()->setObjectName(QStringLiteral("flowTable"));
    m_id->setObjectName(QStringLiteral("flowId"));
    for (Action a : {Action::Report, Action::Advisory, Action::Query})
        m_kind->addItem(scenario::toString(a), int(a));
    m_within->setRange(1, 24 * 60);
    addField(m_id, QStringLiteral("id"));
    addField(m_from, QStringLiteral("from"));
    addField(m_to, QStringLiteral("to"));
    addField(m_kind, QStringLiteral("kind"));
    addField(m_within, QStringLiteral("within_min"));
    addField(m_after, QStringLiteral("after"));
    addField(m_theme, QStringLiteral("theme"));
    finishSetup();
}

void FlowPage::retranslateUi()
{
    setLabels({tr("Id"), tr("From"), tr("To"), tr("Message kind"), tr("Within"), tr("After"), tr("Theme")});
    addButton()->setText(tr("Add flow"));
    removeButton()->setText(tr("Remove flow"));
    m_within->setSuffix(tr(" min"));
    m_after->setToolTip(tr("The window opens when this inject fires, or at the first impact of the shocks"));
    fields::fillThemes(m_theme);
    showCurrent();
}

void FlowPage::fillParties(QComboBox *combo, const QString &role, const QString &room)
{
    const scenario::Scenario &s = document()->scenario();
    combo->clear();
    for (Role r : {Role::Nisc, Role::Ministry, Role::Ceptoar, Role::Operator, Role::Agency, Role::Observer})
        combo->addItem(tr("Every room of role %1").arg(gui::RoomModel::roleName(r)),
                       QStringList{QStringLiteral("role"), scenario::toString(r)});
    for (const scenario::Room &r : s.rooms)
        combo->addItem(r.id + QStringLiteral("  ") + r.name.get(model()->language()),
                       QStringList{QStringLiteral("room"), r.id});
    const QStringList current =
        role.isEmpty() ? QStringList{QStringLiteral("room"), room} : QStringList{QStringLiteral("role"), role};
    if (combo->findData(current) < 0)
        combo->addItem(current[1] + QLatin1Char(' ') + tr("(unknown)"), current);
    combo->setCurrentIndex(combo->findData(current));
}

void FlowPage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    const scenario::ExpectedFlow &f = s.expectedFlows[row];
    m_id->setText(f.id);
    fillParties(m_from, f.fromRole, f.from);
    fillParties(m_to, f.toRole, f.to);
    m_kind->setCurrentIndex(m_kind->findData(int(f.kind)));
    m_within->setValue(f.withinMin);
    fields::fillIds(m_after, QStringList{kFirstImpact} + fields::idsOf(s.injects), f.after);
    m_theme->setCurrentIndex(m_theme->findData(f.theme));
}

void FlowPage::commitItem(int row)
{
    const scenario::ExpectedFlow &before = document()->scenario().expectedFlows[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Flow, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::ExpectedFlow f = before;
    const auto setParty = [](QComboBox *combo, QString &role, QString &room) {
        const QStringList data = combo->currentData().toStringList();
        const bool isRole = data.value(0) == QLatin1String("role");
        role = isRole ? data.value(1) : QString();
        room = isRole ? QString() : data.value(1);
    };
    setParty(m_from, f.fromRole, f.from);
    setParty(m_to, f.toRole, f.to);
    f.kind = Action(m_kind->currentData().toInt());
    f.withinMin = m_within->value();
    f.after = m_after->currentData().toString();
    f.theme = m_theme->currentData().toInt();
    if (!(f == before))
        push(new SetFlowCommand(document(), row, f));
}

void FlowPage::addItem()
{
    const auto &list = document()->scenario().expectedFlows;
    scenario::ExpectedFlow f;
    f.id = fields::freshId(QStringLiteral("F-%1"), fields::idsOf(list));
    f.fromRole = QStringLiteral("operator");
    f.toRole = QStringLiteral("ministry");
    f.withinMin = 30;
    f.after = kFirstImpact;
    pushAndSelect(new AddFlowCommand(document(), int(list.size()), f), int(list.size()));
}

void FlowPage::removeItem(int row)
{
    push(new RemoveFlowCommand(document(), row));
}

}  // namespace cd::editor
