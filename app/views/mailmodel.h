#pragma once
// A room's mailbox as an item model: one row per mail the room received (inbox) or sent,
// folded incrementally from its events (mail.sent, mail.delivered, mail.read). Rows are only
// ever appended (beginInsertRows) or changed (dataChanged); never reset after construction.

#include "exercise/vocab.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

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

    MailModel(QString room, NameOf nameOf, QObject *parent = nullptr);
    ~MailModel() override;

    /// Folds one event (ignored unless it is about this room's mail).
    void addEvent(const exercise::Event &e);
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
    struct Row
    {
        QString id;
        bool inbox = true;
        bool read = false;
        int minute = 0;
        QJsonObject message;
    };
    void changed(int row);

    QString m_room;
    NameOf m_nameOf;
    QString m_lang = QStringLiteral("en");
    QString m_start;
    std::vector<Row> m_rows;
    int m_unread = 0;  ///< kept as rows arrive and are read (not recounted per mail)
    QHash<QString, int> m_inboxRow;
    QHash<QString, int> m_sentRow;
};

}  // namespace cd::gui
