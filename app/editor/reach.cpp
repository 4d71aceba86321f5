#include "editor/reach.h"

#include <algorithm>

namespace cd::editor {

bool reaches(const scenario::Scenario &s, const scenario::Inject &inject, const QString &roomId)
{
    if (inject.channel == scenario::Channel::Web) {
        const scenario::Site *site = inject.page ? s.site(inject.page->site) : nullptr;
        return site && (site->read.contains(QLatin1String("all")) || site->read.contains(roomId));
    }
    return inject.to.contains(roomId) || inject.cc.contains(roomId);
}

std::vector<int> receivedBy(const scenario::Scenario &s, const QString &roomId)
{
    std::vector<int> timed, conditional;
    for (int i = 0; i < int(s.injects.size()); ++i) {
        if (!reaches(s, s.injects[i], roomId))
            continue;
        (s.injects[i].atMin ? timed : conditional).push_back(i);
    }
    std::stable_sort(timed.begin(), timed.end(),
                     [&](int a, int b) { return *s.injects[a].atMin < *s.injects[b].atMin; });
    timed.insert(timed.end(), conditional.begin(), conditional.end());
    return timed;
}

}  // namespace cd::editor
