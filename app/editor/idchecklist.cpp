#include "editor/idchecklist.h"

namespace cd::editor {

IdChecklist::IdChecklist(QWidget *parent) : QListWidget(parent)
{
    setMaximumHeight(120);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

void IdChecklist::setChoices(const QList<std::pair<QString, QString>> &choices)
{
    m_filling = true;
    clear();
    for (const auto &[id, label] : choices) {
        auto *item = new QListWidgetItem(label.isEmpty() || label == id ? id : id + QStringLiteral("  ") + label, this);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
}

void IdChecklist::setChecked(const QStringList &ids)
{
    m_filling = true;
    m_given = ids;
    QStringList missing = ids;
    for (int i = 0; i < count(); ++i) {
        const QString id = item(i)->data(Qt::UserRole).toString();
        item(i)->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(id);
    }
    for (const QString &id : std::as_const(missing)) {
        auto *item = new QListWidgetItem(id + QStringLiteral("  ") + tr("(unknown)"), this);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setForeground(Qt::red);
    }
    m_filling = false;
}

QStringList IdChecklist::checked() const
{
    QStringList ticked;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ticked << item(i)->data(Qt::UserRole).toString();
    }
    QStringList out;
    for (const QString &id : m_given) {
        if (ticked.contains(id) && !out.contains(id))
            out << id;
    }
    for (const QString &id : std::as_const(ticked)) {
        if (!out.contains(id))
            out << id;
    }
    return out;
}

}  // namespace cd::editor
