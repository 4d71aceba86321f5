// English explanations of label changes (docs/model.md "Explanation"): which inputs drove a node and
// when their buffers ran out, e.g. "telecom degraded at 15:40: power input felt after its 3 h
// battery ran out".
#include "model/kernel.h"

#include <algorithm>
#include <cmath>

namespace cd::model {

using namespace Qt::StringLiterals;

namespace {

QString bufferNoun(EdgeKind k)
{
    switch (k) {
    case EdgeKind::Power:
        return u"battery"_s;
    case EdgeKind::Fuel:
        return u"fuel stock"_s;
    case EdgeKind::Water:
        return u"water reserve"_s;
    case EdgeKind::Communications:
        return u"backup link"_s;
    case EdgeKind::Data:
        return u"local copy"_s;
    case EdgeKind::Staff:
        return u"staff reserve"_s;
    case EdgeKind::Finance:
        return u"liquidity buffer"_s;
    case EdgeKind::Transport:
        return u"stock"_s;
    case EdgeKind::Other:
        break;
    }
    return u"buffer"_s;
}

QString duration(double hours)
{
    if (hours < 1) {
        const double mins = hours * 60;
        return QString::number(std::round(mins * 10) / 10, 'g', 6) + u" min"_s;
    }
    return QString::number(std::round(hours * 100) / 100, 'g', 6) + u" h"_s;
}

QString number(double x)
{
    return QString::number(x, 'g', 3);
}

}  // namespace

QString clockText(const QString &clockStart, int minute)
{
    const QStringList hm = clockStart.split(u':');
    bool okH = false;
    bool okM = false;
    const int h = hm.size() == 2 ? hm[0].toInt(&okH) : 0;
    const int m = hm.size() == 2 ? hm[1].toInt(&okM) : 0;
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59)
        return scenario::formatOffset(minute);
    const int total = h * 60 + m + minute;
    const int day = total / 1440;
    const int inDay = total % 1440;
    QString s =
        QStringLiteral("%1:%2").arg(inDay / 60, 2, 10, QLatin1Char('0')).arg(inDay % 60, 2, 10, QLatin1Char('0'));
    if (day > 0)
        s += QStringLiteral(" (day %1)").arg(day + 1);
    return s;
}

QString explainChange(const Kernel &k, int v, Label from, Label to, int t)
{
    const Network &g = *k.net;
    const auto vi = std::size_t(v);
    // Felt inputs at this step, strongest first (ties: canonical order, as in the sum).
    struct Felt
    {
        std::uint32_t e;
        double contribution;
    };
    std::vector<Felt> felt;
    k.forInputs(vi, [&](std::uint32_t e) {
        const double qu = k.qPrev[k.src[e]];
        if (qu > 0 && k.b[e] <= Kernel::kEmpty && k.w[e] > 0)
            felt.push_back(Felt{e, k.w[e] * qu});
    });
    // Inputs contributing less than this to q are not named (a recovering cycle keeps tiny
    // positive q for a long time; naming them would drown the ones that matter).
    constexpr double kNegligible = 1e-3;
    const std::size_t allFelt = felt.size();
    std::erase_if(felt, [](const Felt &f) { return f.contribution < kNegligible; });
    std::stable_sort(felt.begin(), felt.end(),
                     [](const Felt &a, const Felt &b) { return a.contribution > b.contribution; });
    QStringList reasons;
    if (k.c[vi] > 0)
        reasons << QStringLiteral("direct shock %1").arg(number(k.c[vi]));
    const std::size_t shown = std::min<std::size_t>(felt.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) {
        const std::uint32_t e = felt[i].e;
        const QString &u = g.ids[k.src[e]];
        if (k.autonomyAt(e) <= Kernel::kEmpty) {
            reasons << QStringLiteral("%1 input felt at once (no autonomy)").arg(u);
            continue;
        }
        QString r = QStringLiteral("%1 input felt after its %2 %3 ran out")
                        .arg(u, duration(k.autonomyAt(e)), bufferNoun(k.kindCsr[e]));
        const int at = k.emptyAt.empty() ? -1 : k.emptyAt[e];
        if (at >= 0 && at != t)
            r += QStringLiteral(" at %1").arg(clockText(k.opt.clockStart, at));
        reasons << r;
    }
    if (felt.size() > shown)
        reasons << QStringLiteral("%1 more inputs").arg(felt.size() - shown);

    QString text = QStringLiteral("%1 %2 at %3: ").arg(g.ids[vi], toString(to), clockText(k.opt.clockStart, t));
    if (to > from)
        text += reasons.isEmpty() ? u"no input felt and no direct shock"_s : reasons.join(u"; "_s);
    else if (reasons.isEmpty() && allFelt > 0)
        text += u"recovering: the inputs still felt are negligible (each under 0.001)"_s;
    else if (reasons.isEmpty())
        text += u"recovering: no input felt and no direct shock"_s;
    else
        text += u"recovering; still "_s + reasons.join(u"; "_s);
    return text;
}

}  // namespace cd::model
