#include "editor/formfields.h"

#include <QComboBox>
#include <QCoreApplication>

#include <cmath>

namespace cd::editor::fields {

void fillThemes(QComboBox *combo, bool withNone)
{
    const int current = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
    combo->clear();
    if (withNone)
        combo->addItem(QCoreApplication::translate("cd::editor::FormFields", "(none)"), 0);
    const QString names[] = {
        QCoreApplication::translate("cd::editor::FormFields", "1 Information sharing in an emergency"),
        QCoreApplication::translate("cd::editor::FormFields", "2 Day-to-day contacts"),
        QCoreApplication::translate("cd::editor::FormFields", "3 Response procedures"),
        QCoreApplication::translate("cd::editor::FormFields", "4 Interdependency analysis"),
        QCoreApplication::translate("cd::editor::FormFields", "5 Implementation rules to revise")};
    for (int i = 0; i < 5; ++i)
        combo->addItem(names[i], i + 1);
    if (current >= 0)
        combo->setCurrentIndex(combo->findData(current));
}

void fillIds(QComboBox *combo, const QStringList &ids, const QString &current)
{
    combo->clear();
    for (const QString &id : ids)
        combo->addItem(id, id);
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(current.isEmpty() ? QString()
                                         : current + QLatin1Char(' ') +
                                               QCoreApplication::translate("cd::editor::FormFields", "(unknown)"),
                       current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QStringList nodeIds(const scenario::Scenario &s)
{
    QStringList ids;
    for (const scenario::Node &n : s.graph.nodes)
        ids << n.id;
    return ids;
}

QList<std::pair<QString, QString>> roomChoices(const scenario::Scenario &s, const QString &lang, bool withAll)
{
    QList<std::pair<QString, QString>> out;
    if (withAll)
        out.append({QStringLiteral("all"), QCoreApplication::translate("cd::editor::FormFields", "every room")});
    for (const scenario::Room &r : s.rooms)
        out.append({r.id, r.name.get(lang)});
    return out;
}

std::optional<double> parseNumber(const QString &text, bool allowInf)
{
    const QString t = text.trimmed();
    if (allowInf && t.compare(QLatin1String("inf"), Qt::CaseInsensitive) == 0)
        return scenario::kInfiniteRate;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatNumber(std::optional<double> value)
{
    if (!value)
        return {};
    if (std::isinf(*value))
        return QStringLiteral("inf");
    return QString::number(*value, 'g', 12);
}

QString freshId(const QString &pattern, const QStringList &taken)
{
    int n = int(taken.size()) + 1;
    while (taken.contains(pattern.arg(n)))
        ++n;
    return pattern.arg(n);
}

}  // namespace cd::editor::fields
