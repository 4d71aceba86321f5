#pragma once
// The edge-list reader's fast path (internal to cd::model): one pass over the bytes of a
// well-formed, unquoted part of an edge list, the fields parsed where they are found (no per-row
// field vector), the node ids looked up a few rows after their slots were prefetched. It reads
// only what is valid; at the first thing it does not accept (a bad field count, number, kind or
// id) it stops and returns false, and the caller reads the part again with the general reader,
// which reports the located errors in file order.

#include "model/idmap.h"
#include "model/network.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cd::model {

/// The edges of one part of an edge list, in file order.
struct EdgeArrays
{
    std::vector<std::uint32_t> from, to;
    std::vector<double> weight, autonomyH, rechargePerH;
    std::vector<EdgeKind> kind;
    std::vector<int> lines;
    void reserve(std::size_t n);
    void clear();
};

/// Column index of each field of an edge list (-1 when absent) and the row width.
struct EdgeColumns
{
    int from = -1, to = -1, weight = -1, autonomy = -1, recharge = -1, kind = -1;
    std::size_t width = 0;
};

/// Edge kind from its name's bytes (no QString per row).
std::optional<EdgeKind> kindFromBytes(std::string_view s);

/// Reads the rows of [begin, end), which starts at line `firstLine`, into `out`. The text must
/// hold no quote and no lone CR. Returns false (with `out` partly filled) at the first row that
/// is not valid as it stands.
bool scanEdgeRows(const char *begin, const char *end, int firstLine, const EdgeColumns &columns, const IdMap &ids,
                  EdgeArrays &out);

}  // namespace cd::model
