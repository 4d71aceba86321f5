#include "control/diagnosticsdock.h"

#include "views/diagnosticmodel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace cd::gui {

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QDockWidget(parent), m_model(new DiagnosticModel(this)), m_summary(new QLabel(this)), m_view(new QListView(this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(true);
    // Located messages line up and read like the compiler output they imitate.
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit diagnosticActivated(index.data(DiagnosticModel::PathRole).toString(),
                                 index.data(DiagnosticModel::LineRole).toInt(),
                                 index.data(DiagnosticModel::ColumnRole).toInt());
    });
    retranslateUi();
}

void DiagnosticsDock::setDiagnostics(scenario::Diagnostics diagnostics, bool loaded)
{
    m_loaded = loaded;
    m_model->setDiagnostics(std::move(diagnostics));
    retranslateUi();
}

void DiagnosticsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void DiagnosticsDock::retranslateUi()
{
    setWindowTitle(tr("Diagnostics"));
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (!m_loaded)
        m_summary->setText(tr("No scenario open."));
    else if (errors == 0 && warnings == 0)
        m_summary->setText(tr("No problems found."));
    else if (errors > 0)
        m_summary->setText(tr("%n error(s): the scenario cannot be used until they are fixed.", nullptr, errors) +
                           (warnings > 0 ? QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings) : QString()));
    else
        m_summary->setText(tr("%n warning(s).", nullptr, warnings));
}

}  // namespace cd::gui
