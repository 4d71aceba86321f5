// The report's small charts as SVG text: one per impacted sector (its impact in its own units
// over time against its verification level, with the breach marked), and one per questionnaire
// question (the answers' distribution as bars); and the dispatch of chart blocks by name.
#include "report/doc.h"
#include "report/documents.h"
#include "report/strings.h"

#include <QLocale>

#include <algorithm>

namespace cd::report {

namespace {

QString f1(double v)
{
    return QString::number(v, 'f', 1);
}

QString number(const Report &r, double v)
{
    return QLocale(r.lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English)
        .toString(v, 'f', std::abs(v) < 10 && v != 0 ? 1 : 0);
}

QString svgOpen(double width, double height)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 "
                          "%2\" font-family=\"sans-serif\" font-size=\"11\">")
        .arg(int(width))
        .arg(int(height));
}

}  // namespace

QString impactSvg(const Report &r, const QString &nodeId)
{
    const scenario::Node *node = r.scenario.node(nodeId);
    const auto q = r.q.find(nodeId);
    if (!node || q == r.q.end() || r.qMinutes.empty())
        return svgOpen(10, 10) + QStringLiteral("</svg>");
    const auto &nodes = r.scenario.graph.nodes;
    const int index =
        int(std::find_if(nodes.begin(), nodes.end(), [&](const scenario::Node &n) { return n.id == nodeId; }) -
            nodes.begin());
    const double left = 80, top = 10, width = 580, height = 120;
    const int end = std::max(1, r.qMinutes.back());
    const double level = node->level ? node->level->minUnits : 0;
    const double peak = *std::max_element(q->second.begin(), q->second.end()) * node->served;
    const double top_ = std::max({peak, level * 1.25, 1.0});
    const auto x = [&](double minute) { return left + width * minute / end; };
    const auto y = [&](double units) { return top + height - height * std::min(1.0, units / top_); };
    QString svg = svgOpen(left + width + 20, top + height + 34);
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\" stroke=\"#888888\"/>")
               .arg(f1(left), f1(top), f1(width), f1(height));
    for (int i = 0; i <= 2; ++i) {
        const double v = top_ * i / 2;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(f1(left - 4), f1(y(v) + 4), number(r, v).toHtmlEscaped());
    }
    const int tickEvery = end <= 120 ? 15 : (end <= 480 ? 60 : 120);
    for (int m = 0; m <= end; m += tickEvery)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(f1(x(m)), f1(top + height + 14), scenario::formatOffset(m).toHtmlEscaped());
    if (node->level) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#c00000\" stroke-width=\"1.2\" "
                              "stroke-dasharray=\"6,3\"/><text x=\"%4\" y=\"%5\" fill=\"#c00000\" "
                              "text-anchor=\"end\">%6</text>")
                   .arg(f1(left), f1(y(level)), f1(left + width), f1(left + width - 4), f1(y(level) - 4),
                        tr(r.lang, "level.text")
                            .arg(number(r, level),
                                 word(r.lang, QStringLiteral("unit.") + node->unit).remove(QStringLiteral("unit.")))
                            .arg(node->level->minMinutes)
                            .toHtmlEscaped());
    }
    for (const BreachRow &b : r.breaches)
        if (b.node == nodeId)
            svg +=
                QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#c00000\" stroke-width=\"1\"/>"
                               "<text x=\"%4\" y=\"%5\" fill=\"#c00000\">%6</text>")
                    .arg(f1(x(b.atMin)), f1(top), f1(top + height), f1(x(b.atMin) + 3), f1(top + 12),
                         tr(r.lang, "breach.level").toHtmlEscaped());
    QString points;
    const size_t n = std::min(r.qMinutes.size(), q->second.size());
    const size_t stride = std::max<size_t>(1, n / 600);
    for (size_t k = 0; k < n; k += stride)
        points += QStringLiteral("%1,%2 ").arg(f1(x(r.qMinutes[k])), f1(y(q->second[k] * node->served)));
    points += QStringLiteral("%1,%2").arg(f1(x(r.qMinutes[n - 1])), f1(y(q->second[n - 1] * node->served)));
    const QString dash = seriesDash(index);
    svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.8\"%2 points=\"%3\"/>")
               .arg(seriesColour(index),
                    dash.isEmpty() ? QString() : QStringLiteral(" stroke-dasharray=\"%1\"").arg(dash), points);
    svg += QStringLiteral("</svg>");
    return svg;
}

QString surveySvg(const Report &r, const QString &questionId)
{
    const SurveyResult *result = nullptr;
    for (const SurveyResult &s : r.survey)
        if (s.id == questionId)
            result = &s;
    QStringList labels;
    if (result && result->type == QLatin1String("scale5")) {
        for (int i = 1; i <= 5; ++i)
            labels << QString::number(i);
    } else if (result) {
        for (const scenario::SurveyQuestion &q : r.scenario.survey)
            if (q.id == questionId)
                for (const scenario::Text &o : q.options)
                    labels << o.get(r.lang).left(24);
    }
    const int rows = result ? int(std::min<size_t>(labels.size(), result->distribution.size())) : 0;
    const double left = 160, bar = 18, width = 400;
    QString svg = svgOpen(left + width + 60, 10 + rows * (bar + 4) + 10);
    int most = 1;
    for (int i = 0; i < rows; ++i)
        most = std::max(most, result->distribution[size_t(i)]);
    for (int i = 0; i < rows; ++i) {
        const int count = result->distribution[size_t(i)];
        const double yy = 10 + i * (bar + 4);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"
                              "<rect x=\"%4\" y=\"%5\" width=\"%6\" height=\"%7\" fill=\"%8\"/>"
                              "<text x=\"%9\" y=\"%2\">")
                   .arg(f1(left - 6), f1(yy + bar * 0.72), labels[i].toHtmlEscaped(), f1(left), f1(yy),
                        f1(width * count / most), f1(bar), seriesColour(0), f1(left + width * count / most + 4)) +
               QString::number(count) + QStringLiteral("</text>");
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString chartSvg(const Report &r, const QString &name)
{
    if (name == QLatin1String("qchart"))
        return qChartSvg(r);
    if (name.startsWith(QLatin1String("impact:")))
        return impactSvg(r, name.mid(7));
    if (name.startsWith(QLatin1String("survey:")))
        return surveySvg(r, name.mid(7));
    return matrixSvg(r);
}

}  // namespace cd::report
