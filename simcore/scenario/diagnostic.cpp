#include "scenario/diagnostic.h"

#include <QStringList>

#include <algorithm>
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
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
}  // namespace

QString didYouMean(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

}  // namespace cd::scenario
