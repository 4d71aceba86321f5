#include "views/sectormodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cd::gui {

using scenario::Node;

namespace {
// Units that scenarios commonly use (docs/model.md); others are shown as written.
[[maybe_unused]] constexpr const char *kKnownUnits[] = {
    // clang-format off
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "users"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "kW"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "households"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "flights"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "trains"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "transactions"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "customers"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "people"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "patients"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "residents"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "shipments"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "contracts"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "accounts"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "systems"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "channels"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "hospitals"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "flights/day"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "trains/day"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "orders/h"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "transfers/h"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "payouts/day"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "procedures/day"),
    QT_TRANSLATE_NOOP("cd::gui::SectorModel", "shipments/day"),
    // clang-format on
};
}  // namespace

SectorModel::SectorModel(QObject *parent) : ScenarioTableModel(parent) {}

int SectorModel::rows(const scenario::Scenario &s) const
{
    return static_cast<int>(s.graph.nodes.size());
}

int SectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SectorModel::amount(double value, const QString &unit) const
{
    const QLocale locale(language());
    const QString number = value == std::floor(value) && std::abs(value) < 1e15
                               ? locale.toString(static_cast<qlonglong>(value))
                               : locale.toString(value, 'g', 6);
    const QString translatedUnit = QCoreApplication::translate("cd::gui::SectorModel", unit.toUtf8().constData());
    return translatedUnit.isEmpty() ? number : tr("%1 %2", "amount and unit").arg(number, translatedUnit);
}

QString SectorModel::duration(int minutes) const
{
    if (minutes >= 60 && minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 min").arg(minutes);
}

QString SectorModel::levelText(const Node &node) const
{
    if (!node.level)
        return {};
    const QString units = amount(node.level->minUnits, node.unit);
    if (node.level->minMinutes <= 0)
        return tr("≥ %1").arg(units);
    return tr("≥ %1 for ≥ %2").arg(units, duration(node.level->minMinutes));
}

QVariant SectorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Node &node = scenario()->graph.nodes[static_cast<size_t>(index.row())];
    if (role == RawRole) {
        switch (index.column()) {
        case Served:
            return node.served;
        case Level:
            return node.level ? node.level->minUnits : -1.0;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (index.column()) {
        case Id:
            return node.id;
        case Name:
            return text(node.name);
        case Served:
            return amount(node.served, node.unit);
        case Level:
            return node.level ? levelText(node) : tr("none");
        case LevelText:
            return node.level ? text(node.level->text) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !node.notes.isEmpty())
        return text(node.notes);
    if (role == Qt::ToolTipRole && index.column() == LevelText && node.level && !node.level->text.isEmpty())
        return text(node.level->text);
    if (role == Qt::TextAlignmentRole && (index.column() == Served || index.column() == Level))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Sector");
    case Served:
        return tr("Served");
    case Level:
        return tr("Verification level");
    case LevelText:
        return tr("Level (as worded)");
    }
    return {};
}

}  // namespace cd::gui
