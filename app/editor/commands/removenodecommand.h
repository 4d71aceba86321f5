#pragma once
// Removes a sector (graph node) together with the edges into and out of it, which would
// otherwise dangle; undo puts the node and every edge back at their places.

#include "editor/commands/editcommand.h"

#include <vector>

namespace cd::editor {

class RemoveNodeCommand final : public EditCommand
{
public:
    RemoveNodeCommand(ScenarioDocument *document, int index);
    void redo() override;
    void undo() override;

private:
    int m_index;
    scenario::Node m_node;
    std::vector<std::pair<int, scenario::Edge>> m_edges;  ///< removed edges with their indices, ascending
};

}  // namespace cd::editor
