#include "editor/commands/renameidcommand.h"

#include <QRegularExpression>

#include <map>

namespace cd::editor {

using namespace scenario;

namespace {

const QString kPersonaPrefix = QStringLiteral("persona:");

void swap(QString &value, const QString &from, const QString &to)
{
    if (value == from)
        value = to;
}

void swap(QStringList &list, const QString &from, const QString &to)
{
    for (QString &value : list)
        swap(value, from, to);
}

/// The ids a kind's items have now (expected actions: across every inject).
QStringList idsOf(const Scenario &s, IdKind kind)
{
    QStringList ids;
    const auto collect = [&ids](const auto &list) {
        for (const auto &item : list)
            ids << item.id;
    };
    switch (kind) {
    case IdKind::Room:
        collect(s.rooms);
        break;
    case IdKind::Persona:
        collect(s.personas);
        break;
    case IdKind::Node:
        collect(s.graph.nodes);
        break;
    case IdKind::Inject:
        collect(s.injects);
        break;
    case IdKind::Expected:
        for (const Inject &in : s.injects)
            collect(in.expected);
        break;
    case IdKind::Response:
        collect(s.responses);
        break;
    case IdKind::Site:
        collect(s.sites);
        break;
    case IdKind::Objective:
        collect(s.meta.objectives);
        break;
    case IdKind::Flow:
        collect(s.expectedFlows);
        break;
    case IdKind::Question:
        collect(s.survey);
        break;
    }
    return ids;
}

/// The condition kinds whose `ref` names an id of `kind`.
bool refersTo(Condition::Kind c, IdKind kind)
{
    switch (c) {
    case Condition::Kind::NodeQ:
    case Condition::Kind::Breach:
        return kind == IdKind::Node;
    case Condition::Kind::Fired:
        return kind == IdKind::Inject;
    case Condition::Kind::Met:
    case Condition::Kind::Missed:
        return kind == IdKind::Expected;
    case Condition::Kind::Response:
        return kind == IdKind::Response;
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not:
        return false;
    }
    return false;
}

void renameInCondition(Condition &c, IdKind kind, const QString &from, const QString &to)
{
    if (refersTo(c.kind, kind))
        swap(c.ref, from, to);
    for (Condition &child : c.children)
        renameInCondition(child, kind, from, to);
}

void renameRoom(Scenario &s, const QString &from, const QString &to)
{
    for (Inject &in : s.injects) {
        swap(in.to, from, to);
        swap(in.cc, from, to);
        for (Expected &e : in.expected) {
            swap(e.room, from, to);
            if (e.action != Action::Post)  // a post's `to` is a site
                swap(e.to, from, to);
        }
    }
    for (Site &site : s.sites) {
        swap(site.read, from, to);
        swap(site.post, from, to);
    }
    for (Response &r : s.responses)
        swap(r.rooms, from, to);
    for (ExpectedFlow &f : s.expectedFlows) {
        swap(f.from, from, to);
        swap(f.to, from, to);
    }
}

void renameNode(Scenario &s, const QString &from, const QString &to)
{
    for (Edge &e : s.graph.edges) {
        swap(e.from, from, to);
        swap(e.to, from, to);
    }
    for (Room &r : s.rooms) {
        swap(r.sector, from, to);
        swap(r.sectors, from, to);
    }
    for (Shock &shock : s.truth.shocks)
        swap(shock.node, from, to);
    for (Response &r : s.responses) {
        swap(r.effect.edgeFrom, from, to);
        swap(r.effect.edgeTo, from, to);
        swap(r.effect.node, from, to);
    }
    for (std::optional<ChannelRealism> *c : {&s.channels.mail, &s.channels.phone, &s.channels.web})
        if (*c)
            swap((*c)->node, from, to);
}

void renameSite(Scenario &s, const QString &from, const QString &to)
{
    for (Site &site : s.sites)
        for (Page &page : site.pages)
            swap(page.site, from, to);
    for (Inject &in : s.injects) {
        if (in.page)
            swap(in.page->site, from, to);
        for (Expected &e : in.expected)
            if (e.action == Action::Post)
                swap(e.to, from, to);
    }
}

template<typename List> void renameItem(List &list, const QString &from, const QString &to)
{
    for (auto &item : list)
        swap(item.id, from, to);
}

}  // namespace

QString RenameIdCommand::kindName(IdKind kind)
{
    switch (kind) {
    case IdKind::Room:
        return tr("room");
    case IdKind::Persona:
        return tr("persona");
    case IdKind::Node:
        return tr("sector");
    case IdKind::Inject:
        return tr("inject");
    case IdKind::Expected:
        return tr("expected action");
    case IdKind::Response:
        return tr("response");
    case IdKind::Site:
        return tr("site");
    case IdKind::Objective:
        return tr("objective");
    case IdKind::Flow:
        return tr("expected flow");
    case IdKind::Question:
        return tr("survey question");
    }
    return {};
}

QString RenameIdCommand::refusal(const Scenario &s, IdKind kind, const QString &oldId, const QString &newId)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QStringList ids = idsOf(s, kind);
    if (!ids.contains(oldId))
        return tr("There is no %1 with the id '%2'.").arg(kindName(kind), oldId);
    if (newId == oldId)
        return {};
    if (newId.isEmpty())
        return tr("The id of a %1 cannot be empty.").arg(kindName(kind));
    if (!valid.match(newId).hasMatch())
        return tr("'%1' is not a valid id: use only letters, digits, '_', '.' and '-'.").arg(newId);
    if (ids.contains(newId))
        return tr("There is already a %1 with the id '%2'.").arg(kindName(kind), newId);
    // Words the format gives a meaning where these ids are referred to.
    if (kind == IdKind::Room && (newId == QLatin1String("all") || newId == QLatin1String("control")))
        return tr("'%1' is reserved: sites and player scripts use it; choose another room id.").arg(newId);
    if (kind == IdKind::Inject && newId == QLatin1String("first-impact"))
        return tr("'%1' is reserved: expected flows use it; choose another inject id.").arg(newId);
    return {};
}

bool RenameIdCommand::rename(ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId,
                             QString *why)
{
    const QString reason = refusal(document->scenario(), kind, oldId, newId);
    if (why)
        *why = reason;
    if (!reason.isEmpty())
        return false;
    if (newId != oldId)
        document->undoStack()->push(new RenameIdCommand(document, kind, oldId, newId));
    return true;
}

void RenameIdCommand::apply(Scenario &s, IdKind kind, const QString &from, const QString &to)
{
    switch (kind) {
    case IdKind::Room:
        renameItem(s.rooms, from, to);
        renameRoom(s, from, to);
        break;
    case IdKind::Persona:
        renameItem(s.personas, from, to);
        for (Inject &in : s.injects)
            swap(in.from, kPersonaPrefix + from, kPersonaPrefix + to);
        break;
    case IdKind::Node:
        renameItem(s.graph.nodes, from, to);
        renameNode(s, from, to);
        break;
    case IdKind::Inject:
        renameItem(s.injects, from, to);
        for (ExpectedFlow &f : s.expectedFlows)
            swap(f.after, from, to);
        break;
    case IdKind::Expected:
        for (Inject &in : s.injects)
            renameItem(in.expected, from, to);
        break;
    case IdKind::Response:
        renameItem(s.responses, from, to);
        break;
    case IdKind::Site:
        renameItem(s.sites, from, to);
        renameSite(s, from, to);
        break;
    case IdKind::Objective:
        renameItem(s.meta.objectives, from, to);
        break;
    case IdKind::Flow:
        renameItem(s.expectedFlows, from, to);
        break;
    case IdKind::Question:
        renameItem(s.survey, from, to);
        break;
    }
    for (Inject &in : s.injects)
        if (in.when)
            renameInCondition(*in.when, kind, from, to);
    // truth.disclosed names its places "kind:ID" (the spoiler check).
    static const std::map<IdKind, QString> places{{IdKind::Inject, QStringLiteral("inject:")},
                                                  {IdKind::Site, QStringLiteral("site:")},
                                                  {IdKind::Response, QStringLiteral("response:")},
                                                  {IdKind::Room, QStringLiteral("room:")},
                                                  {IdKind::Persona, kPersonaPrefix}};
    if (const auto place = places.find(kind); place != places.end())
        for (Disclosure &d : s.truth.disclosed)
            swap(d.in, place->second + from, place->second + to);
}

RenameIdCommand::RenameIdCommand(ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId)
    : EditCommand(document, tr("Rename %1 %2 to %3").arg(kindName(kind), oldId, newId)), m_kind(kind), m_old(oldId),
      m_new(newId)
{
    Q_ASSERT(refusal(document->scenario(), kind, oldId, newId).isEmpty());
}

void RenameIdCommand::redo()
{
    m_before = scenario();
    m_layoutBefore = layout();
    apply(scenario(), m_kind, m_old, m_new);
    if (m_kind == IdKind::Node && layout().contains(m_old))
        layout().insert(m_new, layout().take(m_old));
    done();
}

void RenameIdCommand::undo()
{
    scenario() = m_before;
    layout() = m_layoutBefore;
    m_before = {};
    m_layoutBefore.clear();
    done();
}

}  // namespace cd::editor
