#include "control/injectdetailsdock.h"

#include "views/mselmodel.h"

#include <QEvent>
#include <QTextBrowser>

namespace cd::gui {

using scenario::Inject;

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p style='white-space: pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right: 12px'><b>") + label.toHtmlEscaped() +
           QStringLiteral("</b></td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text.toHtmlEscaped() + QStringLiteral("</h4>");
}
}  // namespace

InjectDetailsDock::InjectDetailsDock(const MselModel *msel, QWidget *parent)
    : QDockWidget(parent), m_msel(msel), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("injectDetailsDock"));
    m_browser->setOpenLinks(false);
    setWidget(m_browser);
    render();
}

void InjectDetailsDock::showInject(const Inject *inject)
{
    m_inject = inject;
    render();
}

void InjectDetailsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QDockWidget::changeEvent(event);
}

QString InjectDetailsDock::actionName(scenario::Action action)
{
    switch (action) {
    case scenario::Action::Report:
        return tr("report");
    case scenario::Action::Advisory:
        return tr("advisory");
    case scenario::Action::Query:
        return tr("query");
    case scenario::Action::Other:
        return tr("other message");
    case scenario::Action::Call:
        return tr("call");
    case scenario::Action::Post:
        return tr("web post");
    case scenario::Action::Hypothesis:
        return tr("cause hypothesis");
    case scenario::Action::Request:
        return tr("response request");
    }
    return {};
}

QString InjectDetailsDock::expectedHtml(const scenario::Expected &e) const
{
    QString what = tr("%1: %2").arg(m_msel->roomName(e.room), actionName(e.action));
    if (!e.to.isEmpty())
        what = tr("%1 to %2").arg(what, m_msel->roomName(e.to));
    what = tr("%1, within %2 min (theme %3)").arg(what).arg(e.withinMin).arg(e.theme);
    return QStringLiteral("<li><code>") + e.id.toHtmlEscaped() + QStringLiteral("</code> ") + what.toHtmlEscaped() +
           QStringLiteral("</li>");
}

void InjectDetailsDock::render()
{
    setWindowTitle(tr("Inject"));
    if (!m_inject) {
        m_browser->setHtml(paragraph(tr("Select an inject in the MSEL to see it in full.")));
        return;
    }
    const Inject &i = *m_inject;
    QString html = QStringLiteral("<h3>") +
                   QString(i.id + QStringLiteral(": ") + m_msel->subjectText(i)).toHtmlEscaped() +
                   QStringLiteral("</h3><table>");
    html += row(tr("Time"), m_msel->timeText(i));
    html += row(tr("Channel"), m_msel->channelText(i.channel));
    html += row(tr("From"), m_msel->fromText(i.from));
    html += row(tr("To"), m_msel->toText(i, false));
    if (!i.cc.isEmpty()) {
        QStringList cc;
        for (const QString &id : i.cc)
            cc << m_msel->roomName(id);
        html += row(tr("Cc"), cc.join(tr(", ")));
    }
    if (!i.attachments.isEmpty())
        html += row(tr("Attachments"), i.attachments.join(tr(", ")));
    html += QStringLiteral("</table>");
    if (!i.body.isEmpty())
        html += heading(tr("Message")) + paragraph(m_msel->text(i.body));
    if (!i.script.isEmpty())
        html += heading(tr("Caller's script")) + paragraph(m_msel->text(i.script));
    if (i.page) {
        html += heading(tr("Web page %1%2").arg(i.page->site, i.page->path));
        html += QStringLiteral("<p><b>") + m_msel->text(i.page->title).toHtmlEscaped() + QStringLiteral("</b></p>") +
                paragraph(m_msel->text(i.page->body));
    }
    if (!i.expected.empty()) {
        html += heading(tr("Expected actions (control team only)")) + QStringLiteral("<ul>");
        for (const scenario::Expected &e : i.expected)
            html += expectedHtml(e);
        html += QStringLiteral("</ul>");
    }
    if (!i.controlNotes.isEmpty())
        html += heading(tr("Control notes (control team only)")) + paragraph(m_msel->text(i.controlNotes));
    m_browser->setHtml(html);
}

}  // namespace cd::gui
