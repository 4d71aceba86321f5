#pragma once
// The four list edits (insert, remove, replace, move) written once over any list of the
// scenario; each concrete command (AddInjectCommand, ...) names its list and its text.
// `List` is a function returning the list inside a Scenario.

#include "editor/commands/editcommand.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace cd::editor {

template<typename T> using ListOf = std::vector<T> &(*)(scenario::Scenario &);

/// Inserts `item` at `index` (== size appends).
template<typename T> class InsertItemCommand : public EditCommand
{
public:
    InsertItemCommand(ScenarioDocument *d, ListOf<T> list, int index, T item, const QString &text)
        : EditCommand(d, text), m_list(list), m_index(index), m_item(std::move(item))
    {}
    void redo() override
    {
        auto &v = m_list(scenario());
        Q_ASSERT(m_index >= 0 && m_index <= int(v.size()));
        v.insert(v.begin() + m_index, m_item);
        done();
    }
    void undo() override
    {
        auto &v = m_list(scenario());
        v.erase(v.begin() + m_index);
        done();
    }

private:
    ListOf<T> m_list;
    int m_index;
    T m_item;
};

/// Removes the item at `index`, keeping it to put back.
template<typename T> class RemoveItemCommand : public EditCommand
{
public:
    RemoveItemCommand(ScenarioDocument *d, ListOf<T> list, int index, const QString &text)
        : EditCommand(d, text), m_list(list), m_index(index)
    {}
    void redo() override
    {
        auto &v = m_list(scenario());
        Q_ASSERT(m_index >= 0 && m_index < int(v.size()));
        m_item = std::move(v[m_index]);
        v.erase(v.begin() + m_index);
        done();
    }
    void undo() override
    {
        auto &v = m_list(scenario());
        v.insert(v.begin() + m_index, m_item);
        done();
    }

private:
    ListOf<T> m_list;
    int m_index;
    T m_item{};
};

/// Replaces the item at `index` by `item` (a form commits one field edit as one such command).
template<typename T> class ReplaceItemCommand : public EditCommand
{
public:
    ReplaceItemCommand(ScenarioDocument *d, ListOf<T> list, int index, T item, const QString &text)
        : EditCommand(d, text), m_list(list), m_index(index), m_after(std::move(item))
    {
        auto &v = m_list(scenario());
        Q_ASSERT(m_index >= 0 && m_index < int(v.size()));
        m_before = v[m_index];
    }
    void redo() override
    {
        m_list(scenario())[m_index] = m_after;
        done();
    }
    void undo() override
    {
        m_list(scenario())[m_index] = m_before;
        done();
    }

private:
    ListOf<T> m_list;
    int m_index;
    T m_before{};
    T m_after;
};

/// Moves the item at `from` to position `to` (both in the list before the move).
template<typename T> class MoveItemCommand : public EditCommand
{
public:
    MoveItemCommand(ScenarioDocument *d, ListOf<T> list, int from, int to, const QString &text)
        : EditCommand(d, text), m_list(list), m_from(from), m_to(to)
    {}
    void redo() override
    {
        move(m_from, m_to);
        done();
    }
    void undo() override
    {
        move(m_to, m_from);
        done();
    }

private:
    void move(int from, int to)
    {
        auto &v = m_list(scenario());
        Q_ASSERT(from >= 0 && from < int(v.size()) && to >= 0 && to < int(v.size()));
        T item = std::move(v[from]);
        v.erase(v.begin() + from);
        v.insert(v.begin() + to, std::move(item));
    }
    ListOf<T> m_list;
    int m_from;
    int m_to;
};

// The lists, for the concrete commands.
inline std::vector<scenario::Inject> &injectsOf(scenario::Scenario &s)
{
    return s.injects;
}
inline std::vector<scenario::Room> &roomsOf(scenario::Scenario &s)
{
    return s.rooms;
}
inline std::vector<scenario::Node> &nodesOf(scenario::Scenario &s)
{
    return s.graph.nodes;
}
inline std::vector<scenario::Edge> &edgesOf(scenario::Scenario &s)
{
    return s.graph.edges;
}
inline std::vector<scenario::Shock> &shocksOf(scenario::Scenario &s)
{
    return s.truth.shocks;
}
inline std::vector<scenario::Objective> &objectivesOf(scenario::Scenario &s)
{
    return s.meta.objectives;
}

inline std::vector<scenario::Persona> &personasOf(scenario::Scenario &s)
{
    return s.personas;
}
inline std::vector<scenario::Site> &sitesOf(scenario::Scenario &s)
{
    return s.sites;
}
inline std::vector<scenario::Response> &responsesOf(scenario::Scenario &s)
{
    return s.responses;
}
inline std::vector<scenario::ExpectedFlow> &flowsOf(scenario::Scenario &s)
{
    return s.expectedFlows;
}
inline std::vector<scenario::SurveyQuestion> &surveyOf(scenario::Scenario &s)
{
    return s.survey;
}

}  // namespace cd::editor
