#include "model/edgescan.h"

#include "model/csvreader.h"

#include <array>
#include <cstring>

namespace cd::model {

namespace {

std::string_view trimIfNeeded(std::string_view s)
{
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.back() == ' ' || s.back() == '\t'))
        return trimmed(s);
    return s;
}

}  // namespace

void EdgeArrays::reserve(std::size_t n)
{
    from.reserve(n);
    to.reserve(n);
    weight.reserve(n);
    autonomyH.reserve(n);
    rechargePerH.reserve(n);
    kind.reserve(n);
    lines.reserve(n);
}

void EdgeArrays::clear()
{
    from.clear();
    to.clear();
    weight.clear();
    autonomyH.clear();
    rechargePerH.clear();
    kind.clear();
    lines.clear();
}

std::optional<EdgeKind> kindFromBytes(std::string_view s)
{
    static constexpr std::array<std::string_view, 9> names{"power",     "communications", "data",  "fuel", "water",
                                                           "transport", "finance",        "staff", "other"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i].size() == s.size() && names[i] == s)
            return EdgeKind(i);
    return std::nullopt;
}

bool scanEdgeRows(const char *begin, const char *end, int firstLine, const EdgeColumns &columns, const IdMap &ids,
                  EdgeArrays &out)
{
    constexpr std::size_t kMaxWidth = 8;
    const std::size_t width = columns.width;
    if (width > kMaxWidth || columns.from < 0 || columns.to < 0 || columns.weight < 0)
        return false;
    // The lookups trail the parsing by kAhead rows: their slots are prefetched meanwhile.
    constexpr std::size_t kAhead = 16;
    struct Ids
    {
        std::string_view from, to;
    };
    std::array<Ids, kAhead> ring;
    std::size_t parsed = 0;
    std::size_t resolved = 0;
    const auto resolve = [&]() -> bool {
        const Ids &r = ring[resolved % kAhead];
        const long long u = ids.find(r.from);
        const long long v = ids.find(r.to);
        if (u < 0 || v < 0)
            return false;
        out.from.push_back(std::uint32_t(u));
        out.to.push_back(std::uint32_t(v));
        ++resolved;
        return true;
    };
    std::array<std::string_view, kMaxWidth> f;
    int line = firstLine;
    const char *p = begin;
    while (p < end) {
        // Blank lines are skipped (CR only comes before LF here).
        if (*p == '\n' || *p == '\r') {
            line += *p == '\n';
            ++p;
            continue;
        }
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        const char *next = eol ? eol + 1 : end;
        if (!eol)
            eol = end;
        if (eol > p && eol[-1] == '\r')
            --eol;
        std::size_t k = 0;
        for (;;) {
            const char *comma = static_cast<const char *>(std::memchr(p, ',', std::size_t(eol - p)));
            const char *fieldEnd = comma ? comma : eol;
            if (k == width)
                return false;
            f[k++] = std::string_view(p, std::size_t(fieldEnd - p));
            if (!comma)
                break;
            p = comma + 1;
        }
        p = next;
        if (k != width)
            return false;
        const std::string_view ws = trimIfNeeded(f[std::size_t(columns.weight)]);
        const auto w = ws.empty() ? std::nullopt : parseDouble(ws);
        if (!w)
            return false;
        double d = 0;
        double rho = 1;
        if (columns.autonomy >= 0) {
            if (const std::string_view s = trimIfNeeded(f[std::size_t(columns.autonomy)]); !s.empty()) {
                const auto x = parseDouble(s);
                if (!x)
                    return false;
                d = *x;
            }
        }
        if (columns.recharge >= 0) {
            if (const std::string_view s = trimIfNeeded(f[std::size_t(columns.recharge)]); !s.empty()) {
                const auto x = parseDouble(s);
                if (!x)
                    return false;
                rho = *x;
            }
        }
        EdgeKind kind = EdgeKind::Other;
        if (columns.kind >= 0) {
            if (const std::string_view s = trimIfNeeded(f[std::size_t(columns.kind)]); !s.empty()) {
                const auto x = kindFromBytes(s);
                if (!x)
                    return false;
                kind = *x;
            }
        }
        if (parsed - resolved == kAhead && !resolve())
            return false;
        Ids &slot = ring[parsed % kAhead];
        slot.from = trimIfNeeded(f[std::size_t(columns.from)]);
        slot.to = trimIfNeeded(f[std::size_t(columns.to)]);
        ids.prefetch(slot.from);
        ids.prefetch(slot.to);
        ++parsed;
        out.weight.push_back(*w);
        out.autonomyH.push_back(d);
        out.rechargePerH.push_back(rho);
        out.kind.push_back(kind);
        out.lines.push_back(line);
        ++line;
    }
    while (resolved < parsed)
        if (!resolve())
            return false;
    return true;
}

}  // namespace cd::model
