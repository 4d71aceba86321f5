#include "editor/conditionedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::editor {

using scenario::Condition;

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int RefRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
const Condition::Kind kKinds[] = {Condition::Kind::NodeQ, Condition::Kind::Breach, Condition::Kind::Fired,
                                  Condition::Kind::Met,   Condition::Kind::Missed, Condition::Kind::Response,
                                  Condition::Kind::All,   Condition::Kind::Any,    Condition::Kind::Not};
bool isGroup(Condition::Kind k)
{
    return k == Condition::Kind::All || k == Condition::Kind::Any || k == Condition::Kind::Not;
}
QString valueText(const Condition &c)
{
    if (c.kind == Condition::Kind::NodeQ)
        return QString::number(c.qGe);
    if (c.kind == Condition::Kind::Fired)
        return scenario::formatOffset(c.plusMin);
    return {};
}
}  // namespace

QString ConditionEdit::kindName(Condition::Kind k)
{
    switch (k) {
    case Condition::Kind::NodeQ:
        return QStringLiteral("q_ge");
    case Condition::Kind::Breach:
        return QStringLiteral("breach");
    case Condition::Kind::Fired:
        return QStringLiteral("fired");
    case Condition::Kind::Met:
        return QStringLiteral("met");
    case Condition::Kind::Missed:
        return QStringLiteral("missed");
    case Condition::Kind::Response:
        return QStringLiteral("response");
    case Condition::Kind::All:
        return QStringLiteral("all");
    case Condition::Kind::Any:
        return QStringLiteral("any");
    case Condition::Kind::Not:
        return QStringLiteral("not");
    }
    return {};
}

ConditionEdit::ConditionEdit(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_kind(new QComboBox(this)), m_ref(new QLineEdit(this)),
      m_value(new QLineEdit(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("conditionTree"));
    m_tree->setColumnCount(3);
    m_tree->setMinimumHeight(90);
    m_tree->header()->setStretchLastSection(true);
    for (Condition::Kind k : kKinds)
        m_kind->addItem(kindName(k), int(k));
    auto *row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_ref, 1);
    row->addWidget(m_value);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(row);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConditionEdit::showCurrent);
    connect(m_kind, &QComboBox::activated, this, &ConditionEdit::commitCurrent);
    connect(m_ref, &QLineEdit::editingFinished, this, &ConditionEdit::commitCurrent);
    connect(m_value, &QLineEdit::editingFinished, this, &ConditionEdit::commitCurrent);
    connect(m_add, &QPushButton::clicked, this, &ConditionEdit::addChild);
    connect(m_remove, &QPushButton::clicked, this, &ConditionEdit::removeCurrent);
    retranslateUi();
}

void ConditionEdit::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Condition"), tr("Id"), tr("Value")});
    m_ref->setPlaceholderText(tr("node, inject, expected or response id"));
    m_value->setPlaceholderText(tr("q ≥ / +HH:MM"));
    m_add->setText(tr("Add child"));
    m_add->setToolTip(tr("Add a condition under the selected all/any/not"));
    m_remove->setText(tr("Remove"));
}

void ConditionEdit::addItem(QTreeWidgetItem *parent, const Condition &c)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, KindRole, int(c.kind));
    item->setData(0, RefRole, c.ref);
    item->setData(0, ValueRole, valueText(c));
    item->setText(0, kindName(c.kind));
    item->setText(1, c.ref);
    item->setText(2, valueText(c));
    for (const Condition &child : c.children)
        addItem(item, child);
}

void ConditionEdit::setCondition(const Condition &c)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    addItem(nullptr, c);
    m_tree->expandAll();
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showCurrent();
}

Condition ConditionEdit::read(const QTreeWidgetItem *item) const
{
    Condition c;
    c.kind = Condition::Kind(item->data(0, KindRole).toInt());
    if (!isGroup(c.kind))
        c.ref = item->data(0, RefRole).toString();
    const QString value = item->data(0, ValueRole).toString();
    if (c.kind == Condition::Kind::NodeQ)
        c.qGe = value.toDouble();
    if (c.kind == Condition::Kind::Fired)
        c.plusMin = scenario::parseOffset(value).value_or(0);
    if (isGroup(c.kind)) {
        for (int i = 0; i < item->childCount(); ++i)
            c.children.push_back(read(item->child(i)));
    }
    return c;
}

Condition ConditionEdit::condition() const
{
    const QTreeWidgetItem *root = m_tree->topLevelItem(0);
    return root ? read(root) : Condition{};
}

void ConditionEdit::showCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_kind->setEnabled(item);
    m_ref->setEnabled(item);
    m_value->setEnabled(item);
    if (!item)
        return;
    const auto kind = Condition::Kind(item->data(0, KindRole).toInt());
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_ref->setText(item->data(0, RefRole).toString());
    m_value->setText(item->data(0, ValueRole).toString());
    m_ref->setEnabled(!isGroup(kind));
    m_value->setEnabled(kind == Condition::Kind::NodeQ || kind == Condition::Kind::Fired);
    m_add->setEnabled(isGroup(kind));
    m_remove->setEnabled(item->parent());
}

void ConditionEdit::commitCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const Condition before = condition();
    const auto kind = Condition::Kind(m_kind->currentData().toInt());
    item->setData(0, KindRole, int(kind));
    item->setData(0, RefRole, isGroup(kind) ? QString() : m_ref->text().trimmed());
    item->setData(0, ValueRole, m_value->text().trimmed());
    item->setText(0, kindName(kind));
    item->setText(1, item->data(0, RefRole).toString());
    item->setText(2, item->data(0, ValueRole).toString());
    if (!isGroup(kind))
        qDeleteAll(item->takeChildren());
    showCurrent();
    if (!(condition() == before))
        emit edited();
}

void ConditionEdit::addChild()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    Condition leaf;
    leaf.kind = Condition::Kind::NodeQ;
    leaf.qGe = 0.5;
    addItem(item, leaf);
    item->setExpanded(true);
    emit edited();
}

void ConditionEdit::removeCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return;
    delete item;
    emit edited();
}

}  // namespace cd::editor
