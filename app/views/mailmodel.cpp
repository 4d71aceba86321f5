#include "views/mailmodel.h"

#include "views/eventtext.h"

#include <QFont>
#include <QJsonArray>

namespace cd::gui {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
}  // namespace

MailModel::MailModel(const exercise::RoomMailbox &mailbox, NameOf nameOf, QObject *parent)
    : QAbstractTableModel(parent), m_box(mailbox), m_nameOf(std::move(nameOf)), m_rows(int(mailbox.mails().size()))
{}

MailModel::~MailModel() = default;

void MailModel::update(const exercise::RoomMailbox::Update &u)
{
    using Change = exercise::RoomMailbox::Change;
    if (u.change == Change::None)
        return;
    if (u.change == Change::Read) {
        changed(u.entry);
        emit unreadChanged(m_box.unread());
        return;
    }
    beginInsertRows({}, m_rows, u.entry);
    m_rows = u.entry + 1;
    endInsertRows();
    if (m_box.mails()[size_t(u.entry)].inbox)
        emit unreadChanged(m_box.unread());
}

void MailModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void MailModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MailModel::unreadCount() const
{
    return m_box.unread();
}

int MailModel::rowOf(const QString &id, bool inbox) const
{
    const int entry = m_box.indexOf(id, inbox);
    return entry < m_rows ? entry : -1;
}

QVariant MailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const exercise::RoomMail &r = m_box.mails()[size_t(index.row())];
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
        return r.thread;
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
