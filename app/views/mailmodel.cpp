#include "views/mailmodel.h"

#include "exercise/payloads.h"
#include "views/eventtext.h"

#include <QFont>
#include <QJsonArray>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
}  // namespace

MailModel::MailModel(QString room, NameOf nameOf, QObject *parent)
    : QAbstractTableModel(parent), m_room(std::move(room)), m_nameOf(std::move(nameOf))
{}

MailModel::~MailModel() = default;

void MailModel::addEvent(const exercise::Event &e)
{
    const QJsonObject &p = e.payload;
    const Kind kind = kindOf(e);
    if (kind != Kind::MailRead && kind != Kind::MailDelivered && kind != Kind::MailSent)
        return;
    const exercise::MailPayload mail = exercise::MailPayload::fromJson(p);
    const QString &id = mail.mail;
    if (kind == Kind::MailRead) {
        if (e.actor != m_room)
            return;
        const int row = m_inboxRow.value(id, -1);
        if (row >= 0 && !m_rows[size_t(row)].read) {
            m_rows[size_t(row)].read = true;
            --m_unread;
            changed(row);
            emit unreadChanged(m_unread);
        }
        return;
    }
    bool inbox = false;
    if (kind == Kind::MailDelivered) {
        if (!mail.to.value_or(QStringList()).contains(m_room) && !mail.cc.value_or(QStringList()).contains(m_room))
            return;
        inbox = true;
    } else if (mail.from.value_or(QString()) != m_room) {
        return;
    }
    QHash<QString, int> &index = inbox ? m_inboxRow : m_sentRow;
    if (index.contains(id))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back({id, inbox, !inbox, e.minute, p});
    index.insert(id, row);
    m_unread += inbox;
    endInsertRows();
    if (inbox)
        emit unreadChanged(m_unread);
}

void MailModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void MailModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MailModel::unreadCount() const
{
    return m_unread;
}

int MailModel::rowOf(const QString &id, bool inbox) const
{
    return (inbox ? m_inboxRow : m_sentRow).value(id, -1);
}

QVariant MailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const QJsonObject &m = r.message;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return clockText(r.minute, m_start);
        case FromColumn:
            return m_nameOf(m.value(QLatin1String("from")).toString());
        case ToColumn: {
            QStringList names;
            for (const QString &to : strings(m.value(QLatin1String("to"))))
                names << m_nameOf(to);
            const QStringList cc = strings(m.value(QLatin1String("cc")));
            QString text = names.join(QStringLiteral(", "));
            if (!cc.isEmpty()) {
                QStringList ccNames;
                for (const QString &c : cc)
                    ccNames << m_nameOf(c);
                text += tr(" (cc: %1)").arg(ccNames.join(QStringLiteral(", ")));
            }
            return text;
        }
        case KindColumn:
            return kindText(m.value(QLatin1String("kind")).toString());
        case SubjectColumn:
            return payloadText(m.value(QLatin1String("subject")), m_lang);
        }
        return {};
    case Qt::FontRole:
        if (r.inbox && !r.read) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return r.id;
    case InboxRole:
        return r.inbox;
    case UnreadRole:
        return r.inbox && !r.read;
    case BodyRole:
        return payloadText(m.value(QLatin1String("body")), m_lang);
    case ThreadRole:
        return m.value(QLatin1String("thread")).toString();
    case AttachmentsRole:
        return strings(m.value(QLatin1String("attachments")));
    case MinuteRole:
        return r.minute;
    case FromRole:
        return m.value(QLatin1String("from")).toString();
    case ToRole:
        return strings(m.value(QLatin1String("to")));
    }
    return {};
}

QVariant MailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    }
    return {};
}

}  // namespace cd::gui
