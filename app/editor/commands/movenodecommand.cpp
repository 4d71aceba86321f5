#include "editor/commands/movenodecommand.h"

#include <QCoreApplication>

namespace cd::editor {

namespace {
QString textFor(const QHash<QString, QPointF> &to)
{
    if (to.size() == 1)
        return QCoreApplication::translate("cd::editor::Commands", "Move sector %1").arg(to.cbegin().key());
    return QCoreApplication::translate("cd::editor::Commands", "Move %n sector(s)", nullptr, int(to.size()));
}
}  // namespace

MoveNodeCommand::MoveNodeCommand(ScenarioDocument *document, const QHash<QString, QPointF> &to, int drag)
    : EditCommand(document, textFor(to)), m_after(to), m_drag(drag)
{
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const auto old = document->layout().constFind(it.key());
        m_before.insert(it.key(), old == document->layout().cend() ? std::nullopt : std::optional<QPointF>(*old));
    }
}

void MoveNodeCommand::redo()
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        layout().insert(it.key(), it.value());
    done();
}

void MoveNodeCommand::undo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (it.value())
            layout().insert(it.key(), *it.value());
        else
            layout().remove(it.key());
    }
    done();
}

bool MoveNodeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodeCommand *>(other);
    if (move->m_drag != m_drag || m_drag == 0)
        return false;
    // Keep the earliest "before" of each node, take the latest "after".
    for (auto it = move->m_before.cbegin(); it != move->m_before.cend(); ++it)
        if (!m_before.contains(it.key()))
            m_before.insert(it.key(), it.value());
    for (auto it = move->m_after.cbegin(); it != move->m_after.cend(); ++it)
        m_after.insert(it.key(), it.value());
    setText(textFor(m_after));
    return true;
}

}  // namespace cd::editor
