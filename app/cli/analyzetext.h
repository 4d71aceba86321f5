#pragma once
// `crossdrill analyze` for people (docs/analyze.md): the text a terminal gets by default. It says
// which shock was used and where it came from, gives q (inoperability) as percentages with node
// names in the chosen language, the ranking of what the others depend on most, and, when asked
// for, the k-th order interdependency index. The machine formats (--format csv|json) are in
// analyze.cpp and do not change.

#include "cli/analyzeinput.h"
#include "model/cascade.h"

#include <QString>

#include <optional>
#include <vector>

namespace cd::cli {

/// Where the shocks came from (the first lines of the text output).
struct ShockSource
{
    enum class Kind { None, Truth, Given, Added, Replaced };
    Kind kind = Kind::None;
    std::vector<scenario::Shock> shocks;  ///< the shocks used
};

/// The display name of node v in `lang`: "name (id)", or the id when it has no name.
QString nodeLabel(const AnalyzeInput &in, int v, const QString &lang);

struct StaticText
{
    const AnalyzeInput *in = nullptr;
    QString lang;
    ShockSource source;
    std::vector<double> c;    ///< c* per node
    std::vector<double> q;    ///< clipped
    std::vector<double> raw;  ///< before clipping
    std::optional<int> order;
};
void printStaticText(const StaticText &t);

/// What a dynamic run did to each node, gathered step by step.
struct NodeCourse
{
    double peak = 0;
    int peakAt = 0;
    int degradedAt = -1;  ///< first minute q >= the degraded threshold, -1 never
    int downAt = -1;      ///< first minute q >= the down threshold, -1 never
    double last = 0;
};

struct DynamicText
{
    const AnalyzeInput *in = nullptr;
    QString lang;
    ShockSource source;
    int step = 1;
    int horizon = 0;
    std::vector<int> columns;        ///< the nodes shown (--only), input order
    std::vector<NodeCourse> course;  ///< per node (all nodes)
    model::Thresholds thresholds;
    std::vector<model::Breach> breaches;
};
void printDynamicText(const DynamicText &t);

}  // namespace cd::cli
