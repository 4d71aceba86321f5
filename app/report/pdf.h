#pragma once
// The report as a PDF: the HTML of cd::report rendered with QTextDocument on a QPdfWriter (A4),
// charts drawn as images with QSvgRenderer (QTextDocument has no inline SVG), Japanese text in
// Noto Sans CJK JP. Needs a QGuiApplication (offscreen is fine).

#include "report/report.h"

#include <QString>

class QTextDocument;

namespace cd::gui {

/// Fills `doc` with the report (QTextDocument's HTML subset, charts as image resources): what the
/// PDF prints and the report view shows. With `linkTimes` every exercise time in a table cell is
/// a link "replay:MINUTE" (the view opens the debrief replay there).
void loadReportDocument(const report::Report &report, QTextDocument *doc, bool linkTimes = false);

/// Writes `report` to `path`, page by page (progress per page; false when it cancels). False +
/// *error when the file cannot be written.
bool writePdf(const report::Report &report, const QString &path, QString *error, const report::Progress &progress = {});

}  // namespace cd::gui
