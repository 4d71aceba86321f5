#include "exercise/mailbook.h"

namespace cd::exercise {

const MailState *MailBook::find(const QString &id) const
{
    const auto it = m_mails.find(id);
    return it == m_mails.end() ? nullptr : &it->second;
}

MailState *MailBook::find(const QString &id)
{
    const auto it = m_mails.find(id);
    return it == m_mails.end() ? nullptr : &it->second;
}

void MailBook::sent(MailState m)
{
    ++m_count;
    static const QLatin1String prefix("mail-");
    if (m.id.startsWith(prefix) && !m_injectIds.contains(m.id)) {
        bool ok = false;
        const int n = QStringView(m.id).mid(prefix.size()).toInt(&ok);
        if (ok && n > m_lastNumbered)
            m_lastNumbered = n;
    }
    load(std::move(m));
}

const MailState *MailBook::load(MailState m)
{
    (m.delivered ? m_done : m_pending)[m.seq] = m.id;
    const QString id = m.id;
    return &(m_mails[id] = std::move(m));
}

void MailBook::delivered(MailState &m)
{
    if (m.delivered)
        return;
    m.delivered = true;
    m_pending.erase(m.seq);
    m_done[m.seq] = m.id;
}

std::vector<const MailState *> MailBook::due(int t) const
{
    std::vector<const MailState *> out;
    for (const auto &[seq, id] : m_pending)
        if (const MailState *m = find(id); m && m->deliverAt <= t)
            out.push_back(m);
    return out;
}

void MailBook::trim(size_t keep)
{
    while (m_done.size() > keep) {
        const auto oldest = m_done.begin();
        m_mails.erase(oldest->second);
        m_done.erase(oldest);
    }
}

}  // namespace cd::exercise
