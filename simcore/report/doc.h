#pragma once
// The report as a sequence of blocks (headings, paragraphs, lists, tables, charts) built once
// (doc.cpp) and rendered as Markdown or HTML (render.cpp), so that both say the same thing.

#include "report/report.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cd::report {

struct Block
{
    enum class Kind { H1, H2, H3, Paragraph, List, Table, Chart, Caption, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;       ///< heading / paragraph / caption text; chart name (qchart, matrix, impact:NODE, survey:ID)
    QStringList items;  ///< list items; table header; a chart's caption (one item)
    std::vector<QStringList> rows;
};

std::vector<Block> buildDocument(const Report &r);

/// The SVG of a chart block by its name (qchart, matrix, impact:NODE, survey:QUESTION).
QString chartSvg(const Report &r, const QString &name);

}  // namespace cd::report
