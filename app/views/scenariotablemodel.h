#pragma once
// Base of the read-only table models over a loaded Scenario (MSEL, rooms, sectors).
// Invariants: the model never owns or changes the scenario; whoever owns it calls
// setScenario() (a model reset) before the scenario changes or goes away, and setLanguage()
// when the UI language changes, so texts ({"ja","en"}) and headers follow it.

#include "scenario/scenario.h"

#include <QAbstractTableModel>
#include <QString>

namespace cd::gui {

class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioTableModel)

public:
    /// The value a proxy sorts by: numbers for numeric columns, not their display text.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ScenarioTableModel(QObject *parent = nullptr);

    /// Shows `s` (not owned; nullptr shows nothing).
    void setScenario(const scenario::Scenario *s);
    const scenario::Scenario *scenario() const { return m_scenario; }

    /// "ja" or "en": the language of scenario texts and of the headers.
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const final;

protected:
    /// Rows when a scenario is set.
    virtual int rows(const scenario::Scenario &s) const = 0;
    /// Text in the UI language.
    QString text(const scenario::Text &t) const { return t.get(m_language); }
    /// A graph node's name, or its id when the scenario has no such node.
    QString nodeName(const QString &id) const;
    /// A room's name, or its id when the scenario has no such room.
    QString roomName(const QString &id) const;

private:
    const scenario::Scenario *m_scenario = nullptr;
    QString m_language = QStringLiteral("en");
};

}  // namespace cd::gui
