#pragma once
// A room's mailbox as an item model: a thin adapter over the room view's mailbox
// (exercise/roomview.h), one row per entry (a mail the room received, or sent). The window folds
// each event into the view and hands the model what changed: rows are only ever appended
// (beginInsertRows) or changed (dataChanged); never reset after construction.

#include "exercise/roomview.h"

#include <QAbstractTableModel>

#include <functional>

namespace cd::gui {

class MailModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailModel)

public:
    enum Column { TimeColumn, FromColumn, ToColumn, KindColumn, SubjectColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        InboxRole,
        UnreadRole,
        BodyRole,
        ThreadRole,
        AttachmentsRole,
        MinuteRole,
        FromRole,
        ToRole
    };
    using NameOf = std::function<QString(const QString &id)>;

    /// `mailbox` (the room view's) must outlive the model.
    MailModel(const exercise::RoomMailbox &mailbox, NameOf nameOf, QObject *parent = nullptr);
    ~MailModel() override;

    /// Shows what folding one event into the mailbox did.
    void update(const exercise::RoomMailbox::Update &u);
    void setLanguage(const QString &lang);
    void setClockStart(const QString &start) { m_start = start; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int unreadCount() const;
    /// The row of the mail `id` in `inbox` or sent, -1 if none.
    int rowOf(const QString &id, bool inbox) const;

signals:
    void unreadChanged(int unread);

private:
    void changed(int row);

    const exercise::RoomMailbox &m_box;
    NameOf m_nameOf;
    QString m_lang = QStringLiteral("en");
    QString m_start;
    /// The entries shown: the model's rows lag the mailbox until update() inserts them, so
    /// views and proxies see the row count change only between begin/endInsertRows.
    int m_rows = 0;
};

}  // namespace cd::gui
