// The report's charts as SVG text: the cascade q(t) per sector and the who-told-whom heat map.
#include "report/documents.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace cd::report {

namespace {

// Okabe & Ito's colour-blind-safe set (without its yellow, faint on white) and three more.
const char *kColours[] = {"#0072b2", "#d55e00", "#009e73", "#e69f00", "#cc79a7",
                          "#56b4e9", "#000000", "#8c564b", "#7f7f7f", "#9467bd"};
const char *kDashes[] = {"", "6,3", "2,2", "8,3,2,3"};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString f1(double v)
{
    return QString::number(v, 'f', 1);
}

// The rows and columns of the who-told-whom heat map: every party on its own up to
// kMaxMatrixParties. An exercise at NISC's 2016 scale has ~500 rooms: a 250,000-cell SVG that
// the PDF rasterises at three times its size (gigabytes, minutes). Beyond the limit the operator
// rooms are merged per sector ("港湾 ×33"), and if that is still too many, every room per role
// and sector; the table under the chart keeps every pair.
constexpr int kMaxMatrixParties = 60;

struct MatrixAxis
{
    QStringList keys;                   ///< rows/columns in order
    std::map<QString, QString> labels;  ///< key -> label
    std::map<QString, QString> keyOf;   ///< party -> key
};

MatrixAxis matrixAxis(const Report &r, const QStringList &parties, int level)
{
    MatrixAxis a;
    std::map<QString, int> members;
    for (const QString &p : parties) {
        const scenario::Room *room = r.scenario.room(p);
        const bool merge = room && (level == 2 || (level == 1 && room->role == scenario::Role::Operator));
        const QString key = merge ? QStringLiteral("group:%1:%2").arg(scenario::toString(room->role), room->sector) : p;
        a.keyOf[p] = key;
        if (++members[key] == 1) {
            a.keys << key;
            a.labels[key] = roomName(r.scenario, p, r.lang);
        }
        if (merge && members[key] > 1) {
            QString what =
                room->sector.isEmpty() ? scenario::toString(room->role) : nodeName(r.scenario, room->sector, r.lang);
            if (level == 2 && !room->sector.isEmpty())
                what = scenario::toString(room->role) + u' ' + what;
            a.labels[key] = QStringLiteral("%1 \u00d7%2").arg(what).arg(members[key]);
        }
    }
    return a;
}

}  // namespace

QString seriesColour(int i)
{
    return QString::fromLatin1(kColours[size_t(std::max(0, i)) % std::size(kColours)]);
}

QString seriesDash(int i)
{
    return QString::fromLatin1(kDashes[size_t(std::max(0, i)) % std::size(kDashes)]);
}

QString qChartSvg(const Report &r)
{
    const auto &nodes = r.scenario.graph.nodes;
    const int legendRows = int(nodes.size() + 1) / 2;
    const double left = 48, top = 12, width = 640, height = 220;
    const double totalH = top + height + 40 + 16 * legendRows;
    const int end = std::max(1, r.qMinutes.empty() ? r.endMin : r.qMinutes.back());
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">")
                      .arg(int(left + width + 20))
                      .arg(int(totalH));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\" stroke=\"#888888\"/>")
               .arg(f1(left), f1(top), f1(width), f1(height));
    for (int i = 0; i <= 4; ++i) {
        const double y = top + height - height * i / 4.0;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(f1(left), f1(y), f1(left + width), f1(left - 4), f1(y + 4), QString::number(i / 4.0, 'f', 2));
    }
    const int tickEvery = end <= 120 ? 15 : (end <= 480 ? 60 : 120);
    for (int m = 0; m <= end; m += tickEvery) {
        const double x = left + width * m / end;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#eeeeee\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(f1(x), f1(top), f1(top + height), f1(top + height + 14), esc(scenario::formatOffset(m)));
    }
    const size_t n = r.qMinutes.size();
    const size_t stride = std::max<size_t>(1, n / 600);
    int i = 0;
    for (const scenario::Node &node : nodes) {
        const QString colour = seriesColour(i);
        const QString dash =
            seriesDash(i).isEmpty() ? QString() : QStringLiteral(" stroke-dasharray=\"%1\"").arg(seriesDash(i));
        const auto it = r.q.find(node.id);
        if (it != r.q.end() && n > 0) {
            QString points;
            for (size_t k = 0; k < n; k += stride)
                points += QStringLiteral("%1,%2 ").arg(f1(left + width * r.qMinutes[k] / end),
                                                       f1(top + height - height * it->second[k]));
            points += QStringLiteral("%1,%2").arg(f1(left + width * r.qMinutes[n - 1] / end),
                                                  f1(top + height - height * it->second[n - 1]));
            svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\"%3 points=\"%2\"/>")
                       .arg(colour, points, dash);
        }
        const double lx = left + (i % 2) * 320;
        const double ly = top + height + 30 + 16 * (i / 2);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%7\" y2=\"%2\" stroke=\"%3\" stroke-width=\"2\"%8/>"
                              "<text x=\"%4\" y=\"%5\">%6</text>")
                   .arg(f1(lx), f1(ly - 4), colour, f1(lx + 28), f1(ly),
                        esc(nodeName(r.scenario, node.id, r.lang).left(40)), f1(lx + 24), dash);
        ++i;
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString matrixSvg(const Report &r)
{
    // Parties in scenario order (rooms, then personas, control and sites as they occur).
    QStringList parties;
    QSet<QString> known;
    for (const scenario::Room &room : r.scenario.rooms)
        if (!known.contains(room.id)) {
            parties << room.id;
            known.insert(room.id);
        }
    for (const FlowCell &c : r.matrix)
        for (const QString &p : {c.from, c.to})
            if (!known.contains(p)) {
                parties << p;
                known.insert(p);
            }
    MatrixAxis axis = matrixAxis(r, parties, 0);
    for (int level = 1; level <= 2 && axis.keys.size() > kMaxMatrixParties; ++level)
        axis = matrixAxis(r, parties, level);
    std::map<std::pair<QString, QString>, int> counts;
    int maxCount = 1;
    for (const FlowCell &c : r.matrix) {
        const int v = counts[{axis.keyOf[c.from], axis.keyOf[c.to]}] += c.count;
        maxCount = std::max(maxCount, v);
    }
    parties = axis.keys;
    const double cell = 22, labelW = 150;
    const double size = cell * parties.size();
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"10\">")
                      .arg(int(labelW + size + 10))
                      .arg(int(labelW + size + 10));
    for (int i = 0; i < parties.size(); ++i) {
        const QString name = esc(axis.labels[parties[i]].left(22));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(f1(labelW - 4), f1(labelW + cell * i + cell * 0.7), name);
        svg += QStringLiteral("<text transform=\"translate(%1,%2) rotate(-60)\">%3</text>")
                   .arg(f1(labelW + cell * i + cell * 0.6), f1(labelW - 4), name);
    }
    for (int a = 0; a < parties.size(); ++a)
        for (int b = 0; b < parties.size(); ++b) {
            const auto it = counts.find({parties[a], parties[b]});
            const int v = it == counts.end() ? 0 : it->second;
            const int shade = v == 0 ? 255 : 230 - int(190.0 * v / maxCount);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"rgb(%4,%5,255)\" "
                                  "stroke=\"#cccccc\"/>")
                       .arg(f1(labelW + cell * b), f1(labelW + cell * a), f1(cell))
                       .arg(shade)
                       .arg(std::min(255, shade + 15));
            if (v > 0)
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"%3\">%4</text>")
                           .arg(f1(labelW + cell * b + cell / 2), f1(labelW + cell * a + cell * 0.7),
                                shade < 130 ? QStringLiteral("#ffffff") : QStringLiteral("#000000"))
                           .arg(v);
        }
    svg += QStringLiteral("</svg>");
    return svg;
}

}  // namespace cd::report
