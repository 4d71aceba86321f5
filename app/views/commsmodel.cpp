#include "views/commsmodel.h"

#include "views/eventtext.h"
#include "views/scenarionames.h"

#include <QJsonArray>

namespace cd::gui {

CommsModel::CommsModel(const exercise::ControlView &control, NameOf nameOf, NameOf siteName, QString start,
                       QObject *parent)
    : QAbstractTableModel(parent), m_control(control), m_nameOf(std::move(nameOf)), m_siteName(std::move(siteName)),
      m_start(std::move(start)), m_rows(int(control.traffic().size()))
{}

CommsModel::~CommsModel() = default;

void CommsModel::update(const exercise::ControlView::Change &change)
{
    if (change.row >= 0 && change.row < m_rows)
        emit dataChanged(index(change.row, 0), index(change.row, ColumnCount - 1));
    const int rows = int(m_control.traffic().size());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
}

QString CommsModel::deliveryText(const Row &r) const
{
    if (r.channel != QLatin1String("mail"))
        return {};
    if (r.deliveredAt < 0)
        return tr("in transit");
    const int delay = r.deliveredAt - r.minute;
    return delay <= 0 ? tr("at once") : tr("after %n min", nullptr, delay);
}

QString CommsModel::readText(const Row &r) const
{
    QStringList readers;
    for (const auto &[who, minute] : r.reads)
        readers << QStringLiteral("%1 %2").arg(m_nameOf(who), clockText(minute, m_start));
    if (readers.isEmpty() && r.channel == QLatin1String("mail") && r.deliveredAt >= 0)
        return tr("unread");
    return readers.join(QStringLiteral(", "));
}

void CommsModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CommsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CommsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_control.traffic()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return clockText(r.minute, m_start);
        case ChannelColumn:
            return r.channel == QLatin1String("mail")    ? tr("Mail")
                   : r.channel == QLatin1String("phone") ? tr("Phone")
                                                         : tr("Web");
        case FromColumn:
            return m_nameOf(r.from);
        case ToColumn: {
            QStringList names;
            for (const QString &t : r.to) {
                const QString name = r.channel == QLatin1String("web") ? m_siteName(t) : m_nameOf(t);
                names << (role == Qt::ToolTipRole ? ScenarioNames::withId(name, t) : name);
            }
            return names.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
        }
        case KindColumn:
            if (r.kind == QLatin1String("ringing"))
                return tr("call: ringing");
            if (r.kind == QLatin1String("answered"))
                return tr("call: connected");
            if (r.kind == QLatin1String("ended"))
                return tr("call: ended");
            if (r.kind == QLatin1String("missed"))
                return tr("call: missed");
            if (r.kind == QLatin1String("declined"))
                return tr("call: declined");
            if (r.kind == QLatin1String("busy"))
                return tr("call: busy");
            if (r.kind == QLatin1String("failed"))
                return tr("call: no dial tone");
            if (r.kind == QLatin1String("post"))
                return tr("page posted");
            return kindText(r.kind);
        case TextColumn:
            return payloadText(r.text, m_lang);
        case DeliveryColumn:
            return deliveryText(r);
        case ReadColumn:
            return role == Qt::ToolTipRole ? readText(r).replace(QStringLiteral(", "), QStringLiteral("\n"))
                                           : readText(r);
        case ThreadColumn:
            return r.thread;
        }
        return {};
    case ChannelRole:
        return r.channel;
    case PartiesRole:
        return QStringList(r.to) << r.from;
    case KindRole:
        return r.kind;
    case SeqRole:
        return r.seq;
    case ThreadRole:
        return r.thread;
    case BodyRole:
        return payloadText(r.body, m_lang);
    }
    return {};
}

QVariant CommsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Subject / words");
    case DeliveryColumn:
        return tr("Delivered");
    case ReadColumn:
        return tr("Read by");
    case ThreadColumn:
        return tr("Thread");
    }
    return {};
}

}  // namespace cd::gui
