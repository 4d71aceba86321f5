#pragma once
// The report documents (no GUI): JSON with every figure, Markdown, and self-contained HTML with
// inline SVG charts, laid out as the HSEEP AAR/IP (overview, analysis per objective and theme,
// strengths and areas for improvement, improvement plan, participants). The PDF is made in the
// app from toHtml() with charts as images (QTextDocument does not draw inline SVG).

#include "report/report.h"

#include <QJsonObject>
#include <QString>

#include <map>

namespace cd::report {

/// Every figure; times in exercise minutes (null where there is none).
QJsonObject toJson(const Report &r);
QString toMarkdown(const Report &r);

struct HtmlOptions
{
    /// true: charts as inline <svg>; false: <img src="NAME"> with the SVG text in *charts.
    bool inlineSvg = true;
    /// Simpler CSS for QTextDocument (the PDF).
    bool forQt = false;
};
QString toHtml(const Report &r, const HtmlOptions &options = {}, std::map<QString, QString> *charts = nullptr);

/// The cascade q(t) per sector as an SVG line chart.
QString qChartSvg(const Report &r);
/// The who-told-whom matrix (message counts, all channels) as an SVG heat map.
QString matrixSvg(const Report &r);

/// One sector's impact in its own units (served x q) over time, against its verification level.
QString impactSvg(const Report &r, const QString &node);
/// The distribution of the answers to one questionnaire question (scale or choice) as bars.
QString surveySvg(const Report &r, const QString &question);

/// The colour ("#rrggbb") and dash pattern (SVG stroke-dasharray, empty for a solid line) of the
/// i-th series of a chart: ten colours told apart also in grey print, and four line styles, so
/// that up to 20 sectors differ in both (the report's SVG and the app's charts share them).
QString seriesColour(int i);
QString seriesDash(int i);

/// "+HH:MM" and, when the scenario has a start, " (15:40)".
QString timeText(const Report &r, int minute);

/// A party (room, persona, sector, site or a site's path, role, control, the model) by its name
/// in the report's language, as the report's tables print it.
QString partyName(const Report &r, const QString &id);
/// A timeline row's ", "-separated recipients, by name, joined as the report joins them.
QString partyNames(const Report &r, const QString &ids);
/// A timeline row's `what` in the report's language (message tags, call states, verdicts,
/// responses, breaches), as the report's timeline prints it.
QString timelineWhat(const Report &r, const TimelineRow &row);

}  // namespace cd::report
