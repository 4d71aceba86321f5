#pragma once
// Display names of a scenario's ids, shared by the console's views (MSEL timeline, monitor,
// white cell) so a party, site or sector reads the same everywhere: parties ("control",
// "persona:ID" or a room id), sites and graph nodes, in a language ("ja" or "en"). An id the
// scenario does not know shows as itself. withId() is the tooltip form, "name (id)".

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>

namespace cd::gui {

class ScenarioNames
{
    Q_DECLARE_TR_FUNCTIONS(cd::gui::ScenarioNames)

public:
    /// `scenario` is not owned and must outlive this.
    explicit ScenarioNames(const scenario::Scenario &scenario) : m_scenario(&scenario) {}

    /// "control" (and the engine's "system") is the control team; then personas, then rooms.
    QString party(const QString &id, const QString &lang) const;
    QString site(const QString &id, const QString &lang) const;
    QString node(const QString &id, const QString &lang) const;
    /// A party or, failing that, a site (the monitor's recipients are either).
    QString partyOrSite(const QString &id, const QString &lang) const;
    /// "name (id)".
    static QString withId(const QString &name, const QString &id);

private:
    const scenario::Scenario *m_scenario;
};

}  // namespace cd::gui
