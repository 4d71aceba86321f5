#include "model/csvgraph.h"

#include "model/csvreader.h"
#include "model/idmap.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace cd::model {

using namespace Qt::StringLiterals;
using scenario::Diagnostic;
using scenario::Diagnostics;

namespace {

constexpr std::size_t kMaxErrors = 20;

/// Edge kind from the field's bytes (no QString per row).
std::optional<EdgeKind> kindFromBytes(std::string_view s)
{
    static const QStringList names = edgeKindNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names[i].size() == qsizetype(s.size()) && names[i] == QLatin1String(s.data(), qsizetype(s.size())))
            return EdgeKind(i);
    return std::nullopt;
}

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
            d.message = message;
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
        const int v = net.addNode(qs(id), line);
        ids.insert(id, std::uint32_t(v));
        const auto vi = std::size_t(v);
        numberField(f, h.col[Rate], "rate_per_h", net.ratePerH[vi], file, line, errors);
        numberField(f, h.col[Served], "served", net.served[vi], file, line, errors);
        numberField(f, h.col[Initial], "initial", net.initial[vi], file, line, errors);
        if (h.col[Unit] >= 0)
            net.units[vi] = qs(trimmed(f[std::size_t(h.col[Unit])]));
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

std::optional<Network> readEdgeListCsv(const QByteArray &edges, const QString &edgesFile, const QByteArray *nodes,
                                       const QString &nodesFile, Diagnostics *diagnostics)
{
    Errors errors(diagnostics);
    Network net;
    net.file = edgesFile;
    IdMap ids;
    const std::size_t rows = countLines(edges);
    const std::size_t nodeRows = nodes ? countLines(*nodes) : 0;
    net.reserve(nodeRows, rows);
    ids.reserve(nodes ? nodeRows : rows / 4);
    if (nodes && !readNodes(*nodes, nodesFile, net, ids, errors))
        return std::nullopt;

    enum { From, To, Weight, Autonomy, Recharge, Kind };
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

    const auto node = [&](std::string_view id, int line) -> int {
        id = trimmed(id);
        if (const long long found = ids.find(id); found >= 0)
            return int(found);
        if (id.empty()) {
            errors.add(edgesFile, line, u"empty node id"_s);
            return -1;
        }
        if (nodes) {
            QString m = QStringLiteral("unknown node '%1' (not in %2)").arg(qs(id), nodesFile);
            QStringList all(net.ids.begin(), net.ids.end());
            if (all.size() <= 5000)
                if (const QString d = scenario::didYouMean(qs(id), all); !d.isEmpty())
                    m += QStringLiteral("; did you mean '%1'?").arg(d);
            errors.add(edgesFile, line, m);
            return -1;
        }
        const int v = net.addNode(qs(id), line);
        ids.insert(id, std::uint32_t(v));
        return v;
    };
    const auto row = [&](const std::vector<std::string_view> &fields, int line) -> bool {
        if (fields.size() != h.width) {
            errors.add(edgesFile, line, QStringLiteral("expected %1 fields, found %2").arg(h.width).arg(fields.size()));
            if (errors.full())
                return false;
            return true;
        }
        const int u = node(fields[std::size_t(h.col[From])], line);
        const int v = node(fields[std::size_t(h.col[To])], line);
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
        net.addEdge(u, v, w, line);
        net.autonomyH.back() = d;
        net.rechargePerH.back() = rho;
        net.kind.back() = kind;
        return true;
    };
    if (edges.contains('"')) {
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

std::optional<Network> readMatrixCsv(const QByteArray &data, const QString &file, Diagnostics *diagnostics)
{
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

namespace {

void appendNumber(QByteArray &out, double x)
{
    char buf[32];
    if (std::isinf(x)) {
        out += x > 0 ? "inf" : "-inf";
        return;
    }
    const auto res = std::to_chars(buf, buf + sizeof buf, x);
    out.append(buf, qsizetype(res.ptr - buf));
}

void appendField(QByteArray &out, const QString &s)
{
    const QByteArray u = s.toUtf8();
    if (!u.contains(',') && !u.contains('"') && !u.contains('\n') && !u.contains('\r')) {
        out += u;
        return;
    }
    out += '"';
    for (char ch : u) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

}  // namespace

QByteArray writeEdgeListCsv(const Network &net)
{
    QByteArray out = "from,to,weight,autonomy_h,recharge_per_h,kind\n";
    for (std::size_t e = 0; e < net.edgeCount(); ++e) {
        appendField(out, net.ids[net.from[e]]);
        out += ',';
        appendField(out, net.ids[net.to[e]]);
        out += ',';
        appendNumber(out, net.weight[e]);
        out += ',';
        appendNumber(out, net.autonomyH[e]);
        out += ',';
        appendNumber(out, net.rechargePerH[e]);
        out += ',';
        out += toString(net.kind[e]).toLatin1();
        out += '\n';
    }
    return out;
}

QByteArray writeNodeCsv(const Network &net)
{
    QByteArray out = "id,rate_per_h,served,unit,name,min_units,min_minutes,initial\n";
    for (int v = 0; v < net.nodeCount(); ++v) {
        const auto vi = std::size_t(v);
        appendField(out, net.ids[vi]);
        out += ',';
        appendNumber(out, net.ratePerH[vi]);
        out += ',';
        appendNumber(out, net.served[vi]);
        out += ',';
        appendField(out, net.units[vi]);
        out += ',';
        appendField(out, net.names[vi]);
        out += ',';
        if (net.levels[vi]) {
            appendNumber(out, net.levels[vi]->minUnits);
            out += ',';
            out += QByteArray::number(net.levels[vi]->minMinutes);
        } else {
            out += ',';
        }
        out += ',';
        appendNumber(out, net.initial[vi]);
        out += '\n';
    }
    return out;
}

QByteArray writeMatrixCsv(const Network &net)
{
    const auto n = std::size_t(net.nodeCount());
    std::vector<double> a(n * n, 0.0);
    for (std::size_t e = 0; e < net.edgeCount(); ++e)
        a[net.to[e] * n + net.from[e]] = net.weight[e];
    QByteArray out;
    for (std::size_t i = 0; i < n; ++i) {
        out += ',';
        appendField(out, net.ids[i]);
    }
    out += '\n';
    for (std::size_t row = 0; row < n; ++row) {
        appendField(out, net.ids[row]);
        for (std::size_t col = 0; col < n; ++col) {
            out += ',';
            appendNumber(out, a[row * n + col]);
        }
        out += '\n';
    }
    return out;
}

}  // namespace cd::model
