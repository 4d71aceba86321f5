#include "editor/cascademodel.h"

#include "model/cascade.h"

#include <algorithm>

namespace cd::editor {

CascadeModel::CascadeModel(QObject *parent) : QAbstractTableModel(parent) {}

void CascadeModel::compute(const scenario::Scenario &s, const QString &lang)
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    model::CascadeOptions options;
    options.stepMin = qMax(1, s.meta.stepMin);
    options.explain = false;
    std::unique_ptr<model::Cascade> cascade = model::Cascade::create(s.graph, s.truth.shocks, options, &m_error);
    if (cascade) {
        const int duration = qMax(options.stepMin, s.meta.durationMin);
        m_sampleMin = qMax(options.stepMin, duration / 240 / options.stepMin * options.stepMin);
        const int n = cascade->nodeCount();
        m_rows.resize(n);
        for (int i = 0; i < n; ++i) {
            m_rows[i].id = cascade->nodeId(i);
            const scenario::Node *named = s.node(m_rows[i].id);
            m_rows[i].name = named ? named->name.get(lang) : m_rows[i].id;
        }
        for (int t = 0; t <= duration; t += m_sampleMin) {
            cascade->stepTo(t);
            for (int i = 0; i < n; ++i) {
                m_rows[i].peak = std::max(m_rows[i].peak, cascade->q(i));
                m_rows[i].samples.push_back(cascade->q(i));
            }
        }
        cascade->stepTo(duration);
        for (int i = 0; i < n; ++i) {
            m_rows[i].final = cascade->q(i);
            m_rows[i].peak = std::max(m_rows[i].peak, m_rows[i].final);
            m_rows[i].nodeHours = cascade->integral(i);
            if (const auto b = cascade->breach(m_rows[i].id)) {
                m_rows[i].breachStart = b->startMin;
                m_rows[i].breachAt = b->atMin;
            }
        }
    }
    endResetModel();
}

int CascadeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CascadeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CascadeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == RawRole) {
        switch (index.column()) {
        case Sector:
            return r.id;
        case Peak:
            return r.peak;
        case Final:
            return r.final;
        case BreachStart:
            return r.breachStart ? QVariant(*r.breachStart) : QVariant();
        case BreachAt:
            return r.breachAt ? QVariant(*r.breachAt) : QVariant();
        case NodeHours:
            return r.nodeHours;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Sector)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sector:
        return r.name.isEmpty() ? r.id : r.name;
    case Peak:
        return QString::number(r.peak, 'f', 3);
    case Final:
        return QString::number(r.final, 'f', 3);
    case BreachStart:
        return r.breachStart ? scenario::formatOffset(*r.breachStart) : tr("no breach");
    case BreachAt:
        return r.breachAt ? scenario::formatOffset(*r.breachAt) : QString();
    case NodeHours:
        return QString::number(r.nodeHours, 'f', 2);
    }
    return {};
}

QVariant CascadeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sector:
        return tr("Sector");
    case Peak:
        return tr("Peak q");
    case Final:
        return tr("Final q");
    case BreachStart:
        return tr("Level breached from");
    case BreachAt:
        return tr("Breach confirmed");
    case NodeHours:
        return tr("∫q dt (h)");
    }
    return {};
}

}  // namespace cd::editor
