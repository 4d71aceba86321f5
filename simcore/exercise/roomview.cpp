#include "exercise/roomview.h"

#include "exercise/payloads.h"
#include "exercise/visibility.h"

namespace cd::exercise {

RoomMailbox::Update RoomMailbox::apply(const Event &e)
{
    const Kind kind = kindOf(e);
    if (kind != Kind::MailRead && kind != Kind::MailDelivered && kind != Kind::MailSent)
        return {};
    const MailPayload mail = MailPayload::fromJson(e.payload);
    if (kind == Kind::MailRead) {
        // Only this room's own marks: another recipient reading the same mail changes nothing here.
        const int i = e.actor == m_room ? indexOf(mail.mail, true) : -1;
        if (i < 0 || m_mails[size_t(i)].read)
            return {};
        m_mails[size_t(i)].read = true;
        --m_unread;
        return {Change::Read, i};
    }
    const bool inbox = kind == Kind::MailDelivered;
    if (inbox ? !mail.to.value_or(QStringList()).contains(m_room) && !mail.cc.value_or(QStringList()).contains(m_room)
              : mail.from.value_or(QString()) != m_room)
        return {};
    QHash<QString, int> &folder = inbox ? m_inbox : m_sent;
    if (folder.contains(mail.mail))
        return {};
    const int i = int(m_mails.size());
    const QString thread = mail.thread.value_or(mail.mail);
    m_mails.push_back({mail.mail, inbox, !inbox, e.minute, thread, e.payload});
    folder.insert(mail.mail, i);
    m_threads[thread].push_back(i);
    m_unread += inbox;
    return {Change::Added, i};
}

int RoomMailbox::indexOf(const QString &id, bool inbox) const
{
    return (inbox ? m_inbox : m_sent).value(id, -1);
}

const std::vector<int> &RoomMailbox::thread(const QString &thread) const
{
    static const std::vector<int> none;
    const auto it = m_threads.constFind(thread);
    return it == m_threads.cend() ? none : *it;
}

int RoomMailbox::unreadIn(const QString &thread) const
{
    int n = 0;
    for (const int i : this->thread(thread))
        n += !m_mails[size_t(i)].read;
    return n;
}

RoomView::Change RoomView::apply(const Event &e)
{
    Change c;
    if (e.seq <= m_lastSeq)
        return c;
    c.fresh = true;
    m_lastSeq = e.seq;
    m_minute = std::max(m_minute, e.minute);
    const Kind kind = kindOf(e);
    c.mail = m_mail.apply(e);
    if (kind != Kind::CallOpening)  // what a caller will say changes no call a window shows
        c.call = m_calls.apply(e);
    else
        m_calls.apply(e);
    switch (kind) {
    case Kind::PagePosted: {
        const PagePayload p = PagePayload::fromJson(e.payload);
        RoomPage &page = m_pages[p.site][p.path];
        page = {p.site, p.path, p.version, e.minute, p.by, p.title, p.body};
        c.page = &page;
        break;
    }
    case Kind::ModelStatus:
    case Kind::ModelBreach: {
        const ModelPayload p = ModelPayload::fromJson(e.payload);
        const QString label = kind == Kind::ModelBreach ? QStringLiteral("breach") : p.label.value_or(QString());
        SectorStatus &s = m_status[p.node];
        s = {p.node, label, e.minute};
        c.status = &s;
        break;
    }
    case Kind::HypothesisSubmitted:
    case Kind::HypothesisJudged:
        c.hypothesis = applyHypothesis(kind, e);
        break;
    case Kind::ResponseRequested:
    case Kind::ResponseApproved:
    case Kind::ResponseDeclined:
    case Kind::ResponseApplied:
        if (RequestPayload::fromJson(e.payload).room == m_room)
            c.request = m_requests.apply(e);
        break;
    case Kind::ExerciseEnded:
        m_ended = c.ended = true;
        break;
    case Kind::SurveyAnswered:
        c.surveySent = SurveyPayload::fromJson(e.payload).room == m_room;
        m_surveySent = m_surveySent || c.surveySent;
        break;
    default:
        break;
    }
    return c;
}

const RoomHypothesis *RoomView::applyHypothesis(Kind kind, const Event &e)
{
    const HypothesisPayload p = HypothesisPayload::fromJson(e.payload);
    if (kind == Kind::HypothesisSubmitted) {
        if (p.room != m_room)
            return nullptr;
        m_hypotheses.push_back({p.hypothesis, p.text, e.minute, {}});
        return &m_hypotheses.back();
    }
    for (RoomHypothesis &h : m_hypotheses)
        if (h.id == p.hypothesis) {
            h.verdict = p.verdict.value_or(QString());
            return &h;
        }
    return nullptr;
}

const std::map<QString, RoomPage> &RoomView::pagesOf(const QString &site) const
{
    static const std::map<QString, RoomPage> none;
    const auto it = m_pages.find(site);
    return it == m_pages.end() ? none : it->second;
}

const RoomPage *RoomView::page(const QString &site, const QString &path) const
{
    const std::map<QString, RoomPage> &pages = pagesOf(site);
    const auto it = pages.find(path);
    return it == pages.end() ? nullptr : &it->second;
}

RoomView RoomView::fromLog(const scenario::Scenario &s, const QString &room, const std::vector<Event> &log)
{
    RoomView view(room);
    for (const Event &e : log)
        if (visibleTo(s, e, room))
            view.apply(e);
    return view;
}

}  // namespace cd::exercise
