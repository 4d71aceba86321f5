#pragma once
// The shared folds: one function per piece of state that more than one reader derives from the
// log. The engine (fold.cpp) folds the whole ExerciseState with them; a room's view (roomview.h,
// the room window's mail, phone, web and play panels) and the control view (controlview.h, the
// console's timeline, monitor, white cell and judge dock, and the report) keep a CallBook and a
// RequestBook of what they can see, so every one of them agrees with the engine on a call's or
// a request's status.

#include "exercise/state.h"
#include "exercise/vocab.h"

#include <QHash>

#include <vector>

namespace cd::exercise {

/// Folds a call.* event into `calls` (indexed by id in `index`): call.ringing/busy/failed place
/// a call, call.answered/ended/missed/declined change its status, call.opening sets what the
/// caller will say. The call it placed or changed; nullptr for any other event (call.say
/// included: it changes no call).
CallState *foldCall(std::vector<CallState> &calls, QHash<QString, int> &index, const Event &e);

/// Folds a response.* event into `requests`; the request it added or changed, nullptr for any
/// other event.
RequestState *foldRequest(std::vector<RequestState> &requests, const Event &e);

/// Calls as a reader sees them (the events it receives).
struct CallBook
{
    std::vector<CallState> calls;  ///< in placing order
    QHash<QString, int> index;

    CallState *apply(const Event &e) { return foldCall(calls, index, e); }
    const CallState *find(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &calls[size_t(*it)];
    }
};

/// Response requests as a reader sees them.
struct RequestBook
{
    std::vector<RequestState> requests;  ///< in request order

    RequestState *apply(const Event &e) { return foldRequest(requests, e); }
};

}  // namespace cd::exercise
