// Mails the engine no longer holds, paged back in from the log (mailbook.h): the state keeps
// undelivered and recent mails only, so a long exercise's memory stays flat (issue 14 item 7).
#include "exercise/exercise.h"
#include "exercise/json.h"

namespace cd::exercise {

const MailState *Exercise::mail(const QString &id)
{
    if (const MailState *held = m_state.mails.find(id))
        return held;
    if (id.isEmpty())
        return nullptr;
    // Only delivered, committed mails are ever dropped; a read mark recorded in this turn but
    // not yet committed is in m_pending, so both are folded, in order, into a scratch state.
    ExerciseState scratch;
    for (const store::Event &e : m_log->readMail(id))
        fold(scratch, e);
    if (!scratch.mails.find(id))
        return nullptr;
    for (const store::Event &e : m_pending)
        if (const Kind k = kindOf(e);
            (k == Kind::MailDelivered || k == Kind::MailRead || k == Kind::MailDelayed) && str(e.payload, "mail") == id)
            fold(scratch, e);
    return m_state.mails.load(std::move(*scratch.mails.find(id)));
}

}  // namespace cd::exercise
