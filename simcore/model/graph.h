#pragma once
// The dependency graph as a Boost.Graph adjacency_list with bundled properties (docs/model.md "The
// graph"): the view used for GraphML interchange (dynamic_properties need std::string and double
// members) and for graph algorithms (strongly connected components, shortest paths). The step
// kernel works on the flat Network instead.

#include "model/network.h"

#include <boost/graph/adjacency_list.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace cd::model {

struct VertexProps
{
    std::string id;
    std::string name;
    std::string label;  ///< Gephi/yEd "label", used as the name when there is none
    std::string unit;
    double ratePerH = std::numeric_limits<double>::infinity();
    double served = 0;
    double initial = 0;
    double minUnits = std::numeric_limits<double>::quiet_NaN();  ///< NaN: no verification level
    double minMinutes = std::numeric_limits<double>::quiet_NaN();
};

struct EdgeProps
{
    double weight = std::numeric_limits<double>::quiet_NaN();  ///< NaN: not given
    double autonomyH = 0;
    double rechargePerH = 1;
    std::string kind = "other";
    std::size_t index = 0;  ///< position in the Network's edge list
};

using DependencyGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;

/// Vertex i is node i; edges keep their Network index in EdgeProps::index.
DependencyGraph toBoostGraph(const Network &net);

}  // namespace cd::model
