#include "scenario/diagnostic.h"

#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace cd::scenario {

QString Diagnostic::format() const
{
    QString out = file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    out += severity == Severity::Error ? QStringLiteral(": error: ") : QStringLiteral(": warning: ");
    return out + message;
}

bool hasErrors(const Diagnostics &d)
{
    return std::any_of(d.begin(), d.end(),
                       [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
}

namespace {

thread_local int t_callsLeft = -1;  // -1: no SuggestionScope, unlimited

/// The (case-insensitive) edit distance of a and b when it is below `limit`, else `limit`. Only
/// the diagonal band |i - j| < limit can hold a path cheaper than the limit, and a row whose cells
/// all reach the limit ends the search: O(min(n, m) * limit) instead of O(n * m).
int boundedDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) >= limit)
        return limit;
    std::vector<int> prev(size_t(m) + 2, limit), cur(size_t(m) + 2, limit);
    for (int j = 0; j <= std::min(m, limit); ++j)
        prev[size_t(j)] = std::min(j, limit);
    for (int i = 1; i <= n; ++i) {
        const int lo = std::max(1, i - limit + 1);
        const int hi = std::min(m, i + limit - 1);
        cur[size_t(lo - 1)] = lo == 1 ? std::min(i, limit) : limit;
        int rowMin = cur[size_t(lo - 1)];
        for (int j = lo; j <= hi; ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub, limit});
            rowMin = std::min(rowMin, cur[size_t(j)]);
        }
        cur[size_t(hi + 1)] = limit;
        if (rowMin >= limit)
            return limit;
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], limit);
}

}  // namespace

SuggestionScope::SuggestionScope() : m_outer(t_callsLeft < 0)
{
    if (m_outer)
        t_callsLeft = kSuggestMaxCalls;
}

SuggestionScope::~SuggestionScope()
{
    if (m_outer)
        t_callsLeft = -1;
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty() || word.size() > kSuggestMaxLength || t_callsLeft == 0)
        return {};
    if (t_callsLeft > 0)
        --t_callsLeft;
    const QString lower = word.toLower();
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
    int compared = 0;
    for (const QString &c : candidates) {
        if (std::abs(int(c.size()) - int(word.size())) >= bestDistance)
            continue;  // its length alone is too far
        if (++compared > kSuggestMaxCompared)
            break;
        const int d = boundedDistance(lower, c.toLower(), bestDistance);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QString echo(const QString &value)
{
    constexpr int kMax = 80;
    constexpr int kKept = 60;
    if (value.size() <= kMax)
        return value;
    return value.left(kKept) + QStringLiteral("\u2026 (%1 characters)").arg(value.size());
}

QString boundText(const QString &text)
{
    constexpr int kMaxRun = 80;
    constexpr int kMaxText = 2000;
    if (text.size() <= kMaxRun)
        return text;
    QString out;
    qsizetype start = 0;
    while (start < text.size() && out.size() <= kMaxText) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const qsizetype run = end - start;
        out += run > kMaxRun ? echo(text.mid(start, run)) : text.mid(start, run);
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        out += text.mid(end, next - end).left(kMaxRun);
        start = next;
    }
    if (out.size() > kMaxText || start < text.size())
        out = out.left(kMaxText) + QStringLiteral("\u2026 (cut; %1 characters)").arg(text.size());
    return out;
}

}  // namespace cd::scenario
