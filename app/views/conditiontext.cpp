#include "views/conditiontext.h"

#include <QLocale>
#include <QStringList>

namespace cd::gui {

QString ConditionText::of(const scenario::Condition &c, const NodeNameOf &nodeName, const QString &lang)
{
    using K = scenario::Condition::Kind;
    const auto group = [&](const QString &separator) {
        QStringList parts;
        for (const scenario::Condition &child : c.children) {
            const bool nested = child.kind == K::All || child.kind == K::Any;
            const QString text = of(child, nodeName, lang);
            parts << (nested ? QLatin1Char('(') + text + QLatin1Char(')') : text);
        }
        return parts.join(separator);
    };
    switch (c.kind) {
    case K::NodeQ:
        return tr("%1 q ≥ %2").arg(nodeName(c.ref), QLocale(lang).toString(c.qGe));
    case K::Breach:
        return tr("%1 level breached").arg(nodeName(c.ref));
    case K::Fired:
        if (c.plusMin == 0)
            return tr("%1 fired").arg(c.ref);
        return tr("%2 after %1").arg(c.ref, scenario::formatOffset(c.plusMin));
    case K::Met:
        return tr("%1 met").arg(c.ref);
    case K::Missed:
        return tr("%1 missed").arg(c.ref);
    case K::Response:
        return tr("%1 applied").arg(c.ref);
    case K::All:
        return group(tr(" and "));
    case K::Any:
        return group(tr(" or "));
    case K::Not:
        return tr("not (%1)").arg(c.children.empty() ? QString() : of(c.children.front(), nodeName, lang));
    }
    return {};
}

}  // namespace cd::gui
