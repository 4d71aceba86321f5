#include "exercise/folds.h"

#include "exercise/json.h"
#include "exercise/payloads.h"

namespace cd::exercise {

CallState *foldCall(std::vector<CallState> &calls, QHash<QString, int> &index, const Event &e)
{
    const Kind k = kindOf(e);
    const std::optional<CallStatus> status = callStatusOf(k);
    if (!status && k != Kind::CallOpening)
        return nullptr;
    const CallPayload p = CallPayload::fromJson(e.payload);
    if (placesCall(k)) {
        if (index.contains(p.call))
            return nullptr;  // a reader given the same event twice
        CallState c;
        c.id = p.call;
        c.from = p.from;
        c.to = p.to;
        c.kind = p.kind.value_or(QString());
        c.status = *status;
        c.ringMin = e.minute;
        index.insert(c.id, int(calls.size()));
        calls.push_back(std::move(c));
        return &calls.back();
    }
    const auto it = index.constFind(p.call);
    if (it == index.cend())
        return nullptr;
    CallState &c = calls[size_t(*it)];
    if (k == Kind::CallOpening)
        c.opening = p.text;
    else
        c.status = *status;
    if (k == Kind::CallAnswered)  // the person (a seat's or a room's) who took it, else who
        c.answeredBy = str(e.payload, "actor_name").isEmpty() ? e.actor : str(e.payload, "actor_name");
    return &c;
}

RequestState *foldRequest(std::vector<RequestState> &requests, const Event &e)
{
    const Kind k = kindOf(e);
    const std::optional<RequestStatus> status = requestStatusOf(k);
    if (!status)
        return nullptr;
    const RequestPayload p = RequestPayload::fromJson(e.payload);
    if (k == Kind::ResponseRequested) {
        requests.push_back({p.request, p.room, p.response, RequestStatus::Requested, 0});
        return &requests.back();
    }
    for (RequestState &r : requests) {
        if (r.id != p.request)
            continue;
        r.status = *status;
        if (k == Kind::ResponseApproved)
            r.effectiveMin = p.effective.value_or(0);
        return &r;
    }
    return nullptr;
}

}  // namespace cd::exercise
