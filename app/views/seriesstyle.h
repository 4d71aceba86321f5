#pragma once
// How a chart draws its i-th series (sector i, in the scenario's order): the report's colour and
// dash pattern (report::seriesColour and report::seriesDash, docs/architecture.md), so that the
// console's, the editor's and the debrief's q(t) charts draw each sector as the report's charts
// do, and no two of up to 20 sectors alike. The one place in app/ that turns them into pens.

#include <QPen>

namespace cd::gui {

/// The width of a series' line, and of the highlighted one (the sector selected).
inline constexpr qreal kSeriesWidth = 1.5;
inline constexpr qreal kSeriesHighlightWidth = 3.5;

/// Series i's pen: the report's colour, its dash pattern (a solid line for the first ten), flat
/// caps as in SVG. The dash lengths are the report's pixels at kSeriesWidth; a wider pen (the
/// highlighted line) stretches them with it.
QPen seriesPen(int i, qreal width = kSeriesWidth);

}  // namespace cd::gui
