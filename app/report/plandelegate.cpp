#include "report/plandelegate.h"

#include "report/planmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace cd::gui {

QWidget *PlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == PlanModel::Status) {
        auto *combo = new QComboBox(parent);
        for (const QString &key : PlanModel::statusKeys())
            combo->addItem(PlanModel::statusText(key), key);
        return combo;
    }
    if (index.column() == PlanModel::Start || index.column() == PlanModel::Completion) {
        auto *edit = new QLineEdit(parent);
        // A date the plan can be sorted and printed by; empty while the date is not yet set.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^$|^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")), edit));
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !edit->hasAcceptableInput())
        return;  // a half-typed date is not stored; the cell keeps its value
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace cd::gui
