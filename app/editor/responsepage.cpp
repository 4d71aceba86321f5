#include "editor/responsepage.h"

#include "editor/commands/addresponsecommand.h"
#include "editor/commands/removeresponsecommand.h"
#include "editor/commands/setresponsecommand.h"
#include "editor/formfields.h"
#include "editor/idchecklist.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "editor/textpairedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace cd::editor {

using scenario::Effect;

namespace {
QString effectKey(Effect::Kind k)
{
    switch (k) {
    case Effect::Kind::AddAutonomy:
        return QStringLiteral("add_autonomy_h");
    case Effect::Kind::ScaleWeight:
        return QStringLiteral("scale_weight");
    case Effect::Kind::SetShock:
        return QStringLiteral("set_shock");
    case Effect::Kind::SetRate:
        return QStringLiteral("set_rate_per_h");
    }
    return {};
}

bool onEdge(Effect::Kind k)
{
    return k == Effect::Kind::AddAutonomy || k == Effect::Kind::ScaleWeight;
}

QString edgeText(const QString &from, const QString &to)
{
    return from + QStringLiteral(" → ") + to;
}

SectionModel *responseModel()
{
    return new SectionModel([](const scenario::Scenario &s) { return int(s.responses.size()); },
                            [] {
                                return QStringList{ResponsePage::tr("Id"), ResponsePage::tr("Lead"),
                                                   ResponsePage::tr("Effect"), ResponsePage::tr("Name")};
                            },
                            [](const scenario::Scenario &s, int row, int column, const QString &lang) -> QString {
                                const scenario::Response &r = s.responses[row];
                                switch (column) {
                                case 0:
                                    return r.id;
                                case 1:
                                    return scenario::formatOffset(r.leadMin);
                                case 2:
                                    return effectKey(r.effect.kind) + QLatin1Char(' ') +
                                           fields::formatNumber(r.effect.value);
                                default:
                                    return r.name.get(lang);
                                }
                            });
}
}  // namespace

ResponsePage::ResponsePage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, responseModel(), parent), m_id(new QLineEdit(this)), m_name(new TextPairEdit(false, this)),
      m_rooms(new IdChecklist(this)), m_lead(new QLineEdit(this)), m_approval(new QComboBox(this)),
      m_effect(new QComboBox(this)), m_value(new QLineEdit(this)), m_edge(new QComboBox(this)),
      m_node(new QComboBox(this))
{
    view()->setObjectName(QStringLiteral("responseTable"));
    m_id->setObjectName(QStringLiteral("responseId"));
    addField(m_id, QStringLiteral("id"));
    addField(m_name, QStringLiteral("name"));
    addField(m_rooms, QStringLiteral("rooms"));
    addField(m_lead, QStringLiteral("lead"));
    addField(m_approval, QStringLiteral("approval"));
    addField(m_effect, QStringLiteral("effect"));
    addField(m_value, QStringLiteral("effect.add_autonomy_h"));
    addField(m_edge, QStringLiteral("effect.edge"));
    addField(m_node, QStringLiteral("effect.node"));
    for (const char *key : {"effect.scale_weight", "effect.set_shock", "effect.set_rate_per_h"})
        addKey(QLatin1String(key), m_value);
    finishSetup();
}

void ResponsePage::retranslateUi()
{
    setLabels({tr("Id"), tr("Name"), tr("Who may request"), tr("Lead time"), tr("Approval"), tr("Effect"), tr("Value"),
               tr("Edge"), tr("Node")});
    addButton()->setText(tr("Add response"));
    removeButton()->setText(tr("Remove response"));
    m_lead->setPlaceholderText(tr("+HH:MM from the request to the effect"));
    const int approval = m_approval->currentIndex(), effect = m_effect->currentIndex();
    m_approval->clear();
    m_approval->addItem(tr("Automatic (approved when requested)"), int(scenario::Approval::Auto));
    m_approval->addItem(tr("The control team approves or declines"), int(scenario::Approval::Control));
    m_approval->setCurrentIndex(approval);
    m_effect->clear();
    m_effect->addItem(tr("Add autonomy to an edge (hours)"), int(Effect::Kind::AddAutonomy));
    m_effect->addItem(tr("Scale an edge's weight (factor)"), int(Effect::Kind::ScaleWeight));
    m_effect->addItem(tr("Set a node's shock (0-1)"), int(Effect::Kind::SetShock));
    m_effect->addItem(tr("Set a node's recovery rate (per hour, or inf)"), int(Effect::Kind::SetRate));
    m_effect->setCurrentIndex(effect);
    m_name->retranslateUi();
    showCurrent();
}

void ResponsePage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    const scenario::Response &r = s.responses[row];
    m_id->setText(r.id);
    m_name->setText(r.name);
    m_rooms->setChoices(fields::roomChoices(s, model()->language(), true));
    m_rooms->setChecked(r.rooms);
    m_lead->setText(scenario::formatOffset(r.leadMin));
    m_approval->setCurrentIndex(m_approval->findData(int(r.approval)));
    m_effect->setCurrentIndex(m_effect->findData(int(r.effect.kind)));
    m_value->setText(fields::formatNumber(r.effect.value));
    m_value->setToolTip(effectKey(r.effect.kind));
    m_edge->clear();
    for (const scenario::Edge &e : s.graph.edges)
        m_edge->addItem(edgeText(e.from, e.to), QStringList{e.from, e.to});
    const QStringList edge{r.effect.edgeFrom, r.effect.edgeTo};
    if (m_edge->findData(edge) < 0)
        m_edge->addItem(
            onEdge(r.effect.kind) ? edgeText(edge[0], edge[1]) + QLatin1Char(' ') + tr("(unknown)") : QString(), edge);
    m_edge->setCurrentIndex(m_edge->findData(edge));
    fields::fillIds(m_node, fields::nodeIds(s), r.effect.node);
    m_edge->setEnabled(onEdge(r.effect.kind));
    m_node->setEnabled(!onEdge(r.effect.kind));
}

void ResponsePage::commitItem(int row)
{
    const scenario::Response &before = document()->scenario().responses[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Response, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::Response r = before;
    r.name = m_name->text();
    r.rooms = m_rooms->checked();
    r.leadMin = scenario::parseOffset(m_lead->text().trimmed()).value_or(before.leadMin);
    r.approval = scenario::Approval(m_approval->currentData().toInt());
    r.effect.kind = Effect::Kind(m_effect->currentData().toInt());
    r.effect.value =
        fields::parseNumber(m_value->text(), r.effect.kind == Effect::Kind::SetRate).value_or(before.effect.value);
    if (onEdge(r.effect.kind)) {
        const QStringList edge = m_edge->currentData().toStringList();
        r.effect.edgeFrom = edge.value(0);
        r.effect.edgeTo = edge.value(1);
        r.effect.node.clear();
        if (r.effect.edgeFrom.isEmpty() && !document()->scenario().graph.edges.empty()) {
            r.effect.edgeFrom = document()->scenario().graph.edges.front().from;
            r.effect.edgeTo = document()->scenario().graph.edges.front().to;
        }
    } else {
        r.effect.edgeFrom.clear();
        r.effect.edgeTo.clear();
        r.effect.node = m_node->currentData().toString();
        if (r.effect.node.isEmpty() && !document()->scenario().graph.nodes.empty())
            r.effect.node = document()->scenario().graph.nodes.front().id;
    }
    if (r == before)
        showCurrent();  // e.g. an unparsable lead time: show the stored value again
    else
        push(new SetResponseCommand(document(), row, r));
}

void ResponsePage::addItem()
{
    const scenario::Scenario &s = document()->scenario();
    scenario::Response r;
    r.id = fields::freshId(QStringLiteral("R-%1"), fields::idsOf(s.responses));
    r.name = scenario::Text::fromPair(tr("New response"), QStringLiteral("New response"));
    r.rooms = {QStringLiteral("all")};
    r.leadMin = 30;
    r.effect.kind = Effect::Kind::SetShock;
    r.effect.value = 0;
    r.effect.node = s.graph.nodes.empty() ? QString() : s.graph.nodes.front().id;
    const int at = int(s.responses.size());
    pushAndSelect(new AddResponseCommand(document(), at, r), at);
}

void ResponsePage::removeItem(int row)
{
    push(new RemoveResponseCommand(document(), row));
}

}  // namespace cd::editor
