#include "control/linkbuttons.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTableWidget>

namespace cd::gui::linkbuttons {

void add(QTableWidget *table, int row, Columns columns, const QString &id, std::function<QString()> url,
         std::function<void()> reissue, bool copyEnabled, bool reissueEnabled, const QString &reissueTip)
{
    auto *copy = new QPushButton(table);
    copy->setObjectName(QStringLiteral("copy_") + id);
    copy->setEnabled(copyEnabled);
    QObject::connect(copy, &QPushButton::clicked, copy, [url = std::move(url)] {
        if (QClipboard *clipboard = QApplication::clipboard())
            clipboard->setText(url());
    });
    table->setCellWidget(row, columns.copy, copy);
    auto *again = new QPushButton(table);
    again->setObjectName(QStringLiteral("reissue_") + id);
    again->setEnabled(reissueEnabled);
    QObject::connect(again, &QPushButton::clicked, again, std::move(reissue));
    table->setCellWidget(row, columns.reissue, again);
    retranslate(table, row, columns, reissueTip);
}

void retranslate(QTableWidget *table, int row, Columns columns, const QString &reissueTip)
{
    // In the host dialog's translation context, where these texts have always been.
    if (auto *copy = qobject_cast<QPushButton *>(table->cellWidget(row, columns.copy)))
        copy->setText(QCoreApplication::translate("cd::gui::HostDialog", "Copy"));
    if (auto *again = qobject_cast<QPushButton *>(table->cellWidget(row, columns.reissue))) {
        again->setText(QCoreApplication::translate("cd::gui::HostDialog", "Reissue token"));
        again->setToolTip(reissueTip);
    }
}

void enableCopy(QTableWidget *table, int row, Columns columns)
{
    if (QWidget *copy = table->cellWidget(row, columns.copy))
        copy->setEnabled(true);
}

}  // namespace cd::gui::linkbuttons
