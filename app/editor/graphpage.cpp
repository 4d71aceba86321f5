#include "editor/graphpage.h"

#include "editor/commands/addnodecommand.h"
#include "editor/commands/connectnodescommand.h"
#include "editor/commands/movenodecommand.h"
#include "editor/commands/removeedgecommand.h"
#include "editor/commands/removenodecommand.h"
#include "editor/commands/setedgecommand.h"
#include "editor/commands/setnodecommand.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace cd::editor {

namespace {
QDoubleSpinBox *spin(QWidget *parent, double max, double step, int decimals)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    return s;
}
}  // namespace

GraphPage::GraphPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_canvas(new GraphCanvas(this)), m_toolBar(new QToolBar(this)),
      m_addNode(new QAction(this)), m_connect(new QAction(this)), m_delete(new QAction(this)),
      m_stack(new QStackedWidget(this)), m_nodeId(new QLineEdit(this)), m_nodeName(new TextPairEdit(false, this)),
      m_rate(new QLineEdit(this)), m_served(spin(this, 1e12, 1000, 0)), m_unit(new QLineEdit(this)),
      m_hasLevel(new QCheckBox(this)), m_levelUnits(spin(this, 1e12, 1000, 0)), m_levelMinutes(new QSpinBox(this)),
      m_initial(spin(this, 1, 0.05, 3)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_weight(spin(this, 1, 0.05, 3)), m_autonomy(spin(this, 1e4, 0.5, 2)), m_recharge(spin(this, 1e4, 0.5, 2)),
      m_kind(new QComboBox(this))
{
    m_levelMinutes->setRange(0, 100000);
    m_connect->setCheckable(true);
    m_connect->setObjectName(QStringLiteral("connectAction"));
    m_nodeId->setObjectName(QStringLiteral("nodeId"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_canvas->addAction(m_delete);
    m_toolBar->addActions({m_addNode, m_connect, m_delete});
    for (const char *k : {"power", "communications", "data", "fuel", "water", "transport", "finance", "staff", "other"})
        m_kind->addItem(QLatin1String(k));

    auto *empty = new QLabel(this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    auto *nodeForm = new QWidget(this);
    auto *nf = new QFormLayout(nodeForm);
    auto *edgeForm = new QWidget(this);
    auto *ef = new QFormLayout(edgeForm);
    const auto add = [this](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(this);
        m_labels << label;
        form->addRow(label, field);
    };
    for (QWidget *w : std::initializer_list<QWidget *>{m_nodeId, m_nodeName, m_rate, m_served, m_unit, m_hasLevel,
                                                       m_levelUnits, m_levelMinutes, m_initial})
        add(nf, w);
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_weight, m_autonomy, m_recharge, m_kind})
        add(ef, w);
    m_stack->addWidget(nodeForm);
    m_stack->addWidget(edgeForm);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_toolBar);
    leftLayout->addWidget(m_canvas);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_addNode, &QAction::triggered, this, &GraphPage::addNode);
    connect(m_connect, &QAction::toggled, m_canvas, &GraphCanvas::setConnectMode);
    connect(m_delete, &QAction::triggered, this, &GraphPage::deleteSelection);
    connect(m_canvas, &GraphCanvas::selected, this, &GraphPage::onSelected);
    connect(m_canvas, &GraphCanvas::connectRequested, this, &GraphPage::connectNodes);
    connect(m_canvas, &GraphCanvas::nodesMoved, this, [this](const QHash<QString, QPointF> &to, int drag) {
        m_document->undoStack()->push(new MoveNodeCommand(m_document, to, drag));
    });
    for (QLineEdit *e : {m_nodeId, m_rate, m_unit})
        connect(e, &QLineEdit::editingFinished, this, &GraphPage::commitNode);
    connect(m_nodeName, &TextPairEdit::edited, this, &GraphPage::commitNode);
    for (QDoubleSpinBox *s : {m_served, m_levelUnits, m_initial})
        connect(s, &QDoubleSpinBox::editingFinished, this, &GraphPage::commitNode);
    connect(m_levelMinutes, &QSpinBox::editingFinished, this, &GraphPage::commitNode);
    connect(m_hasLevel, &QCheckBox::toggled, this, &GraphPage::commitNode);
    for (QComboBox *c : {m_from, m_to, m_kind})
        connect(c, &QComboBox::activated, this, &GraphPage::commitEdge);
    for (QDoubleSpinBox *s : {m_weight, m_autonomy, m_recharge})
        connect(s, &QDoubleSpinBox::editingFinished, this, &GraphPage::commitEdge);
    connect(m_document, &ScenarioDocument::changed, this, &GraphPage::refresh);
    retranslateUi();
    refresh();
}

void GraphPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GraphPage::retranslateUi()
{
    m_addNode->setText(tr("Add sector"));
    m_connect->setText(tr("Connect"));
    m_connect->setToolTip(tr("Click the sector depended upon, then the dependent one"));
    m_delete->setText(tr("Delete"));
    const QStringList labels{tr("Id"),
                             tr("Name"),
                             tr("Rate (per hour, or inf)"),
                             tr("Served"),
                             tr("Unit"),
                             tr("Verification level"),
                             tr("Level: units"),
                             tr("Level: minutes"),
                             tr("Initial q"),
                             tr("Depended upon (from)"),
                             tr("Dependent (to)"),
                             tr("Weight"),
                             tr("Autonomy (h)"),
                             tr("Recharge (per h)"),
                             tr("Kind")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_hasLevel->setText(tr("has a verification level"));
    if (auto *empty = qobject_cast<QLabel *>(m_stack->widget(0)))
        empty->setText(tr("Select a sector or a dependency on the canvas, or add a sector."));
    m_nodeName->retranslateUi();
}

void GraphPage::setLanguage(const QString &lang)
{
    m_lang = lang;
    refresh();
}

void GraphPage::refresh()
{
    m_canvas->setGraph(m_document->scenario().graph, m_lang, m_document->layout());
    showForm();
}

void GraphPage::selectNode(int index)
{
    m_canvas->selectItem(GraphCanvas::ItemKind::Node, index);
}

void GraphPage::selectEdge(int index)
{
    m_canvas->selectItem(GraphCanvas::ItemKind::Edge, index);
}

void GraphPage::onSelected(GraphCanvas::ItemKind kind, int index)
{
    m_selKind = kind;
    m_selIndex = index;
    showForm();
}

void GraphPage::showForm()
{
    const scenario::Graph &g = m_document->scenario().graph;
    m_showing = true;
    if (m_selKind == GraphCanvas::ItemKind::Node && m_selIndex >= 0 && m_selIndex < int(g.nodes.size())) {
        const scenario::Node &n = g.nodes[m_selIndex];
        m_nodeId->setText(n.id);
        m_nodeName->setText(n.name);
        m_rate->setText(std::isinf(n.ratePerH) ? QStringLiteral("inf") : QString::number(n.ratePerH));
        m_served->setValue(n.served);
        m_unit->setText(n.unit);
        m_hasLevel->setChecked(n.level.has_value());
        m_levelUnits->setValue(n.level ? n.level->minUnits : 0);
        m_levelMinutes->setValue(n.level ? n.level->minMinutes : 0);
        m_levelUnits->setEnabled(n.level.has_value());
        m_levelMinutes->setEnabled(n.level.has_value());
        m_initial->setValue(n.initial);
        m_stack->setCurrentIndex(1);
    } else if (m_selKind == GraphCanvas::ItemKind::Edge && m_selIndex >= 0 && m_selIndex < int(g.edges.size())) {
        const scenario::Edge &e = g.edges[m_selIndex];
        for (QComboBox *c : {m_from, m_to}) {
            c->clear();
            for (const scenario::Node &n : g.nodes)
                c->addItem(n.id);
        }
        m_from->setCurrentText(e.from);
        m_to->setCurrentText(e.to);
        m_weight->setValue(e.weight);
        m_autonomy->setValue(e.autonomyH);
        m_recharge->setValue(e.rechargePerH);
        m_kind->setCurrentText(e.kind);
        m_stack->setCurrentIndex(2);
    } else {
        m_stack->setCurrentIndex(0);
    }
    m_delete->setEnabled(m_stack->currentIndex() != 0);
    m_showing = false;
}

void GraphPage::commitNode()
{
    const scenario::Graph &g = m_document->scenario().graph;
    if (m_showing || m_selKind != GraphCanvas::ItemKind::Node || m_selIndex < 0 || m_selIndex >= int(g.nodes.size()))
        return;
    const scenario::Node &before = g.nodes[m_selIndex];
    if (const QString id = m_nodeId->text().trimmed(); id != before.id) {
        // A new id renames every reference to the sector (edges, shocks, rooms, conditions...).
        if (!renameOrWarn(this, m_document, IdKind::Node, before.id, id))
            showForm();
        return;
    }
    scenario::Node n = before;
    n.name = m_nodeName->text();
    const QString rate = m_rate->text().trimmed();
    bool ok = false;
    const double k = rate.toDouble(&ok);
    n.ratePerH = rate == QLatin1String("inf") ? scenario::kInfiniteRate : (ok ? k : before.ratePerH);
    n.served = m_served->value();
    n.unit = m_unit->text().trimmed();
    if (m_hasLevel->isChecked()) {
        scenario::Level level = before.level.value_or(scenario::Level{});
        level.minUnits = m_levelUnits->value();
        level.minMinutes = m_levelMinutes->value();
        n.level = level;
    } else {
        n.level.reset();
    }
    n.initial = m_initial->value();
    if (!(n == before))
        m_document->undoStack()->push(new SetNodeCommand(m_document, m_selIndex, n));
    else
        showForm();
}

void GraphPage::commitEdge()
{
    const scenario::Graph &g = m_document->scenario().graph;
    if (m_showing || m_selKind != GraphCanvas::ItemKind::Edge || m_selIndex < 0 || m_selIndex >= int(g.edges.size()))
        return;
    const scenario::Edge &before = g.edges[m_selIndex];
    scenario::Edge e = before;
    e.from = m_from->currentText();
    e.to = m_to->currentText();
    e.weight = m_weight->value();
    e.autonomyH = m_autonomy->value();
    e.rechargePerH = m_recharge->value();
    e.kind = m_kind->currentText();
    if (!(e == before))
        m_document->undoStack()->push(new SetEdgeCommand(m_document, m_selIndex, e));
}

void GraphPage::addNode()
{
    const scenario::Scenario &s = m_document->scenario();
    scenario::Node n;
    int i = int(s.graph.nodes.size()) + 1;
    while (s.node(QStringLiteral("sector-%1").arg(i)))
        ++i;
    n.id = QStringLiteral("sector-%1").arg(i);
    n.name = scenario::Text::fromPair(tr("New sector"), QStringLiteral("New sector"));
    n.ratePerH = 1;
    n.unit = QStringLiteral("users");
    const int at = int(s.graph.nodes.size());
    m_document->undoStack()->push(new AddNodeCommand(m_document, at, n));
    selectNode(at);
}

void GraphPage::connectNodes(const QString &from, const QString &to)
{
    scenario::Edge e;
    e.from = from;
    e.to = to;
    e.weight = 0.5;
    m_document->undoStack()->push(new ConnectNodesCommand(m_document, e));
    m_connect->setChecked(false);
    selectEdge(int(m_document->scenario().graph.edges.size()) - 1);
}

void GraphPage::deleteSelection()
{
    const int index = m_selIndex;
    if (index < 0)
        return;
    if (m_selKind == GraphCanvas::ItemKind::Node && index < int(m_document->scenario().graph.nodes.size()))
        m_document->undoStack()->push(new RemoveNodeCommand(m_document, index));
    else if (m_selKind == GraphCanvas::ItemKind::Edge && index < int(m_document->scenario().graph.edges.size()))
        m_document->undoStack()->push(new RemoveEdgeCommand(m_document, index));
    m_selIndex = -1;
    showForm();
}

}  // namespace cd::editor
