#pragma once
// Writing a mail: recipients (to, cc) picked from the room's directory, the kind (情報連絡
// report, 情報提供 advisory, query, other), subject and body. Ctrl+Return sends.

#include "exercise/roomdirectory.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cd::gui {

class ComposeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeDialog)

public:
    ComposeDialog(const exercise::RoomDirectory &directory, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    void setRecipients(const QStringList &to, const QStringList &cc);
    void setSubject(const QString &subject);
    void setBody(const QString &body);
    void setKind(const QString &kind);

    QStringList to() const;
    QStringList cc() const;
    QString kind() const;
    QString subject() const;
    QString body() const;

    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

private:
    static QStringList checked(const QListWidget *list);
    static void check(QListWidget *list, const QStringList &ids);

    QListWidget *m_to;
    QListWidget *m_cc;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
};

}  // namespace cd::gui
