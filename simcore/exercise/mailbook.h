#pragma once
// The mails the engine keeps in memory (docs/architecture.md "Bounded memory"): every mail not
// yet delivered and the most recently sent delivered ones. Older delivered mails are dropped by
// trim() once committed and paged back in from the log when a reply, a forward or a read mark
// names one (Exercise::mail). A fold that never trims (the report's) holds every mail.

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>

namespace cd::exercise {

struct MailState
{
    QString id;
    qint64 seq = 0;  ///< of its mail.sent event
    QString from;
    QStringList to;
    QStringList cc;
    QString thread;
    int deliverAt = 0;
    bool delivered = false;
    QSet<QString> readBy;
    QJsonObject message;  ///< what recipients get (the mail.delivered payload)
};

class MailBook
{
public:
    /// Inject ids shaped like generated mail ids ("mail-7"): not counted as generated.
    void setInjectIds(QSet<QString> ids) { m_injectIds = std::move(ids); }

    const MailState *find(const QString &id) const;
    MailState *find(const QString &id);
    /// A mail.sent: counted, and held until trimmed.
    void sent(MailState m);
    /// A mail paged back in from the log (already counted when it was sent).
    const MailState *load(MailState m);
    /// Its mail.delivered.
    void delivered(MailState &m);

    /// Mails sent in all, trimmed or not.
    int count() const { return m_count; }
    /// The highest N of a generated id "mail-N" sent so far (0 when none).
    int lastNumbered() const { return m_lastNumbered; }
    /// Mails held in memory.
    size_t held() const { return m_mails.size(); }
    /// Undelivered mails due by minute `t`, in the order they were sent.
    std::vector<const MailState *> due(int t) const;
    /// Drops the oldest delivered mails beyond `keep` (call only when all are committed).
    void trim(size_t keep);
    /// The mails held in memory, by id (every mail while fewer than the cap were sent).
    const std::map<QString, MailState> &heldMails() const { return m_mails; }

private:
    std::map<QString, MailState> m_mails;  ///< node-based: pointers stay valid until trimmed
    std::map<qint64, QString> m_pending;   ///< undelivered, by sent seq
    std::map<qint64, QString> m_done;      ///< delivered, by sent seq (oldest trimmed first)
    QSet<QString> m_injectIds;
    int m_count = 0;
    int m_lastNumbered = 0;
};

}  // namespace cd::exercise
