#include "views/sectorboardmodel.h"

#include "views/eventtext.h"

#include <QBrush>
#include <QColor>

namespace cd::gui {

SectorBoardModel::SectorBoardModel(const scenario::Scenario &scenario, QObject *parent)
    : QAbstractTableModel(parent), m_scenario(scenario), m_rows(scenario.graph.nodes.size())
{}

SectorBoardModel::~SectorBoardModel() = default;

void SectorBoardModel::refresh(const model::Cascade &model, int minute)
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const scenario::Node &n = m_scenario.graph.nodes[i];
        Row next = m_rows[i];
        next.q = model.q(n.id);
        next.label = model.label(n.id);
        next.minute = minute;
        if (const auto b = model.breach(n.id))
            next.breachAt = b->atMin;
        if (n.level && model.impact(n.id) >= n.level->minUnits && n.level->minUnits > 0)
            next.overSince = next.overSince.value_or(minute);
        else
            next.overSince.reset();
        const Row &old = m_rows[i];
        const bool same = old.q == next.q && old.label == next.label && old.breachAt == next.breachAt &&
                          old.overSince == next.overSince && !next.overSince;
        m_rows[i] = next;
        if (!same)
            emit dataChanged(index(int(i), QColumn), index(int(i), TimeToBreachColumn));
    }
}

void SectorBoardModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SectorBoardModel::setEnded(bool ended)
{
    if (ended == m_ended)
        return;
    m_ended = ended;
    if (!m_rows.empty())
        emit dataChanged(index(0, TimeToBreachColumn), index(rowCount() - 1, TimeToBreachColumn));
}

int SectorBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SectorBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectorBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const scenario::Node &n = m_scenario.graph.nodes[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SectorColumn:
            return n.name.isEmpty() ? n.id : n.name.get(m_lang);
        case QColumn:
            return QString::number(r.q, 'f', 3);
        case StateColumn:
            return r.label == model::Label::Down       ? tr("down")
                   : r.label == model::Label::Degraded ? tr("degraded")
                                                       : tr("ok");
        case BreachColumn:
            if (!n.level)
                return tr("no level");
            return r.breachAt ? tr("BREACHED at %1").arg(offsetText(*r.breachAt)) : tr("within level");
        case TimeToBreachColumn:
            if (!n.level || r.breachAt || m_ended)
                return QStringLiteral("—");
            if (!r.overSince)
                return tr("not at risk");
            return tr("%1 min").arg(std::max(0, n.level->minMinutes - (r.minute - *r.overSince)));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == BreachColumn && n.level)
        return n.level->text.get(m_lang);
    if (role == Qt::BackgroundRole && (index.column() == StateColumn || index.column() == BreachColumn)) {
        if (index.column() == BreachColumn)
            return r.breachAt ? QBrush(QColor(0xc6, 0x28, 0x28)) : QVariant();
        if (r.label == model::Label::Down)
            return QBrush(QColor(0xef, 0x9a, 0x9a));
        if (r.label == model::Label::Degraded)
            return QBrush(QColor(0xff, 0xe0, 0x82));
        return QBrush(QColor(0xc8, 0xe6, 0xc9));
    }
    if (role == Qt::ForegroundRole && index.column() == BreachColumn && r.breachAt)
        return QBrush(Qt::white);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(Qt::black);
    if (role == NodeIdRole)
        return n.id;
    if (role == QRole)
        return r.q;
    return {};
}

QVariant SectorBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectorColumn:
        return tr("Sector");
    case QColumn:
        return tr("q (loss)");
    case StateColumn:
        return tr("State");
    case BreachColumn:
        return tr("Verification level");
    case TimeToBreachColumn:
        return tr("Time to breach");
    }
    return {};
}

}  // namespace cd::gui
