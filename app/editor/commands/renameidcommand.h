#pragma once
// Renames one id (a room, persona, sector, inject, expected action, response, site, objective,
// flow or survey question) together with every reference to it that docs/scenario-format.md allows:
// inject from/to/cc/page site/expected room and to, conditions, edges, shocks, rooms' sectors,
// sites' read/post and pages, responses' rooms and effects, channels, expected flows, and the
// node positions of the editor's layout.
//
// The one entry point for forms: RenameIdCommand::rename(document, kind, oldId, newId) checks
// the new id (valid, not taken, not a reserved word) and pushes the command, or returns false
// with a translated reason. Undo restores the scenario and the layout exactly as they were
// (the command keeps the values before its redo), including references that were dangling.

#include "editor/commands/editcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace cd::editor {

enum class IdKind { Room, Persona, Node, Inject, Expected, Response, Site, Objective, Flow, Question };

class RenameIdCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameIdCommand)

public:
    /// Why `oldId` of `kind` cannot become `newId` (a translated sentence), or empty when it can.
    static QString refusal(const scenario::Scenario &s, IdKind kind, const QString &oldId, const QString &newId);
    /// Pushes the rename onto the document's undo stack. Returns false with the reason in *why
    /// when refused; returns true and pushes nothing when the id is unchanged.
    static bool rename(ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId,
                       QString *why = nullptr);
    /// Renames the item and every reference in `s` (no checks): what redo() does.
    static void apply(scenario::Scenario &s, IdKind kind, const QString &oldId, const QString &newId);
    /// The kind's name in messages ("room", "sector", ...), translated.
    static QString kindName(IdKind kind);

    /// Use rename() from forms; this constructor asserts that refusal() is empty.
    RenameIdCommand(ScenarioDocument *document, IdKind kind, const QString &oldId, const QString &newId);
    void redo() override;
    void undo() override;

    IdKind kind() const { return m_kind; }
    QString oldId() const { return m_old; }
    QString newId() const { return m_new; }

private:
    IdKind m_kind;
    QString m_old;
    QString m_new;
    scenario::Scenario m_before;
    QHash<QString, QPointF> m_layoutBefore;
};

}  // namespace cd::editor
