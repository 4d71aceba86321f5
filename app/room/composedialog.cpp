#include "room/composedialog.h"

#include "views/eventtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cd::gui {

ComposeDialog::ComposeDialog(const exercise::RoomDirectory &directory, QWidget *parent)
    : QDialog(parent), m_to(new QListWidget(this)), m_cc(new QListWidget(this)), m_kind(new QComboBox(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New mail"));
    m_to->setObjectName(QStringLiteral("toList"));
    for (QListWidget *list : {m_to, m_cc}) {
        for (const exercise::RoomDirectory::Party &p : directory.parties) {
            if (p.id == directory.room)
                continue;
            auto *item = new QListWidgetItem(directory.nameOf(p.id, uiLanguage()), list);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(140);
    }
    for (const char *k : {"report", "advisory", "query", "other"})
        m_kind->addItem(kindText(QLatin1String(k)), QLatin1String(k));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("Send (Ctrl+Return)"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(m_body);
    form->addRow(buttons);
    resize(640, 520);
}

ComposeDialog::~ComposeDialog() = default;

QStringList ComposeDialog::checked(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void ComposeDialog::check(QListWidget *list, const QStringList &ids)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
}

void ComposeDialog::setRecipients(const QStringList &to, const QStringList &cc)
{
    check(m_to, to);
    check(m_cc, cc);
}

void ComposeDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void ComposeDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

void ComposeDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

QStringList ComposeDialog::to() const
{
    return checked(m_to);
}

QStringList ComposeDialog::cc() const
{
    return checked(m_cc);
}

QString ComposeDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString ComposeDialog::subject() const
{
    return m_subject->text();
}

QString ComposeDialog::body() const
{
    return m_body->toPlainText();
}

}  // namespace cd::gui
