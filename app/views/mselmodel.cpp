#include "views/mselmodel.h"

#include "views/conditiontext.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTime>

namespace cd::gui {

using scenario::Condition;
using scenario::Inject;

namespace {
// Sort key of injects without a time: after any possible exercise time, in scenario order.
constexpr qint64 kUntimedBase = qint64(1) << 40;
}  // namespace

MselModel::MselModel(QObject *parent) : ScenarioTableModel(parent) {}

int MselModel::rows(const scenario::Scenario &s) const
{
    return static_cast<int>(s.injects.size());
}

int MselModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Inject *MselModel::injectAt(int row) const
{
    if (!scenario() || row < 0 || row >= rowCount())
        return nullptr;
    return &scenario()->injects[static_cast<size_t>(row)];
}

QString MselModel::describe(const Condition &c) const
{
    return conditionText(
        c, [this](const QString &id) { return nodeName(id); }, language());
}

QString MselModel::timeText(const Inject &inject) const
{
    QString t;
    if (inject.atMin) {
        t = scenario::formatOffset(*inject.atMin);
        const QTime start = QTime::fromString(scenario()->meta.start, QStringLiteral("HH:mm"));
        if (start.isValid())
            t += QStringLiteral(" (") + start.addSecs(*inject.atMin * 60).toString(QStringLiteral("HH:mm")) +
                 QLatin1Char(')');
    } else if (inject.when) {
        t = tr("when %1").arg(describe(*inject.when));
        if (inject.delayMin > 0)
            t = tr("%1, then %2").arg(t, scenario::formatOffset(inject.delayMin));
    } else {
        t = tr("by hand");
    }
    if (inject.contingency)
        t += tr(" [contingency]");
    return t;
}

QString MselModel::fromText(const QString &from) const
{
    if (from == QLatin1String("control"))
        return tr("Control team");
    const QString personaId = from.section(QLatin1Char(':'), 1);
    const scenario::Persona *p = scenario()->persona(personaId);
    return p ? text(p->name) : from;
}

QString MselModel::toText(const Inject &inject, bool abbreviate) const
{
    if (inject.channel == scenario::Channel::Web && inject.page) {
        const scenario::Site *site = scenario()->site(inject.page->site);
        return site ? text(site->name) : inject.page->site;
    }
    // An inject to everyone (the exercise start) would otherwise be a wall of names.
    const auto rooms = static_cast<qsizetype>(scenario()->rooms.size());
    if (rooms > 2 && QSet<QString>(inject.to.begin(), inject.to.end()).size() == rooms)
        return tr("All rooms (%1)").arg(rooms);
    QStringList names;
    for (const QString &id : inject.to)
        names << roomName(id);
    constexpr qsizetype kShown = 3;
    if (abbreviate && names.size() > kShown + 1) {
        const int rest = static_cast<int>(names.size() - kShown);
        return tr("%1 and %n more", nullptr, rest).arg(QStringList(names.mid(0, kShown)).join(tr(", ")));
    }
    return names.join(tr(", "));
}

QString MselModel::subjectText(const Inject &inject) const
{
    if (!inject.subject.isEmpty())
        return text(inject.subject);
    if (inject.page)
        return text(inject.page->title);
    return text(inject.script).section(QLatin1Char('\n'), 0, 0);
}

QString MselModel::channelText(scenario::Channel channel) const
{
    switch (channel) {
    case scenario::Channel::Mail:
        return tr("Mail");
    case scenario::Channel::Phone:
        return tr("Phone");
    case scenario::Channel::Web:
        return tr("Web");
    }
    return {};
}

QString MselModel::displayValue(const Inject &inject, int column) const
{
    switch (column) {
    case Id:
        return inject.id;
    case Time:
        return timeText(inject);
    case Channel:
        return channelText(inject.channel);
    case From:
        return fromText(inject.from);
    case To:
        return toText(inject);
    case Subject:
        return subjectText(inject);
    }
    return {};
}

QVariant MselModel::rawValue(const Inject &inject, int row, int column) const
{
    switch (column) {
    case Time:
        return inject.atMin ? qint64(*inject.atMin) : kUntimedBase + row;
    case Channel:
        return static_cast<int>(inject.channel);
    case From:
        return inject.from;
    case To:
        return inject.to.join(QLatin1Char(';'));
    default:
        return displayValue(inject, column);
    }
}

QString MselModel::toolTip(const Inject &inject, int column) const
{
    switch (column) {
    case Time:
        return inject.contingency ? timeText(inject) + QLatin1Char('\n') +
                                        tr("Contingency inject: fired only by hand or by its condition.")
                                  : timeText(inject);
    case From:
        return inject.from;
    case To: {
        QStringList lines;
        for (const QString &id : inject.to)
            lines << roomName(id) + QStringLiteral(" (") + id + QLatin1Char(')');
        for (const QString &id : inject.cc)
            lines << tr("cc: %1").arg(roomName(id) + QStringLiteral(" (") + id + QLatin1Char(')'));
        return lines.join(QLatin1Char('\n'));
    }
    case Subject:
        return text(inject.body).left(400);
    default:
        return {};
    }
}

QVariant MselModel::data(const QModelIndex &index, int role) const
{
    const Inject *inject = index.isValid() ? injectAt(index.row()) : nullptr;
    if (!inject)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*inject, index.column());
    case RawRole:
        return rawValue(*inject, index.row(), index.column());
    case ContingencyRole:
        return inject->contingency;
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*inject, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (inject->contingency) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant MselModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Time:
        return tr("Time");
    case Channel:
        return tr("Channel");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Subject:
        return tr("Subject");
    }
    return {};
}

}  // namespace cd::gui
