#include "model/graphml.h"

#include "model/graph.h"

#include <QXmlStreamReader>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <charconv>
#include <sstream>
#include <unordered_map>

namespace cd::model {

using namespace Qt::StringLiterals;
using scenario::Diagnostic;
using scenario::Diagnostics;

namespace {

/// What Qt's streaming parser sees first: the node ids in document order (the order in which
/// Boost creates the vertices), the edges and their lines. Boost's reader keeps no ids or lines.
struct Prescan
{
    std::vector<QString> ids;
    std::vector<int> nodeLines;
    struct EdgeRef
    {
        QString source;
        QString target;
        int line = 0;
    };
    std::vector<EdgeRef> edges;
};

Diagnostic diag(const QString &file, int line, int column, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = scenario::boundText(message);
    return d;
}

bool prescan(const QByteArray &data, const QString &file, Prescan &out, Diagnostics &errors)
{
    QXmlStreamReader xml(data);
    int depth = 0;
    int graphDepth = -1;  // depth of the first <graph>, while inside it
    bool seenGraph = false;
    bool directedDefault = false;
    QHash<QString, int> seen;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == graphDepth)
                graphDepth = -1;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const int line = int(xml.lineNumber());
        const int col = int(xml.columnNumber());
        const QStringView name = xml.name();
        if (depth == 1 && name != u"graphml") {
            errors.push_back(diag(file, line, col, u"not a GraphML document: the root element is not <graphml>"_s));
            return false;
        }
        if (depth == 2 && name == u"graph" && !seenGraph) {
            seenGraph = true;
            graphDepth = depth;
            directedDefault = xml.attributes().value(QLatin1String("edgedefault")) == u"directed";
            continue;
        }
        if (graphDepth < 0 || depth != graphDepth + 1)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (name == u"node") {
            if (!a.hasAttribute(QLatin1String("id"))) {
                errors.push_back(diag(file, line, col, u"<node> without an id"_s));
                continue;
            }
            const QString id = a.value(QLatin1String("id")).toString();
            if (auto it = seen.constFind(id); it != seen.constEnd()) {
                errors.push_back(diag(file, line, col,
                                      QStringLiteral("duplicate node id '%1' (first on line %2)").arg(id).arg(*it)));
                continue;
            }
            seen.insert(id, line);
            out.ids.push_back(id);
            out.nodeLines.push_back(line);
        } else if (name == u"edge") {
            if (!a.hasAttribute(QLatin1String("source")) || !a.hasAttribute(QLatin1String("target"))) {
                errors.push_back(diag(file, line, col, u"<edge> needs a source and a target"_s));
                continue;
            }
            const QStringView dir = a.value(QLatin1String("directed"));
            if (dir.isEmpty() ? !directedDefault : dir != u"true") {
                errors.push_back(diag(file, line, col,
                                      u"undirected edge: dependencies are directed (u -> v means v depends on u); "
                                      "declare <graph edgedefault=\"directed\">"_s));
                continue;
            }
            out.edges.push_back(Prescan::EdgeRef{a.value(QLatin1String("source")).toString(),
                                                 a.value(QLatin1String("target")).toString(), line});
        }
        if (errors.size() >= 20)
            return false;
    }
    if (xml.hasError()) {
        errors.push_back(
            diag(file, int(xml.lineNumber()), int(xml.columnNumber()), u"malformed XML: "_s + xml.errorString()));
        return false;
    }
    if (!seenGraph) {
        errors.push_back(diag(file, 0, 0, u"no <graph> element in the GraphML document"_s));
        return false;
    }
    for (const Prescan::EdgeRef &e : out.edges)
        for (const QString &end : {e.source, e.target})
            if (!seen.contains(end))
                errors.push_back(diag(file, e.line, 0, QStringLiteral("edge refers to undeclared node '%1'").arg(end)));
    return errors.empty();
}

/// The types our attributes are read as, whatever the file declares (NetworkX writes Python ints
/// as "long" or "int"); nullptr for keys that are not ours (ignored).
const char *nodeType(const std::string &name)
{
    static const std::unordered_map<std::string, const char *> types{
        {"name", "string"},   {"label", "string"},   {"unit", "string"},      {"rate_per_h", "double"},
        {"served", "double"}, {"initial", "double"}, {"min_units", "double"}, {"min_minutes", "double"}};
    const auto it = types.find(name);
    return it == types.end() ? nullptr : it->second;
}

const char *edgeType(const std::string &name)
{
    static const std::unordered_map<std::string, const char *> types{
        {"weight", "double"}, {"autonomy_h", "double"}, {"recharge_per_h", "double"}, {"kind", "string"}};
    const auto it = types.find(name);
    return it == types.end() ? nullptr : it->second;
}

struct ContextError
{
    bool node = true;
    std::size_t index = 0;
    std::string message;
};

class Mutator final : public boost::mutate_graph_impl<DependencyGraph>
{
    using Base = boost::mutate_graph_impl<DependencyGraph>;
    using EdgeDesc = boost::graph_traits<DependencyGraph>::edge_descriptor;
    using VertexDesc = boost::graph_traits<DependencyGraph>::vertex_descriptor;

public:
    Mutator(DependencyGraph &g, boost::dynamic_properties &dp) : Base(g, dp) {}
    std::vector<EdgeDesc> edges;

    std::pair<boost::any, bool> do_add_edge(boost::any source, boost::any target) override
    {
        auto r = Base::do_add_edge(source, target);
        edges.push_back(boost::any_cast<EdgeDesc>(r.first));
        return r;
    }
    void set_vertex_property(const std::string &name, boost::any vertex, const std::string &value,
                             const std::string &) override
    {
        const char *type = nodeType(name);
        if (!type)
            return;
        try {
            Base::set_vertex_property(name, vertex, value, type);
        } catch (const std::exception &) {
            throw ContextError{true, boost::any_cast<VertexDesc>(vertex),
                               "'" + name + "': '" + value + "' is not a valid " + type};
        }
    }
    void set_edge_property(const std::string &name, boost::any edge, const std::string &value,
                           const std::string &) override
    {
        const char *type = edgeType(name);
        if (!type)
            return;
        try {
            Base::set_edge_property(name, edge, value, type);
        } catch (const std::exception &) {
            throw ContextError{false, edges.empty() ? 0 : edges.size() - 1,
                               "'" + name + "': '" + value + "' is not a valid " + type};
        }
    }
};

/// A double written with the shortest representation that reads back exactly (Boost writes
/// property values through an ostream at the default precision of 6 digits).
struct ExactDouble
{
    double value = 0;
    friend std::ostream &operator<<(std::ostream &os, const ExactDouble &d)
    {
        if (std::isinf(d.value))
            return os << (d.value > 0 ? "inf" : "-inf");
        if (std::isnan(d.value))
            return os << "nan";
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, d.value);
        return os.write(buf, r.ptr - buf);
    }
};

template<typename Map> auto exact(Map m)
{
    return boost::make_transform_value_property_map([](double v) { return ExactDouble{v}; }, m);
}

/// Properties for writing: numbers exact (their keys are declared "string" by Boost for the
/// wrapper type and re-declared "double" afterwards).
boost::dynamic_properties writeProperties(DependencyGraph &g, bool levels, bool initial)
{
    boost::dynamic_properties dp;
    dp.property("name", get(&VertexProps::name, g));
    dp.property("rate_per_h", exact(get(&VertexProps::ratePerH, g)));
    dp.property("served", exact(get(&VertexProps::served, g)));
    dp.property("unit", get(&VertexProps::unit, g));
    if (initial)
        dp.property("initial", exact(get(&VertexProps::initial, g)));
    if (levels) {
        dp.property("min_units", exact(get(&VertexProps::minUnits, g)));
        dp.property("min_minutes", exact(get(&VertexProps::minMinutes, g)));
    }
    dp.property("weight", exact(get(&EdgeProps::weight, g)));
    dp.property("autonomy_h", exact(get(&EdgeProps::autonomyH, g)));
    dp.property("recharge_per_h", exact(get(&EdgeProps::rechargePerH, g)));
    dp.property("kind", get(&EdgeProps::kind, g));
    return dp;
}

boost::dynamic_properties properties(DependencyGraph &g, bool levels, bool initial)
{
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("name", get(&VertexProps::name, g));
    dp.property("rate_per_h", get(&VertexProps::ratePerH, g));
    dp.property("served", get(&VertexProps::served, g));
    dp.property("unit", get(&VertexProps::unit, g));
    if (initial)
        dp.property("initial", get(&VertexProps::initial, g));
    if (levels) {
        dp.property("min_units", get(&VertexProps::minUnits, g));
        dp.property("min_minutes", get(&VertexProps::minMinutes, g));
    }
    dp.property("weight", get(&EdgeProps::weight, g));
    dp.property("autonomy_h", get(&EdgeProps::autonomyH, g));
    dp.property("recharge_per_h", get(&EdgeProps::rechargePerH, g));
    dp.property("kind", get(&EdgeProps::kind, g));
    return dp;
}

}  // namespace

DependencyGraph toBoostGraph(const Network &net)
{
    DependencyGraph g(std::size_t(net.nodeCount()));
    for (int v = 0; v < net.nodeCount(); ++v) {
        VertexProps &p = g[std::size_t(v)];
        const auto vi = std::size_t(v);
        p.id = net.ids[vi].toStdString();
        p.name = net.names[vi].toStdString();
        p.unit = net.units[vi].toStdString();
        p.ratePerH = net.ratePerH[vi];
        p.served = net.served[vi];
        p.initial = net.initial[vi];
        if (net.levels[vi]) {
            p.minUnits = net.levels[vi]->minUnits;
            p.minMinutes = net.levels[vi]->minMinutes;
        }
    }
    for (std::size_t e = 0; e < net.edgeCount(); ++e) {
        EdgeProps p;
        p.weight = net.weight[e];
        p.autonomyH = net.autonomyH[e];
        p.rechargePerH = net.rechargePerH[e];
        p.kind = toString(net.kind[e]).toStdString();
        p.index = e;
        boost::add_edge(net.from[e], net.to[e], p, g);
    }
    return g;
}

std::optional<Network> readGraphml(const QByteArray &data, const QString &file, Diagnostics *diagnostics)
{
    Diagnostics errors;
    const auto done = [&]() -> std::optional<Network> {
        if (diagnostics)
            diagnostics->insert(diagnostics->end(), errors.begin(), errors.end());
        return std::nullopt;
    };
    Prescan pre;
    if (!prescan(data, file, pre, errors))
        return done();

    DependencyGraph g;
    boost::dynamic_properties dp = properties(g, true, true);
    Mutator mutator(g, dp);
    std::istringstream in(data.toStdString());
    try {
        boost::read_graphml(in, mutator, 0);
    } catch (const ContextError &e) {
        const int line = e.node ? (e.index < pre.nodeLines.size() ? pre.nodeLines[e.index] : 0)
                                : (e.index < pre.edges.size() ? pre.edges[e.index].line : 0);
        const QString where =
            e.node && e.index < pre.ids.size()
                ? QStringLiteral("node '%1'").arg(pre.ids[e.index])
                : (!e.node && e.index < pre.edges.size()
                       ? QStringLiteral("edge %1 -> %2").arg(pre.edges[e.index].source, pre.edges[e.index].target)
                       : u"element"_s);
        errors.push_back(diag(file, line, 0, where + u": "_s + QString::fromStdString(e.message)));
        return done();
    } catch (const boost::property_tree::xml_parser_error &e) {
        errors.push_back(diag(file, int(e.line()), 0, u"malformed GraphML: "_s + QString::fromStdString(e.message())));
        return done();
    } catch (const std::exception &e) {
        errors.push_back(diag(file, 0, 0, u"unreadable GraphML: "_s + QString::fromUtf8(e.what())));
        return done();
    }
    if (boost::num_vertices(g) != pre.ids.size() || mutator.edges.size() != pre.edges.size()) {
        errors.push_back(diag(file, 0, 0, u"unsupported GraphML structure (nested graphs or hyperedges)"_s));
        return done();
    }

    Network net;
    net.file = file;
    net.reserve(pre.ids.size(), pre.edges.size());
    for (std::size_t v = 0; v < pre.ids.size(); ++v) {
        const VertexProps &p = g[v];
        net.addNode(pre.ids[v], pre.nodeLines[v]);
        net.names[v] = QString::fromStdString(p.name.empty() ? p.label : p.name);
        net.units[v] = QString::fromStdString(p.unit);
        net.ratePerH[v] = p.ratePerH;
        net.served[v] = p.served;
        net.initial[v] = p.initial;
        if (!std::isnan(p.minUnits))
            net.levels[v] = LevelSpec{p.minUnits, std::isnan(p.minMinutes) ? 0 : int(p.minMinutes)};
    }
    for (std::size_t i = 0; i < mutator.edges.size(); ++i) {
        const auto &ed = mutator.edges[i];
        const EdgeProps &p = g[ed];
        const int line = pre.edges[i].line;
        const QString where = QStringLiteral("edge %1 -> %2: ").arg(pre.edges[i].source, pre.edges[i].target);
        if (std::isnan(p.weight))
            errors.push_back(diag(file, line, 0,
                                  where + u"no 'weight' (the share of the target's function that needs the source)"_s));
        const auto kind = edgeKindFrom(QString::fromStdString(p.kind));
        if (!kind)
            errors.push_back(diag(file, line, 0,
                                  where + QStringLiteral("unknown kind '%1' (one of %2)")
                                              .arg(QString::fromStdString(p.kind), edgeKindNames().join(u", "_s))));
        net.addEdge(int(boost::source(ed, g)), int(boost::target(ed, g)), p.weight, line);
        net.autonomyH.back() = p.autonomyH;
        net.rechargePerH.back() = p.rechargePerH;
        net.kind.back() = kind.value_or(EdgeKind::Other);
    }
    if (errors.empty())
        errors = validateNetwork(net);
    if (!errors.empty())
        return done();
    return net;
}

QByteArray writeGraphml(const Network &net)
{
    DependencyGraph g = toBoostGraph(net);
    bool levels = false;
    bool initial = false;
    for (int v = 0; v < net.nodeCount(); ++v) {
        levels = levels || net.levels[std::size_t(v)].has_value();
        initial = initial || net.initial[std::size_t(v)] != 0;
    }
    boost::dynamic_properties dp = writeProperties(g, levels, initial);
    std::ostringstream os;
    boost::write_graphml(os, g, get(boost::vertex_index, g), dp, false);

    // Boost names nodes "n<index>"; the contract wants the node ids as the GraphML ids.
    const std::string text = os.str();
    std::vector<std::string> encoded(std::size_t(net.nodeCount()));
    for (std::size_t v = 0; v < encoded.size(); ++v)
        encoded[v] = boost::property_tree::xml_parser::encode_char_entities(net.ids[v].toStdString());
    const auto idOf = [&](std::string_view digits) -> const std::string & {
        return encoded[std::stoul(std::string(digits))];
    };
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::size_t pos = 0;
    const auto replaceAttr = [&](std::string_view line, std::string_view attr) {
        // attr="nK" -> attr="<id>"
        std::string result;
        std::size_t from = 0;
        for (;;) {
            const std::size_t at = line.find(attr, from);
            if (at == std::string_view::npos) {
                result.append(line.substr(from));
                return result;
            }
            const std::size_t start = at + attr.size();  // first char after the opening quote + 'n'
            const std::size_t end = line.find('"', start);
            result.append(line.substr(from, at - from));
            result.append(attr.substr(0, attr.size() - 1));  // attr=" without the 'n'
            result.append(idOf(line.substr(start, end - start)));
            from = end;
        }
    };
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos)
            eol = text.size();
        const std::string_view line(text.data() + pos, eol - pos);
        if (line.find("<key ") != std::string_view::npos && line.find("attr.name=\"kind\"") == std::string_view::npos &&
            line.find("attr.name=\"name\"") == std::string_view::npos &&
            line.find("attr.name=\"unit\"") == std::string_view::npos) {
            std::string key(line);
            if (const std::size_t t = key.find("attr.type=\"string\""); t != std::string::npos)
                key.replace(t, 18, "attr.type=\"double\"");
            out += key;
        } else if (line.find("<node id=\"n") != std::string_view::npos)
            out += replaceAttr(line, "<node id=\"n");
        else if (line.find("<edge id=\"e") != std::string_view::npos)
            out += replaceAttr(replaceAttr(line, "source=\"n"), "target=\"n");
        else
            out.append(line);
        out += '\n';
        pos = eol + 1;
    }
    return QByteArray::fromStdString(out);
}

}  // namespace cd::model
