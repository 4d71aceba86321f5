#include "model/csvgraph.h"

#include "model/csvreader.h"
#include "model/edgescan.h"
#include "model/idmap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <thread>

namespace cd::model {

using namespace Qt::StringLiterals;
using scenario::Diagnostic;
using scenario::Diagnostics;

namespace {

constexpr std::size_t kMaxErrors = 20;

std::size_t countLines(const QByteArray &data)
{
    return std::size_t(std::count(data.constBegin(), data.constEnd(), '\n')) + 1;
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Collects located errors and counts them.
class Errors
{
public:
    explicit Errors(Diagnostics *out) : m_out(out) {}
    void add(const QString &file, int line, const QString &message)
    {
        ++m_count;
        if (m_out && m_count <= kMaxErrors) {
            Diagnostic d;
            d.file = file;
            d.line = line;
            d.message = scenario::boundText(message);
            m_out->push_back(d);
        }
    }
    bool full() const { return m_count >= kMaxErrors; }
    bool any() const { return m_count > 0; }

private:
    Diagnostics *m_out;
    std::size_t m_count = 0;
};

/// Maps header names to column indices; unknown or repeated names are errors.
struct Header
{
    std::vector<int> col;  // per known name, -1 when absent
    std::size_t width = 0;
};

Header readHeader(const std::vector<std::string_view> &fields, const std::vector<const char *> &known,
                  const QString &file, int line, Errors &errors)
{
    Header h;
    h.col.assign(known.size(), -1);
    h.width = fields.size();
    QStringList knownList;
    for (const char *k : known)
        knownList << QString::fromLatin1(k);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string_view name = trimmed(fields[i]);
        bool found = false;
        for (std::size_t k = 0; k < known.size(); ++k) {
            if (name != known[k])
                continue;
            found = true;
            if (h.col[k] >= 0)
                errors.add(file, line, QStringLiteral("column '%1' appears twice").arg(qs(name)));
            h.col[k] = int(i);
        }
        if (!found) {
            QString m = QStringLiteral("unknown column '%1'").arg(qs(name));
            if (const QString d = scenario::didYouMean(qs(name), knownList); !d.isEmpty())
                m += QStringLiteral(" (did you mean '%1'?)").arg(d);
            else
                m += QStringLiteral(" (known: %1)").arg(knownList.join(u", "_s));
            errors.add(file, line, m);
        }
    }
    return h;
}

bool numberField(const std::vector<std::string_view> &f, int col, const char *name, double &out, const QString &file,
                 int line, Errors &errors)
{
    if (col < 0)
        return true;
    const std::string_view s = trimmed(f[std::size_t(col)]);
    if (s.empty())
        return true;  // keep the default
    if (const auto v = parseDouble(s)) {
        out = *v;
        return true;
    }
    errors.add(file, line, QStringLiteral("column '%1': '%2' is not a number").arg(QString::fromLatin1(name), qs(s)));
    return false;
}

bool readNodes(const QByteArray &data, const QString &file, Network &net, IdMap &ids, Errors &errors)
{
    enum { Id, Rate, Served, Unit, Name, MinUnits, MinMinutes, Initial };
    const std::vector<const char *> known{"id",   "rate_per_h", "served",      "unit",
                                          "name", "min_units",  "min_minutes", "initial"};
    CsvReader r(data.constData(), data.constData() + data.size());
    std::vector<std::string_view> f;
    if (!r.next(f)) {
        errors.add(file, r.line(), r.error().empty() ? u"empty node file"_s : QString::fromStdString(r.error()));
        return false;
    }
    const Header h = readHeader(f, known, file, r.line(), errors);
    if (h.col[Id] < 0)
        errors.add(file, r.line(), u"the node file needs an 'id' column"_s);
    if (errors.any())
        return false;
    std::string lastUnitBytes;
    QString lastUnit;
    while (r.next(f)) {
        const int line = r.line();
        if (f.size() != h.width) {
            errors.add(file, line, QStringLiteral("expected %1 fields, found %2").arg(h.width).arg(f.size()));
            if (errors.full())
                return false;
            continue;
        }
        const std::string_view id = trimmed(f[std::size_t(h.col[Id])]);
        if (id.empty()) {
            errors.add(file, line, u"empty id"_s);
            continue;
        }
        if (ids.contains(id)) {
            errors.add(file, line, QStringLiteral("duplicate node id '%1'").arg(qs(id)));
            continue;
        }
        const int v = net.addNode(qs(id), line, false);
        ids.insert(id, std::uint32_t(v));
        const auto vi = std::size_t(v);
        numberField(f, h.col[Rate], "rate_per_h", net.ratePerH[vi], file, line, errors);
        numberField(f, h.col[Served], "served", net.served[vi], file, line, errors);
        numberField(f, h.col[Initial], "initial", net.initial[vi], file, line, errors);
        if (h.col[Unit] >= 0) {
            // Units repeat (users, kW, ...): consecutive equal ones share one string.
            const std::string_view unit = trimmed(f[std::size_t(h.col[Unit])]);
            if (unit != lastUnitBytes) {
                lastUnitBytes = unit;
                lastUnit = qs(unit);
            }
            net.units[vi] = lastUnit;
        }
        if (h.col[Name] >= 0)
            net.names[vi] = qs(trimmed(f[std::size_t(h.col[Name])]));
        double minUnits = NAN;
        double minMinutes = 0;
        numberField(f, h.col[MinUnits], "min_units", minUnits, file, line, errors);
        numberField(f, h.col[MinMinutes], "min_minutes", minMinutes, file, line, errors);
        if (!std::isnan(minUnits))
            net.levels[vi] = LevelSpec{minUnits, int(minMinutes)};
        if (errors.full())
            return false;
    }
    if (!r.error().empty())
        errors.add(file, r.line(), QString::fromStdString(r.error()));
    return !errors.any();
}

}  // namespace

namespace {

enum EdgeColumn { From, To, Weight, Autonomy, Recharge, Kind };

/// The edges read from one part of an edge list, with that part's errors.
struct EdgeRows : EdgeArrays
{
    Diagnostics diagnostics;
    Errors errors{&diagnostics};
    explicit EdgeRows(std::size_t n) { reserve(n); }
    EdgeRows(const EdgeRows &) = delete;
    EdgeRows &operator=(const EdgeRows &) = delete;
};

/// Reads the rows of `r` into `out`; node(id, line, errors) gives a node index or -1 (after
/// adding an error). Stops after kMaxErrors errors of this part.
template<class NodeOf>
void readEdgeRows(CsvReader &r, const Header &h, const QString &edgesFile, bool quoted, const IdMap &ids, NodeOf &&node,
                  EdgeRows &out)
{
    Errors &errors = out.errors;
    std::vector<std::string_view> f;
    const auto row = [&](const std::vector<std::string_view> &fields, int line) -> bool {
        if (fields.size() != h.width) {
            errors.add(edgesFile, line, QStringLiteral("expected %1 fields, found %2").arg(h.width).arg(fields.size()));
            return !errors.full();
        }
        const int u = node(fields[std::size_t(h.col[From])], line, errors);
        const int v = node(fields[std::size_t(h.col[To])], line, errors);
        double w = NAN;
        double d = 0;
        double rho = 1;
        const std::string_view ws = trimmed(fields[std::size_t(h.col[Weight])]);
        if (ws.empty())
            errors.add(edgesFile, line, u"column 'weight' is empty"_s);
        else
            numberField(fields, h.col[Weight], "weight", w, edgesFile, line, errors);
        numberField(fields, h.col[Autonomy], "autonomy_h", d, edgesFile, line, errors);
        numberField(fields, h.col[Recharge], "recharge_per_h", rho, edgesFile, line, errors);
        EdgeKind kind = EdgeKind::Other;
        if (h.col[Kind] >= 0) {
            const std::string_view ks = trimmed(fields[std::size_t(h.col[Kind])]);
            if (!ks.empty()) {
                if (const auto k = kindFromBytes(ks))
                    kind = *k;
                else
                    errors.add(edgesFile, line,
                               QStringLiteral("column 'kind': unknown kind '%1' (one of %2)")
                                   .arg(qs(ks), edgeKindNames().join(u", "_s)));
            }
        }
        if (errors.full())
            return false;
        if (u < 0 || v < 0)
            return true;
        out.from.push_back(std::uint32_t(u));
        out.to.push_back(std::uint32_t(v));
        out.weight.push_back(w);
        out.autonomyH.push_back(d);
        out.rechargePerH.push_back(rho);
        out.kind.push_back(kind);
        out.lines.push_back(line);
        return true;
    };
    if (quoted) {
        while (r.next(f))
            if (!row(f, r.line()))
                break;
    } else {
        // No quotes, so every field views the buffer itself: read rows ahead and prefetch their
        // id slots, hiding the cache misses of the lookups behind the parsing of other rows.
        constexpr std::size_t kAhead = 16;
        std::array<std::vector<std::string_view>, kAhead> ring;
        std::array<int, kAhead> lines{};
        std::size_t read = 0;
        std::size_t done = 0;
        bool more = true;
        for (;;) {
            while (more && read - done < kAhead) {
                std::vector<std::string_view> &slot = ring[read % kAhead];
                if (!r.next(slot)) {
                    more = false;
                    break;
                }
                lines[read % kAhead] = r.line();
                if (slot.size() == h.width) {
                    ids.prefetch(trimmed(slot[std::size_t(h.col[From])]));
                    ids.prefetch(trimmed(slot[std::size_t(h.col[To])]));
                }
                ++read;
            }
            if (done == read || !row(ring[done % kAhead], lines[done % kAhead]))
                break;
            ++done;
        }
    }
    if (!r.error().empty())
        errors.add(edgesFile, r.line(), QString::fromStdString(r.error()));
}

template<class T> void append(std::vector<T> &to, std::vector<T> &from)
{
    if (to.empty())
        to.swap(from);
    else
        to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
}

/// What the reader needs to know of a whole file before reading it: its line count (to size the
/// arrays), whether it holds a quote (fields may then span lines) or a lone CR (it ends a row but
/// is not counted like a newline between rows).
struct Survey
{
    std::size_t lines = 0;
    bool quote = false;
    bool loneCr = false;
};

Survey survey(const QByteArray &data)
{
    Survey s;
    const char *const begin = data.constData();
    const char *const end = begin + data.size();
    s.lines = countLines(data);
    s.quote = std::memchr(begin, '"', std::size_t(data.size())) != nullptr;
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\r', std::size_t(end - p)))); ++p) {
        if (p + 1 == end || p[1] != '\n') {
            s.loneCr = true;
            break;
        }
    }
    return s;
}

/// Where to split [begin, end) (the rows of a file surveyed as `file`) into two parts read in
/// parallel: the start of a line near the middle, or null when the text must be read in one pass.
const char *splitPoint(const char *begin, const char *end, const Survey &file)
{
    constexpr std::ptrdiff_t kMinParallelBytes = 1 << 20;
    if (end - begin < kMinParallelBytes || file.quote || file.loneCr)
        return nullptr;
    const auto size = std::size_t(end - begin);
    const char *mid = static_cast<const char *>(std::memchr(begin + size / 2, '\n', size - size / 2));
    return mid && mid + 1 < end ? mid + 1 : nullptr;
}

}  // namespace

std::optional<Network> readEdgeListCsv(const QByteArray &edges, const QString &edgesFile, const QByteArray *nodes,
                                       const QString &nodesFile, Diagnostics *diagnostics)
{
    const scenario::SuggestionScope suggestions;  // a bounded number of did-you-mean searches
    Errors errors(diagnostics);
    Network net;
    net.file = edgesFile;
    IdMap ids;
    // With a node file, the edge list is surveyed on another thread while the nodes are read.
    Survey edgeSurvey;
    std::jthread surveyor;
    if (nodes)
        surveyor = std::jthread([&] { edgeSurvey = survey(edges); });
    else
        edgeSurvey = survey(edges);
    const std::size_t nodeRows = nodes ? countLines(*nodes) : 0;
    net.reserve(nodeRows, 0);
    ids.reserve(nodes ? nodeRows : edgeSurvey.lines / 4);
    if (nodes && !readNodes(*nodes, nodesFile, net, ids, errors))
        return std::nullopt;
    if (surveyor.joinable())
        surveyor.join();
    const std::size_t rows = edgeSurvey.lines;

    const std::vector<const char *> known{"from", "to", "weight", "autonomy_h", "recharge_per_h", "kind"};
    CsvReader r(edges.constData(), edges.constData() + edges.size());
    std::vector<std::string_view> f;
    if (!r.next(f)) {
        errors.add(edgesFile, r.line(), r.error().empty() ? u"empty edge list"_s : QString::fromStdString(r.error()));
        return std::nullopt;
    }
    if (f.size() < 2 || trimmed(f[0]) != "from" || trimmed(f[1]) != "to")
        errors.add(edgesFile, r.line(), u"an edge list's header starts with 'from,to'"_s);
    const Header h = readHeader(f, known, edgesFile, r.line(), errors);
    for (int need : {Weight, Autonomy})
        if (h.col[std::size_t(need)] < 0)
            errors.add(edgesFile, r.line(),
                       QStringLiteral("missing column '%1'").arg(QString::fromLatin1(known[std::size_t(need)])));
    if (errors.any())
        return std::nullopt;

    QStringList allIds;
    const auto unknownNode = [&](std::string_view id, int line, Errors &errs) {
        if (id.empty()) {
            errs.add(edgesFile, line, u"empty node id"_s);
            return -1;
        }
        QString m = QStringLiteral("unknown node '%1' (not in %2)").arg(scenario::echo(qs(id)), nodesFile);
        if (net.ids.size() <= 5000 && id.size() <= std::size_t(scenario::kSuggestMaxLength)) {
            if (allIds.isEmpty())
                allIds = QStringList(net.ids.begin(), net.ids.end());  // once, not per unknown node
            if (const QString d = scenario::didYouMean(qs(id), allIds); !d.isEmpty())
                m += QStringLiteral("; did you mean '%1'?").arg(d);
        }
        errs.add(edgesFile, line, m);
        return -1;
    };
    const char *bodyEnd = edges.constData() + edges.size();
    const char *mid = nodes ? splitPoint(r.position(), bodyEnd, edgeSurvey) : nullptr;
    std::vector<std::unique_ptr<EdgeRows>> parts;
    if (mid) {
        // The node file fixed the ids: lookups only read the map, so two halves of the edge list
        // are read at once (a million rows: about half the time on two cores).
        const auto lookup = [&](std::string_view id, int line, Errors &errs) -> int {
            id = trimmed(id);
            if (const long long found = ids.find(id); found >= 0)
                return int(found);
            return unknownNode(id, line, errs);
        };
        // The first part reserves room for all rows (untouched pages cost no memory), so the
        // second is appended to it without a copy of the first.
        parts.push_back(std::make_unique<EdgeRows>(rows));
        parts.push_back(std::make_unique<EdgeRows>(rows / 2 + 1));
        // The fast path first; if a part has anything to report, both are read again by the
        // general reader, which locates every error.
        EdgeColumns columns;
        columns.from = h.col[From];
        columns.to = h.col[To];
        columns.weight = h.col[Weight];
        columns.autonomy = h.col[Autonomy];
        columns.recharge = h.col[Recharge];
        columns.kind = h.col[Kind];
        columns.width = h.width;
        // The second part's first line is counted on its own thread.
        int secondLine = 0;
        bool fast[2] = {false, false};
        std::thread scanner([&] {
            secondLine = r.nextLine() + int(std::count(r.position(), mid, '\n'));
            fast[1] = scanEdgeRows(mid, bodyEnd, secondLine, columns, ids, *parts[1]);
        });
        fast[0] = scanEdgeRows(r.position(), mid, r.nextLine(), columns, ids, *parts[0]);
        scanner.join();
        if (!fast[0] || !fast[1]) {
            parts[0]->clear();
            parts[1]->clear();
            CsvReader first(r.position(), mid, r.nextLine());
            CsvReader second(mid, bodyEnd, secondLine);
            std::thread helper([&] { readEdgeRows(second, h, edgesFile, false, ids, lookup, *parts[1]); });
            readEdgeRows(first, h, edgesFile, false, ids, lookup, *parts[0]);
            helper.join();
        }
    } else {
        const auto node = [&](std::string_view id, int line, Errors &errs) -> int {
            id = trimmed(id);
            if (const long long found = ids.find(id); found >= 0)
                return int(found);
            if (nodes || id.empty())
                return unknownNode(id, line, errs);
            const int v = net.addNode(qs(id), line, false);
            ids.insert(id, std::uint32_t(v));
            return v;
        };
        parts.push_back(std::make_unique<EdgeRows>(rows));
        readEdgeRows(r, h, edgesFile, edgeSurvey.quote, ids, node, *parts[0]);
    }
    for (auto &part : parts)
        for (const Diagnostic &d : part->diagnostics)
            errors.add(d.file, d.line, d.message);
    if (errors.any())
        return std::nullopt;
    for (auto &part : parts) {
        append(net.from, part->from);
        append(net.to, part->to);
        append(net.weight, part->weight);
        append(net.autonomyH, part->autonomyH);
        append(net.rechargePerH, part->rechargePerH);
        append(net.kind, part->kind);
        append(net.edgeLines, part->lines);
    }
    parts.clear();
    net.useByteIndex(std::move(ids));
    Diagnostics v = validateNetwork(net);
    if (!v.empty()) {
        if (diagnostics)
            diagnostics->insert(diagnostics->end(), v.begin(), v.end());
        return std::nullopt;
    }
    return net;
}

std::optional<Network> readMatrixCsv(const QByteArray &data, const QString &file, Diagnostics *diagnostics)
{
    const scenario::SuggestionScope suggestions;
    Errors errors(diagnostics);
    Network net;
    net.file = file;
    CsvReader r(data.constData(), data.constData() + data.size());
    std::vector<std::string_view> f;
    if (!r.next(f) || f.size() < 2 || !trimmed(f[0]).empty()) {
        errors.add(file, r.line(), u"a matrix CSV's header is an empty cell followed by the node ids"_s);
        return std::nullopt;
    }
    const int headerLine = r.line();
    IdMap ids;
    for (std::size_t i = 1; i < f.size(); ++i) {
        const std::string_view id = trimmed(f[i]);
        if (id.empty() || ids.contains(id)) {
            errors.add(file, headerLine,
                       id.empty() ? QStringLiteral("column %1: empty id").arg(i + 1)
                                  : QStringLiteral("column %1: duplicate id '%2'").arg(i + 1).arg(qs(id)));
            continue;
        }
        ids.insert(id, std::uint32_t(net.addNode(qs(id), headerLine)));
    }
    if (errors.any())
        return std::nullopt;
    const auto n = std::size_t(net.nodeCount());
    std::vector<char> seen(n, 0);
    while (r.next(f)) {
        const int line = r.line();
        if (f.size() != n + 1) {
            errors.add(
                file, line,
                QStringLiteral("expected %1 fields (an id and %2 values), found %3").arg(n + 1).arg(n).arg(f.size()));
            if (errors.full())
                break;
            continue;
        }
        const std::string_view id = trimmed(f[0]);
        const long long found = ids.find(id);
        if (found < 0) {
            errors.add(file, line, QStringLiteral("row id '%1' is not in the header").arg(qs(id)));
            continue;
        }
        const auto v = std::uint32_t(found);
        if (seen[v]) {
            errors.add(file, line, QStringLiteral("row '%1' appears twice").arg(qs(id)));
            continue;
        }
        seen[v] = 1;
        for (std::size_t col = 0; col < n; ++col) {
            const auto a = parseDouble(f[col + 1]);
            if (!a) {
                errors.add(
                    file, line,
                    QStringLiteral("column '%1': '%2' is not a number").arg(net.ids[col], qs(trimmed(f[col + 1]))));
                continue;
            }
            if (*a != 0)
                net.addEdge(int(col), int(v), *a, line);
        }
        if (errors.full())
            break;
    }
    if (!r.error().empty())
        errors.add(file, r.line(), QString::fromStdString(r.error()));
    for (std::size_t v = 0; v < n && !errors.full(); ++v)
        if (!seen[v])
            errors.add(file, 0, QStringLiteral("no row for '%1'").arg(net.ids[v]));
    if (errors.any())
        return std::nullopt;
    Diagnostics v = validateNetwork(net);
    if (!v.empty()) {
        if (diagnostics)
            diagnostics->insert(diagnostics->end(), v.begin(), v.end());
        return std::nullopt;
    }
    return net;
}

}  // namespace cd::model
