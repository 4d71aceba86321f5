// The CSV writers of csvgraph.h: edge list, node CSV and dense matrix, numbers in their shortest
// round-trip form.
#include "model/csvgraph.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace cd::model {

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
