#include "views/commsfilter.h"

#include "views/commsmodel.h"

namespace cd::gui {

CommsFilter::CommsFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

CommsFilter::~CommsFilter() = default;

#define CD_SETTER(name, member)                                                                                        \
    void CommsFilter::name(const QString &v)                                                                           \
    {                                                                                                                  \
        if (member == v)                                                                                               \
            return;                                                                                                    \
        member = v;                                                                                                    \
        invalidateRowsFilter();                                                                                        \
    }
CD_SETTER(setRoom, m_room)
CD_SETTER(setChannel, m_channel)
CD_SETTER(setKind, m_kind)
CD_SETTER(setThread, m_thread)
CD_SETTER(setText, m_text)
#undef CD_SETTER

bool CommsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(row, 0, parent);
    if (!m_room.isEmpty() && !first.data(CommsModel::PartiesRole).toStringList().contains(m_room))
        return false;
    if (!m_channel.isEmpty() && first.data(CommsModel::ChannelRole).toString() != m_channel)
        return false;
    if (!m_kind.isEmpty() && first.data(CommsModel::KindRole).toString() != m_kind)
        return false;
    if (!m_thread.isEmpty() && first.data(CommsModel::ThreadRole).toString() != m_thread)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(parent); ++c)
        if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return first.data(CommsModel::BodyRole).toString().contains(m_text, Qt::CaseInsensitive);
}

}  // namespace cd::gui
