#pragma once
// Filters the communications monitor by room (a party to the message), channel, message kind,
// thread and free text.

#include <QSortFilterProxyModel>

namespace cd::gui {

class CommsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommsFilter)

public:
    explicit CommsFilter(QObject *parent = nullptr);
    ~CommsFilter() override;

    void setRoom(const QString &room);        ///< empty: every room
    void setChannel(const QString &channel);  ///< mail, phone, web; empty: all
    void setKind(const QString &kind);        ///< report, advisory, query, other; empty: all
    void setThread(const QString &thread);    ///< empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_room, m_channel, m_kind, m_thread, m_text;
};

}  // namespace cd::gui
