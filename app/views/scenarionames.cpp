#include "views/scenarionames.h"

namespace cd::gui {

QString ScenarioNames::party(const QString &id, const QString &lang) const
{
    if (id == QLatin1String("control") || id == QLatin1String("system"))
        return tr("Control team");
    if (id.startsWith(QLatin1String("persona:"))) {
        const scenario::Persona *p = m_scenario->persona(id.mid(8));
        return p ? p->name.get(lang) : id;
    }
    const scenario::Room *r = m_scenario->room(id);
    return r ? r->name.get(lang) : id;
}

QString ScenarioNames::site(const QString &id, const QString &lang) const
{
    const scenario::Site *s = m_scenario->site(id);
    return s ? s->name.get(lang) : id;
}

QString ScenarioNames::node(const QString &id, const QString &lang) const
{
    const scenario::Node *n = m_scenario->node(id);
    return n ? n->name.get(lang) : id;
}

QString ScenarioNames::partyOrSite(const QString &id, const QString &lang) const
{
    const QString name = party(id, lang);
    return name == id ? site(id, lang) : name;
}

QString ScenarioNames::withId(const QString &name, const QString &id)
{
    return name == id ? id : tr("%1 (%2)").arg(name, id);
}

}  // namespace cd::gui
