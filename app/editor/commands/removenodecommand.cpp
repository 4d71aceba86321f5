#include "editor/commands/removenodecommand.h"

#include <QCoreApplication>

namespace cd::editor {

RemoveNodeCommand::RemoveNodeCommand(ScenarioDocument *document, int index)
    : EditCommand(document, QCoreApplication::translate("cd::editor::Commands", "Remove sector %1")
                                .arg(document->scenario().graph.nodes.at(index).id)),
      m_index(index)
{}

void RemoveNodeCommand::redo()
{
    scenario::Graph &g = scenario().graph;
    m_node = g.nodes.at(m_index);
    m_edges.clear();
    for (int i = 0; i < int(g.edges.size()); ++i) {
        if (g.edges[i].from == m_node.id || g.edges[i].to == m_node.id)
            m_edges.emplace_back(i, g.edges[i]);
    }
    for (auto it = m_edges.rbegin(); it != m_edges.rend(); ++it)
        g.edges.erase(g.edges.begin() + it->first);
    g.nodes.erase(g.nodes.begin() + m_index);
    done();
}

void RemoveNodeCommand::undo()
{
    scenario::Graph &g = scenario().graph;
    g.nodes.insert(g.nodes.begin() + m_index, m_node);
    for (const auto &[i, edge] : m_edges)  // ascending: each index is valid once the earlier ones are back
        g.edges.insert(g.edges.begin() + i, edge);
    done();
}

}  // namespace cd::editor
