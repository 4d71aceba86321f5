#include "views/commsmodel.h"

#include "exercise/payloads.h"
#include "views/eventtext.h"
#include "views/scenarionames.h"

#include <QJsonArray>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

CommsModel::CommsModel(NameOf nameOf, NameOf siteName, QString start, QObject *parent)
    : QAbstractTableModel(parent), m_nameOf(std::move(nameOf)), m_siteName(std::move(siteName)),
      m_start(std::move(start))
{}

CommsModel::~CommsModel() = default;

void CommsModel::append(Row row)
{
    const int r = int(m_rows.size());
    beginInsertRows({}, r, r);
    m_rows.push_back(std::move(row));
    endInsertRows();
}

void CommsModel::addEvent(const exercise::Event &e)
{
    const Kind kind = kindOf(e);
    if (kind == Kind::MailDelivered || kind == Kind::MailRead) {
        mailEvent(e);
    } else if (kind == Kind::MailSent) {
        const exercise::MailPayload m = exercise::MailPayload::fromJson(e.payload);
        m_mailRow.insert(m.mail, int(m_rows.size()));
        append({e.seq, e.minute, QStringLiteral("mail"), m.from.value_or(QString()),
                m.to.value_or(QStringList()) + m.cc.value_or(QStringList()), m.kind.value_or(QString()), m.subject,
                m.body, m.thread.value_or(QString())});
    } else if (const exercise::CallState *c = kind == Kind::CallOpening ? nullptr : m_calls.apply(e)) {
        const int r = m_callRow.value(c->id, -1);
        if (r < 0) {
            m_callRow.insert(c->id, int(m_rows.size()));
            append({e.seq,
                    e.minute,
                    QStringLiteral("phone"),
                    c->from,
                    {c->to},
                    exercise::callStatusName(c->status),
                    QJsonValue(),
                    QJsonValue(),
                    c->id});
            return;
        }
        m_rows[size_t(r)].kind = exercise::callStatusName(c->status);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    } else if (kind == Kind::CallSay) {
        const exercise::CallPayload say = exercise::CallPayload::fromJson(e.payload);
        append({e.seq,
                e.minute,
                QStringLiteral("phone"),
                say.from,
                {say.to},
                say.kind.value_or(QString()),
                say.text,
                say.text,
                say.call});
    } else if (kind == Kind::PagePosted) {
        const exercise::PagePayload p = exercise::PagePayload::fromJson(e.payload);
        append({e.seq,
                e.minute,
                QStringLiteral("web"),
                p.by,
                {p.site},
                QStringLiteral("post"),
                p.title,
                p.body,
                p.site + p.path});
    }
}

void CommsModel::mailEvent(const exercise::Event &e)
{
    const int r = m_mailRow.value(exercise::MailPayload::fromJson(e.payload).mail, -1);
    if (r < 0)
        return;
    Row &row = m_rows[size_t(r)];
    if (kindOf(e) == Kind::MailDelivered) {
        row.deliveredAt = e.minute;
        emit dataChanged(index(r, DeliveryColumn), index(r, DeliveryColumn));
    } else {
        row.reads.emplace_back(e.actor, e.minute);
        emit dataChanged(index(r, ReadColumn), index(r, ReadColumn));
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
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CommsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
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
