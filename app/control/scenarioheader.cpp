#include "control/scenarioheader.h"

namespace cd::gui {

ScenarioHeader::ScenarioHeader(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("scenarioHeader"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
}

void ScenarioHeader::show(const scenario::Scenario *s, const QString &lang, const QString &fileName)
{
    if (!s && !fileName.isEmpty()) {
        setText(tr("<b>%1</b> could not be loaded. Its problems are listed under Diagnostics, each with its line and "
                   "column.")
                    .arg(fileName.toHtmlEscaped()));
        return;
    }
    if (!s) {
        setText(tr(
            "No scenario is open. Open one with File > Open, from Open Recent, or by dropping a .cxs.json file here."));
        return;
    }
    const scenario::Meta &m = s->meta;
    QStringList facts;
    facts << (m.kind == scenario::ExerciseKind::Functional ? tr("Functional exercise") : tr("Tabletop exercise"));
    if (!m.start.isEmpty())
        facts << tr("starts %1").arg(m.start);
    if (m.durationMin > 0 && m.durationMin % 60 == 0)
        facts << tr("%1 h").arg(m.durationMin / 60);
    else if (m.durationMin > 0)
        facts << tr("%1 h %2 min").arg(m.durationMin / 60).arg(m.durationMin % 60);
    QString html = QStringLiteral("<b>") + m.title.get(lang).toHtmlEscaped() + QStringLiteral("</b>&nbsp;&nbsp;") +
                   facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!m.summary.isEmpty())
        html += QStringLiteral("<br>") + m.summary.get(lang).toHtmlEscaped();
    setText(html);
}

}  // namespace cd::gui
