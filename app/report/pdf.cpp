#include "report/pdf.h"

#include "report/documents.h"
#include "report/pdffont.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace cd::gui {

namespace {

/// Makes each "+HH:MM" that opens a table cell a link to the replay at that minute.
QString linkTimes(const QString &html)
{
    static const QRegularExpression time(QStringLiteral("<td>\\+([0-9]{2,}):([0-9]{2})"));
    QString out;
    qsizetype last = 0;
    for (auto it = time.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int minute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += QStringLiteral("<td><a href=\"replay:%1\">+%2:%3</a>").arg(minute).arg(m.captured(1), m.captured(2));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

}  // namespace

namespace {

void load(const report::Report &report, QTextDocument *doc, bool withLinks, const QString &family)
{
    std::map<QString, QString> charts;
    report::HtmlOptions options;
    options.inlineSvg = false;
    options.forQt = true;
    QString html = report::toHtml(report, options, &charts);
    if (withLinks)
        html = linkTimes(html);

    QFont font;
    // Latin letters and digits from DejaVu Sans: Noto Sans CJK shapes digits inside running
    // Latin text with glyphs outside its character map, which Qt's PDF writer cannot map back
    // to text (pdftotext dropped them: "I-" for "I-004"); Japanese from the CJK font.
    font.setFamilies({QStringLiteral("DejaVu Sans"), family});
    font.setPointSizeF(8.5);
    doc->setDefaultFont(font);
    for (const auto &[name, svg] : charts) {
        QSvgRenderer renderer(svg.toUtf8());
        const QSize size = renderer.defaultSize();
        QImage image(size * 3, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            renderer.render(&p);
        }
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
        // Lay the image out at its SVG size (points), drawn at three times the resolution.
        html.replace(QStringLiteral("<img src=\"%1\">").arg(name),
                     QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                         .arg(name)
                         .arg(size.width() * 3 / 4)
                         .arg(size.height() * 3 / 4));
    }
    doc->setHtml(html);
}

}  // namespace

void loadReportDocument(const report::Report &report, QTextDocument *doc, bool withLinks)
{
    load(report, doc, withLinks, QStringLiteral("Noto Sans CJK JP"));
}

bool writePdf(const report::Report &report, const QString &path, QString *error, const report::Progress &progress)
{
    if (progress && !progress(0, QCoreApplication::translate("cd::gui::Pdf", "layout")))
        return false;
    QTextDocument doc;
    load(report, &doc, false, pdfFontFamily());

    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(report.scenario.meta.title.get(report.lang));
    writer.setCreator(QStringLiteral("CrossDrill"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Paginate for the writer's printable area ourselves: the document lays out at 96 dpi in
    // pages of the printable area (QTextDocument moves rows and lines that would straddle a page
    // to the next), then each page is drawn scaled to the writer's resolution.
    const QSizeF page = writer.pageLayout().paintRectPoints().size() * (96.0 / 72.0);
    doc.setPageSize(page);
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("%1: cannot write the PDF").arg(path);
        return false;
    }
    const double scale = writer.resolution() / 96.0;
    painter.scale(scale, scale);
    for (int i = 0; i < pages; ++i) {
        const QString what = QCoreApplication::translate("cd::gui::Pdf", "page %1 of %2").arg(i + 1).arg(pages);
        if (progress && !progress(5 + 95 * i / std::max(1, pages), what)) {
            painter.end();
            QFile::remove(path);
            return false;
        }
        if (i > 0)
            writer.newPage();
        painter.save();
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(view);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    if (progress)
        progress(100, QStringLiteral("done"));
    return true;
}

}  // namespace cd::gui
