#include "views/seriesstyle.h"

#include "report/documents.h"

#include <QColor>
#include <QList>
#include <QStringList>

namespace cd::gui {

QPen seriesPen(int i, qreal width)
{
    QPen pen(QColor(report::seriesColour(i)), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    // An SVG stroke-dasharray ("6,3") in pixels; Qt's dash pattern counts in pen widths.
    const QStringList dashes = report::seriesDash(i).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (dashes.isEmpty())
        return pen;
    QList<qreal> pattern;
    for (const QString &d : dashes)
        pattern << d.trimmed().toDouble() / kSeriesWidth;
    pen.setDashPattern(pattern);
    return pen;
}

}  // namespace cd::gui
