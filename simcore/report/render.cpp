// Markdown and HTML renderings of the report's blocks.
#include "report/doc.h"
#include "report/documents.h"
#include "report/strings.h"

namespace cd::report {

namespace {

QString mdCell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

const char *kCss = R"css(
body { font-family: "Noto Sans CJK JP", "Noto Sans", sans-serif; font-size: 10pt; color: #222; margin: 2em; }
h1 { font-size: 18pt; color: #1b3a5c; border-bottom: 2px solid #1b3a5c; }
h2 { font-size: 14pt; color: #1b3a5c; margin-top: 1.5em; }
h3 { font-size: 11pt; color: #333; margin-top: 1em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #dde6f0; }
p.caption { margin-bottom: 0.2em; }
figcaption { font-weight: bold; }
)css";

const char *kQtCss = R"css(
h1 { font-size: 16pt; color: #1b3a5c; }
h2 { font-size: 13pt; color: #1b3a5c; }
h3 { font-size: 11pt; color: #333333; }
th { background-color: #dde6f0; }
)css";

}  // namespace

QString toMarkdown(const Report &r)
{
    QString out;
    for (const Block &b : buildDocument(r)) {
        switch (b.kind) {
        case Block::Kind::H1:
            out += QStringLiteral("# ") + b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::H2:
            out += QStringLiteral("## ") + b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::H3:
            out += QStringLiteral("### ") + b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::Paragraph:
            out += b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::Caption:
            out += QStringLiteral("**") + b.text + QStringLiteral("**\n\n");
            break;
        case Block::Kind::PageBreak:
            break;
        case Block::Kind::List:
            for (const QString &i : b.items)
                out += QStringLiteral("- ") + i + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case Block::Kind::Table: {
            QStringList head;
            QStringList rule;
            for (const QString &h : b.items) {
                head << mdCell(h);
                rule << QStringLiteral("---");
            }
            out += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ") +
                   rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << mdCell(c);
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
            out += QLatin1Char('\n');
            break;
        }
        case Block::Kind::Chart:
            // Charts are in the HTML and PDF; the tables beside them carry the figures.
            out += QStringLiteral("*") + b.items.value(0) + QStringLiteral("*\n\n");
            break;
        }
    }
    return out;
}

QString toHtml(const Report &r, const HtmlOptions &options, std::map<QString, QString> *charts)
{
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title><style>%3</style></head><body>\n")
            .arg(r.lang, tr(r.lang, "title").toHtmlEscaped(), QString::fromLatin1(options.forQt ? kQtCss : kCss));
    const QString tableAttrs =
        options.forQt ? QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"") : QString();
    bool breakNext = false;
    for (const Block &b : buildDocument(r)) {
        switch (b.kind) {
        case Block::Kind::H1:
            out += QStringLiteral("<h1>%1</h1>\n").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::H2:
            // A page break goes on the heading that follows it (QTextDocument drops an empty block).
            out += QStringLiteral("<h2%1>%2</h2>\n")
                       .arg(breakNext ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                            b.text.toHtmlEscaped());
            breakNext = false;
            break;
        case Block::Kind::H3:
            out += QStringLiteral("<h3>%1</h3>\n").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>%1</p>\n").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Caption:
            out += QStringLiteral("<p class=\"caption\"><b>%1</b></p>\n").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::PageBreak:
            breakNext = options.forQt;  // the PDF; a browser's HTML scrolls on
            break;
        case Block::Kind::List:
            out += QStringLiteral("<ul>");
            for (const QString &i : b.items)
                out += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
            out += QStringLiteral("</ul>\n");
            break;
        case Block::Kind::Table:
            out += QStringLiteral("<table%1><tr>").arg(tableAttrs);
            for (const QString &h : b.items)
                out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : b.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &c : row)
                    out += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Chart: {
            const QString svg = chartSvg(r, b.text);
            const QString caption = b.items.value(0);
            if (options.inlineSvg) {
                out += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
                           .arg(svg, caption.toHtmlEscaped());
            } else {
                QString name = b.text + QStringLiteral(".svg");
                name.replace(QLatin1Char(':'), QLatin1Char('-'));  // a file name, not a URL scheme
                if (charts)
                    (*charts)[name] = svg;
                out += QStringLiteral("<p><img src=\"%1\"><br><b>%2</b></p>\n").arg(name, caption.toHtmlEscaped());
            }
            break;
        }
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

}  // namespace cd::report
