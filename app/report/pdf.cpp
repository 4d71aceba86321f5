#include "report/pdf.h"

#include "report/documents.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace cd::gui {

void loadReportDocument(const report::Report &report, QTextDocument *doc)
{
    std::map<QString, QString> charts;
    report::HtmlOptions options;
    options.inlineSvg = false;
    options.forQt = true;
    QString html = report::toHtml(report, options, &charts);

    QFont font(QStringLiteral("Noto Sans CJK JP"));
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

bool writePdf(const report::Report &report, const QString &path, QString *error)
{
    QTextDocument doc;
    loadReportDocument(report, &doc);

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
    // Paginate for the writer's printable area ourselves: an unpaginated document gets another
    // 2 cm margin from QTextDocument::print, which leaves wide tables cramped. The document lays
    // out at 96 dpi; the page rectangle is in points.
    const QSizeF page = writer.pageLayout().paintRectPoints().size() * (96.0 / 72.0);
    doc.setPageSize(page);
    doc.print(&writer);
    return true;
}

}  // namespace cd::gui
