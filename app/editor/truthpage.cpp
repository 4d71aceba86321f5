#include "editor/truthpage.h"

#include "editor/commands/addshockcommand.h"
#include "editor/commands/removeshockcommand.h"
#include "editor/commands/setshockcommand.h"
#include "editor/commands/settruthstorycommand.h"
#include "editor/scenariodocument.h"
#include "editor/shockmodel.h"
#include "editor/textpairedit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::editor {

TruthPage::TruthPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_rootCause(new TextPairEdit(true, this)),
      m_narrative(new TextPairEdit(true, this)), m_model(new ShockModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_node(new QComboBox(this)),
      m_c(new QDoubleSpinBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this))
{
    m_view->setObjectName(QStringLiteral("shockTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_c->setRange(0, 1);
    m_c->setSingleStep(0.05);
    m_c->setDecimals(3);
    auto *form = new QFormLayout;
    const auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_rootCause);
    addRow(m_narrative);
    addRow(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *buttonsWidget = new QWidget(this);
    buttonsWidget->setLayout(buttons);
    addRow(buttonsWidget);
    auto *shock = new QHBoxLayout;
    shock->addWidget(m_node, 1);
    shock->addWidget(m_c);
    shock->addWidget(m_from);
    shock->addWidget(m_to);
    auto *shockWidget = new QWidget(this);
    shockWidget->setLayout(shock);
    addRow(shockWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    connect(m_rootCause, &TextPairEdit::edited, this, &TruthPage::commitStory);
    connect(m_narrative, &TextPairEdit::edited, this, &TruthPage::commitStory);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TruthPage::showShock);
    connect(m_node, &QComboBox::activated, this, &TruthPage::commitShock);
    connect(m_c, &QDoubleSpinBox::editingFinished, this, &TruthPage::commitShock);
    connect(m_from, &QLineEdit::editingFinished, this, &TruthPage::commitShock);
    connect(m_to, &QLineEdit::editingFinished, this, &TruthPage::commitShock);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const scenario::Scenario &s = m_document->scenario();
        scenario::Shock added;
        added.node = s.graph.nodes.empty() ? QString() : s.graph.nodes.front().id;
        added.c = 1;
        const int at = int(s.truth.shocks.size());
        m_document->undoStack()->push(new AddShockCommand(m_document, at, added));
        selectShock(at);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            m_document->undoStack()->push(new RemoveShockCommand(m_document, currentRow()));
    });
    connect(m_document, &ScenarioDocument::changed, this, &TruthPage::refresh);
    retranslateUi();
    refresh();
}

void TruthPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TruthPage::retranslateUi()
{
    const QStringList labels{tr("Root cause"), tr("Narrative"), tr("Shocks"), QString(), tr("Shock")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_add->setText(tr("Add shock"));
    m_remove->setText(tr("Remove shock"));
    m_from->setPlaceholderText(tr("from +HH:MM"));
    m_to->setPlaceholderText(tr("to +HH:MM (empty: open-ended)"));
    m_node->setToolTip(tr("Sector"));
    m_c->setToolTip(tr("Direct shock c in [0, 1]"));
    m_rootCause->retranslateUi();
    m_narrative->retranslateUi();
}

int TruthPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void TruthPage::selectShock(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void TruthPage::refresh()
{
    const int row = currentRow();
    m_showing = true;
    m_rootCause->setText(m_document->scenario().truth.rootCause);
    m_narrative->setText(m_document->scenario().truth.narrative);
    m_showing = false;
    m_model->setScenario(&m_document->scenario());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1), 0));
    showShock();
}

void TruthPage::showShock()
{
    const scenario::Scenario &s = m_document->scenario();
    const int row = currentRow();
    const bool valid = row >= 0 && row < int(s.truth.shocks.size());
    m_showing = true;
    m_node->clear();
    for (const scenario::Node &n : s.graph.nodes)
        m_node->addItem(n.id);
    for (QWidget *w : std::initializer_list<QWidget *>{m_node, m_c, m_from, m_to, m_remove})
        w->setEnabled(valid);
    if (valid) {
        const scenario::Shock &sh = s.truth.shocks[row];
        m_node->setCurrentText(sh.node);
        m_c->setValue(sh.c);
        m_from->setText(scenario::formatOffset(sh.fromMin));
        m_to->setText(sh.toMin ? scenario::formatOffset(*sh.toMin) : QString());
    }
    m_showing = false;
}

void TruthPage::commitStory()
{
    if (m_showing)
        return;
    const scenario::Truth &t = m_document->scenario().truth;
    if (!(m_rootCause->text() == t.rootCause) || !(m_narrative->text() == t.narrative))
        m_document->undoStack()->push(new SetTruthStoryCommand(m_document, m_rootCause->text(), m_narrative->text()));
}

void TruthPage::commitShock()
{
    const int row = currentRow();
    if (m_showing || row < 0 || row >= int(m_document->scenario().truth.shocks.size()))
        return;
    const scenario::Shock &before = m_document->scenario().truth.shocks[row];
    scenario::Shock sh = before;
    sh.node = m_node->currentText();
    sh.c = m_c->value();
    sh.fromMin = scenario::parseOffset(m_from->text().trimmed()).value_or(before.fromMin);
    if (m_to->text().trimmed().isEmpty())
        sh.toMin.reset();
    else if (const auto to = scenario::parseOffset(m_to->text().trimmed()))
        sh.toMin = to;
    if (!(sh == before))
        m_document->undoStack()->push(new SetShockCommand(m_document, row, sh));
    else
        showShock();
}

}  // namespace cd::editor
