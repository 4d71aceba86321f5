#include "control/controlsession.h"

namespace cd::gui {

int ControlSession::nextInjectMinute() const
{
    int next = -1;
    for (const scenario::Inject &i : scenario().injects) {
        if (!i.atMin || i.contingency || i.when)
            continue;
        const exercise::InjectView v = control().inject(i.id);
        if (v.firedMin || v.status == exercise::InjectView::Status::Skipped)
            continue;
        const int at = *i.atMin + v.delayMin;
        if (at >= minute() && (next < 0 || at < next))
            next = at;
    }
    return next;
}

bool ControlSession::showsInject(const QString &id) const
{
    const exercise::Seat s = seat();
    if (s.role != exercise::SeatRole::Evaluator)
        return true;
    const scenario::Inject *inject = scenario().inject(id);
    if (!inject)
        return false;
    for (const QString &room : inject->to + inject->cc)
        if (s.list.contains(room))
            return true;
    return false;
}

bool ControlSession::plays(const QString &party) const
{
    const exercise::Seat s = seat();
    if (s.role == exercise::SeatRole::Controller)
        return true;
    return s.role == exercise::SeatRole::WhiteCell && party.startsWith(QLatin1String("persona:")) &&
           s.list.contains(party.mid(8));
}

}  // namespace cd::gui
