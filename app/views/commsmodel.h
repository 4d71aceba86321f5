#pragma once
// The communications monitor's model: a thin adapter over the control view's traffic
// (exercise/controlview.h): every mail, call (and each line said on it) and web post across all
// rooms, one row each, appended as events arrive (a call's row also changes as it is answered,
// ended or missed). Roles give the raw values the filter proxy needs. Parties and
// sites show by name (the lookups given), their ids in the tooltip. For the control team a mail's
// row also says when it reached the inbox (its delivery delay when the mail channel is slowed,
// docs/scenario-format.md `channels`) and who read it when (mail.read).

#include "exercise/controlview.h"

#include <QAbstractTableModel>

#include <functional>

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

    /// `control` (the session's) must outlive the model.
    CommsModel(const exercise::ControlView &control, NameOf nameOf, NameOf siteName, QString start,
               QObject *parent = nullptr);
    ~CommsModel() override;

    /// Shows what folding one event into the control view changed (and any rows not shown yet).
    void update(const exercise::ControlView::Change &change);
    void setLanguage(const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Row = exercise::TrafficRow;
    QString deliveryText(const Row &r) const;
    QString readText(const Row &r) const;

    const exercise::ControlView &m_control;
    NameOf m_nameOf;
    NameOf m_siteName;
    QString m_start;
    QString m_lang = QStringLiteral("en");
    int m_rows = 0;  ///< the traffic rows shown (inserted between begin/endInsertRows)
};

}  // namespace cd::gui
