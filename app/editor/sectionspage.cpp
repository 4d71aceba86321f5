#include "editor/sectionspage.h"

#include "editor/commands/replacesectioncommand.h"
#include "editor/scenariodocument.h"
#include "editor/sectionjson.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::editor {

SectionsPage::SectionsPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_section(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_apply(new QPushButton(this)), m_revert(new QPushButton(this)), m_status(new QLabel(this))
{
    m_section->addItems(jsonSections());
    m_text->setObjectName(QStringLiteral("sectionJson"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_section);
    top->addStretch();
    top->addWidget(m_revert);
    top->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    connect(m_section, &QComboBox::currentTextChanged, this, &SectionsPage::refresh);
    connect(m_apply, &QPushButton::clicked, this, &SectionsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SectionsPage::refresh);
    connect(m_document, &ScenarioDocument::changed, this, &SectionsPage::refresh);
    retranslateUi();
    refresh();
}

void SectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SectionsPage::retranslateUi()
{
    m_apply->setText(tr("Apply"));
    m_revert->setText(tr("Revert"));
    m_section->setToolTip(tr("The section edited as JSON, in the scenario file's format (SCENARIO.md)"));
}

void SectionsPage::showSection(const QString &section)
{
    m_section->setCurrentText(section);
}

void SectionsPage::refresh()
{
    m_text->setPlainText(QString::fromUtf8(sectionJson(m_document->scenario(), m_section->currentText())));
    m_status->clear();
}

bool SectionsPage::apply()
{
    const QString section = m_section->currentText();
    scenario::Diagnostics diagnostics;
    std::optional<scenario::Scenario> s =
        withSectionJson(m_document->scenario(), section, m_text->toPlainText().toUtf8(), &diagnostics);
    if (!s) {
        QStringList lines;
        for (const scenario::Diagnostic &d : diagnostics) {
            if (d.severity == scenario::Diagnostic::Severity::Error)
                lines << (d.path.isEmpty() ? d.message : d.path + QLatin1String(": ") + d.message);
        }
        m_status->setText(tr("Not applied:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    if (!(*s == m_document->scenario()))
        m_document->undoStack()->push(new ReplaceSectionCommand(m_document, std::move(*s), section));
    m_status->setText(tr("Applied."));
    return true;
}

}  // namespace cd::editor
