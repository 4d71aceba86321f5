#include "views/timelinemodel.h"

#include "views/conditiontext.h"
#include "views/eventtext.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace cd::gui {

namespace {
const exercise::ControlView &noEvents()
{
    static const exercise::ControlView none;
    return none;
}
}  // namespace

TimelineModel::TimelineModel(const scenario::Scenario &scenario, QObject *parent)
    : TimelineModel(scenario, noEvents(), parent)
{}

TimelineModel::TimelineModel(const scenario::Scenario &scenario, const exercise::ControlView &control, QObject *parent)
    : QAbstractTableModel(parent), m_scenario(scenario), m_control(control), m_names(scenario)
{
    for (size_t i = 0; i < scenario.injects.size(); ++i) {
        m_rows.insert(scenario.injects[i].id, int(i));
        for (const scenario::Expected &x : scenario.injects[i].expected)
            m_expectedRow.insert(x.id, int(i));
    }
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TimelineModel::update(const exercise::ControlView::Change &change)
{
    if (const int r = m_expectedRow.value(change.expected, -1); !change.expected.isEmpty() && r >= 0)
        changed(r);
    if (const int r = m_rows.value(change.inject, -1); !change.inject.isEmpty() && r >= 0)
        changed(r);
}

void TimelineModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (!m_scenario.injects.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenario.injects.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::status(int row) const
{
    return exercise::injectStatusName(m_control.inject(m_scenario.injects[size_t(row)].id).status);
}

QString TimelineModel::expectedText(const scenario::Inject &inject) const
{
    QStringList parts;
    for (const scenario::Expected &x : inject.expected) {
        const auto it = m_control.expected().find(x.id);
        const QString state = it == m_control.expected().end()     ? tr("open")
                              : it->second == QLatin1String("met") ? tr("met ✓")
                                                                   : tr("missed ✗");
        parts << tr("%1 %2 → %3 (%4 min): %5")
                     .arg(partyName(x.room), scenario::toString(x.action),
                          x.to.isEmpty() ? QStringLiteral("—") : partyName(x.to))
                     .arg(x.withinMin)
                     .arg(state);
    }
    return parts.join(QStringLiteral("; "));
}

QString TimelineModel::toText(const scenario::Inject &inject) const
{
    if (inject.channel == scenario::Channel::Web && inject.page) {
        return m_names.site(inject.page->site, m_lang);
    }
    // An inject to every room (the exercise start) would be a wall of names.
    if (m_scenario.rooms.size() > 2 && size_t(inject.to.size()) == m_scenario.rooms.size() &&
        std::all_of(m_scenario.rooms.begin(), m_scenario.rooms.end(),
                    [&](const scenario::Room &r) { return inject.to.contains(r.id); }))
        return tr("All rooms (%1)").arg(m_scenario.rooms.size());
    QStringList names;
    for (const QString &id : inject.to)
        names << partyName(id);
    constexpr qsizetype kShown = 3;  // the tooltip lists them all
    if (names.size() > kShown + 1)
        return tr("%1 and %n more", nullptr, int(names.size() - kShown))
            .arg(QStringList(names.mid(0, kShown)).join(tr(", ")));
    return names.join(tr(", "));
}

QString TimelineModel::toolTip(const scenario::Inject &inject, int column) const
{
    const auto named = [this](const QString &id) { return ScenarioNames::withId(partyName(id), id); };
    switch (column) {
    case FromColumn:
        return named(inject.from);
    case ToColumn: {
        if (inject.channel == scenario::Channel::Web && inject.page)
            return ScenarioNames::withId(toText(inject), inject.page->site);
        QStringList lines;
        for (const QString &id : inject.to)
            lines << named(id);
        for (const QString &id : inject.cc)
            lines << tr("cc: %1").arg(named(id));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return data(index(m_rows.value(inject.id), column), Qt::DisplayRole).toString();
    }
}

QString TimelineModel::statusText(const exercise::InjectView &s) const
{
    using Status = exercise::InjectView::Status;
    switch (s.status) {
    case Status::Fired: {
        const int at = s.firedMin.value_or(-1);
        return s.manual ? tr("fired %1 (by hand)").arg(offsetText(at)) : tr("fired %1").arg(offsetText(at));
    }
    case Status::Skipped:
        return tr("skipped");
    case Status::Delayed:
        return tr("delayed +%1 min").arg(s.delayMin);
    case Status::Armed:
        return tr("armed");
    case Status::Pending:
        break;
    }
    return tr("pending");
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const scenario::Inject &inject = m_scenario.injects[size_t(index.row())];
    const exercise::InjectView s = m_control.inject(inject.id);
    const QString status = exercise::injectStatusName(s.status);
    if (role == Qt::ToolTipRole)
        return toolTip(inject, index.column());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return inject.id;
        case TimeColumn: {
            // A contingency inject has neither a time nor a condition: it is fired by hand.
            QString t = inject.atMin ? offsetText(*inject.atMin)
                        : inject.when
                            ? conditionText(
                                  *inject.when, [this](const QString &id) { return m_names.node(id, m_lang); }, m_lang)
                            : QString();
            if (inject.when && inject.delayMin > 0)
                t += tr(" + %1 min").arg(inject.delayMin);
            if (inject.contingency && !inject.when)
                t = t.isEmpty() ? tr("by hand") : t + tr(" (by hand)");
            return t;
        }
        case ChannelColumn:
            return inject.channel == scenario::Channel::Mail    ? tr("Mail")
                   : inject.channel == scenario::Channel::Phone ? tr("Phone")
                                                                : tr("Web");
        case FromColumn:
            return partyName(inject.from);
        case ToColumn:
            return toText(inject);
        case SubjectColumn:
            return inject.channel == scenario::Channel::Web && inject.page ? inject.page->title.get(m_lang)
                                                                           : inject.subject.get(m_lang);
        case StatusColumn:
            return statusText(s);
        case ExpectedColumn:
            return expectedText(inject);
        }
        return {};
    }
    if (role == Qt::BackgroundRole && index.column() == StatusColumn) {
        if (status == QLatin1String("fired"))
            return QBrush(QColor(0xc8, 0xe6, 0xc9));
        if (status == QLatin1String("skipped"))
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        if (status == QLatin1String("delayed") || status == QLatin1String("armed"))
            return QBrush(QColor(0xff, 0xec, 0xb3));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && status != QLatin1String("pending"))
        return QBrush(Qt::black);
    if (role == InjectIdRole)
        return inject.id;
    if (role == StatusRole)
        return status;
    if (role == SortRole)
        return index.column() == TimeColumn ? QVariant(inject.atMin.value_or(1 << 20)) : data(index, Qt::DisplayRole);
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TimeColumn:
        return tr("Time / condition");
    case ChannelColumn:
        return tr("Channel");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case ExpectedColumn:
        return tr("Expected actions");
    }
    return {};
}

}  // namespace cd::gui
