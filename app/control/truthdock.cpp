#include "control/truthdock.h"

#include "views/eventtext.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::gui {

TruthDock::TruthDock(const scenario::Scenario &scenario, QWidget *parent)
    : QDockWidget(parent), m_scenario(scenario), m_banner(new QLabel(this)), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("truthDock"));
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("truthFrame"));
    frame->setStyleSheet(QStringLiteral("#truthFrame { border: 4px solid #c62828; }"));
    m_banner->setObjectName(QStringLiteral("controlOnlyBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("background: #c62828; color: white; font-weight: bold; "
                                           "font-size: 14pt; padding: 4px;"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    setWidget(frame);
    retranslateUi();
}

TruthDock::~TruthDock() = default;

void TruthDock::retranslateUi()
{
    const QString lang = uiLanguage();
    setWindowTitle(tr("Truth — control only"));
    m_banner->setText(QStringLiteral("事務局のみ / CONTROL ONLY"));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3><p style='white-space: pre-wrap'>%4</p>")
                       .arg(tr("Root cause").toHtmlEscaped(), m_scenario.truth.rootCause.get(lang).toHtmlEscaped(),
                            tr("Narrative").toHtmlEscaped(), m_scenario.truth.narrative.get(lang).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Shocks driving the model").toHtmlEscaped());
    for (const scenario::Shock &s : m_scenario.truth.shocks)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: c = %2 from %3%4")
                             .arg(s.node)
                             .arg(s.c)
                             .arg(offsetText(s.fromMin), s.toMin ? tr(" to %1").arg(offsetText(*s.toMin)) : QString())
                             .toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Control notes").toHtmlEscaped());
    for (const scenario::Inject &i : m_scenario.injects)
        if (!i.controlNotes.isEmpty())
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(i.id.toHtmlEscaped(), i.controlNotes.get(lang).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_text->setHtml(html);
}

void TruthDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace cd::gui
