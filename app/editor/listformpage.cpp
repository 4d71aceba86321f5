#include "editor/listformpage.h"

#include "editor/idchecklist.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"
#include "views/scenariotablemodel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::editor {

ListFormPage::ListFormPage(ScenarioDocument *document, gui::ScenarioTableModel *model, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(model), m_view(new QTableView(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_buttons(new QHBoxLayout), m_form(new QFormLayout)
{
    m_model->setParent(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addLayout(m_buttons);
    buttonRow->addStretch();
    leftLayout->addLayout(buttonRow);
    auto *formWidget = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formWidget);
    formLayout->addLayout(m_form);
    formLayout->addStretch(1);  // rows keep their height; the space left goes below them
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(formWidget);
    scroll->setMinimumWidth(440);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});  // the form gets the larger part (proportions kept on show)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListFormPage::showSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            removeItem(currentRow());
    });
    connect(m_document, &ScenarioDocument::changed, this, &ListFormPage::refresh);
}

void ListFormPage::finishSetup()
{
    retranslateUi();
    refresh();
}

QWidget *ListFormPage::addField(QWidget *field, const QString &key)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels << label;
    m_form->addRow(label, field);
    m_fields << field;
    if (!key.isEmpty())
        m_keys.insert(key, field);
    bindField(field);
    return field;
}

QWidget *ListFormPage::addField(QLayout *field, const QString &key)
{
    auto *box = new QWidget(this);
    field->setContentsMargins(0, 0, 0, 0);
    box->setLayout(field);
    for (int i = 0; i < field->count(); ++i) {
        if (QWidget *w = field->itemAt(i)->widget())
            bindField(w);
    }
    auto *label = new QLabel(this);
    m_labels << label;
    m_form->addRow(label, box);
    m_fields << box;
    if (!key.isEmpty())
        m_keys.insert(key, box);
    return box;
}

void ListFormPage::bindField(QWidget *field)
{
    if (auto *e = qobject_cast<QLineEdit *>(field)) {
        connect(e, &QLineEdit::editingFinished, this, &ListFormPage::commit);
    } else if (auto *c = qobject_cast<QComboBox *>(field)) {
        connect(c, &QComboBox::activated, this, &ListFormPage::commit);
        if (c->isEditable())
            connect(c->lineEdit(), &QLineEdit::editingFinished, this, &ListFormPage::commit);
    } else if (auto *s = qobject_cast<QAbstractSpinBox *>(field)) {
        connect(s, &QAbstractSpinBox::editingFinished, this, &ListFormPage::commit);
    } else if (auto *b = qobject_cast<QCheckBox *>(field)) {
        connect(b, &QCheckBox::toggled, this, &ListFormPage::commit);
    } else if (auto *t = qobject_cast<TextPairEdit *>(field)) {
        connect(t, &TextPairEdit::edited, this, &ListFormPage::commit);
    } else if (auto *l = qobject_cast<IdChecklist *>(field)) {
        connect(l, &IdChecklist::edited, this, &ListFormPage::commit);
    } else if (auto *table = qobject_cast<QTableWidget *>(field)) {
        connect(table, &QTableWidget::itemChanged, this, &ListFormPage::commit);
    }
}

void ListFormPage::setLabels(const QStringList &labels)
{
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
}

void ListFormPage::addListButton(QPushButton *button)
{
    m_buttons->addWidget(button);
}

void ListFormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListFormPage::setLanguage(const QString &lang)
{
    m_model->setLanguage(lang);
    showCurrent();
}

int ListFormPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ListFormPage::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ListFormPage::reveal(int row, const QString &key)
{
    selectRow(row);
    QString k = key;  // "effect.edge": the field bound to it, else to "effect"
    while (!m_keys.contains(k) && k.contains(QLatin1Char('.')))
        k = k.section(QLatin1Char('.'), 0, -2);
    if (QWidget *field = m_keys.value(k)) {
        QWidget *target = field;
        if (target->focusPolicy() == Qt::NoFocus) {  // a container: its first focusable field
            for (QWidget *child : field->findChildren<QWidget *>()) {
                if (child->focusPolicy() != Qt::NoFocus) {
                    target = child;
                    break;
                }
            }
        }
        target->setFocus(Qt::OtherFocusReason);
    }
}

void ListFormPage::push(QUndoCommand *command)
{
    m_document->undoStack()->push(command);
}

void ListFormPage::pushAndSelect(QUndoCommand *command, int row)
{
    push(command);
    selectRow(row);
}

void ListFormPage::refresh()
{
    const int row = currentRow();
    m_model->setScenario(&m_document->scenario());
    if (const int rows = m_model->rowCount(); rows > 0)
        m_view->setCurrentIndex(m_model->index(qBound(0, row, rows - 1), 0));
    showSelected();
}

void ListFormPage::showCurrent()
{
    showSelected();
}

void ListFormPage::showSelected()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_showing = true;
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(valid);
    if (valid)
        showItem(row);
    m_showing = false;
    m_remove->setEnabled(valid);
    updateButtons(valid ? row : -1, m_model->rowCount());
}

void ListFormPage::updateButtons(int, int) {}

void ListFormPage::commit()
{
    const int row = currentRow();
    if (!m_showing && row >= 0 && row < m_model->rowCount())
        commitItem(row);
}

}  // namespace cd::editor
