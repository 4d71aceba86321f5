#include "views/diagnosticmodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include <algorithm>

namespace cd::gui {

using scenario::Diagnostic;

DiagnosticModel::DiagnosticModel(QObject *parent) : QAbstractListModel(parent) {}

void DiagnosticModel::setDiagnostics(scenario::Diagnostics diagnostics)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

int DiagnosticModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    }));
}

int DiagnosticModel::warningCount() const
{
    return static_cast<int>(m_diagnostics.size()) - errorCount();
}

QString DiagnosticModel::displayText(const Diagnostic &d)
{
    Diagnostic shown = d;
    if (!shown.file.isEmpty())
        shown.file = QFileInfo(d.file).fileName();
    return shown.format();
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Diagnostic &d = m_diagnostics[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(d);
    case Qt::ToolTipRole:
        return d.path.isEmpty() ? d.format() : d.format() + QLatin1Char('\n') + d.path;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(
            d.severity == Diagnostic::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case PathRole:
        return d.path;
    case SeverityRole:
        return static_cast<int>(d.severity);
    }
    return {};
}

}  // namespace cd::gui
