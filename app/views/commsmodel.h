#pragma once
// The communications monitor's model: every mail, call (and each line said on it) and web post
// across all rooms, one row each, appended as events arrive (a call's row also changes as it is
// answered, ended or missed). Roles give the raw values the filter proxy needs. Parties and
// sites show by name (the lookups given), their ids in the tooltip. For the control team a mail's
// row also says when it reached the inbox (its delivery delay when the mail channel is slowed,
// docs/scenario-format.md `channels`) and who read it when (mail.read).

#include "exercise/folds.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace cd::gui {

class CommsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommsModel)

public:
    enum Column {
        TimeColumn,
        ChannelColumn,
        FromColumn,
        ToColumn,
        KindColumn,
        TextColumn,
        DeliveryColumn,
        ReadColumn,
        ThreadColumn,
        ColumnCount
    };
    enum Role { ChannelRole = Qt::UserRole + 1, PartiesRole, KindRole, SeqRole, ThreadRole, BodyRole };
    using NameOf = std::function<QString(const QString &id)>;

    CommsModel(NameOf nameOf, NameOf siteName, QString start, QObject *parent = nullptr);
    ~CommsModel() override;

    void addEvent(const exercise::Event &e);
    void setLanguage(const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 seq = 0;
        int minute = 0;
        QString channel;  ///< mail, phone, web
        QString from;
        QStringList to;
        QString kind;     ///< message kind, or the call's status for a call row
        QJsonValue text;  ///< subject / said text / page title
        QJsonValue body;
        QString thread;                                ///< mail thread, call id, or site+path
        int deliveredAt = -1;                          ///< a mail's delivery minute (-1: not yet)
        std::vector<std::pair<QString, int>> reads{};  ///< a mail's readers and the minute each read it
    };
    void append(Row row);
    void mailEvent(const exercise::Event &e);
    QString deliveryText(const Row &r) const;
    QString readText(const Row &r) const;

    NameOf m_nameOf;
    NameOf m_siteName;
    QString m_start;
    QString m_lang = QStringLiteral("en");
    std::vector<Row> m_rows;
    QHash<QString, int> m_callRow;
    QHash<QString, int> m_mailRow;
    exercise::CallBook m_calls;  ///< every call, folded as the engine does (exercise/folds.h)
};

}  // namespace cd::gui
